import { describe, expect, it } from 'vitest';
import type { Finding, FindingType } from '../detect/types';
import { categoryOf } from '../detect/types';
import { markInline } from './format';

const finding = (text: string, needle: string, type: FindingType, length = needle.length): Finding => {
  const start = text.indexOf(needle);
  return {
    type, category: categoryOf(type), start, end: start + length, text: text.slice(start, start + length),
    confidence: 0.9, explanation: { rule: type, pattern: 'p', validator: 'none' },
  };
};

describe('markInline', () => {
  const text = 'Seen John Smith at the HIV clinic on 3/4.';
  it.each([
    { name: 'no findings', findings: [], want: text },
    { name: 'one finding', findings: [finding(text, 'John Smith', 'name')], want: 'Seen «John Smith»[name] at the HIV clinic on 3/4.' },
    {
      name: 'separate findings, given out of order',
      findings: [finding(text, '3/4', 'date'), finding(text, 'John', 'name', 10)],
      want: 'Seen «John Smith»[name] at the HIV clinic on «3/4»[date].',
    },
    {
      name: 'overlapping findings become one mark with both types',
      findings: [finding(text, 'HIV clinic', 'location'), finding(text, 'HIV', 'hiv')],
      want: 'Seen John Smith at the «HIV clinic»[location+hiv] on 3/4.',
    },
    {
      name: 'adjacent findings stay separate',
      findings: [finding(text, 'John', 'name'), finding(text, ' Smith', 'name')],
      want: 'Seen «John»[name]« Smith»[name] at the HIV clinic on 3/4.',
    },
  ])('$name', ({ findings, want }) => {
    expect(markInline(text, findings)).toBe(want);
  });
});
