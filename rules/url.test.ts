import { describe, expect, it } from 'vitest';
import { scan } from '../lib/detect/scan';
import { url } from './url';
import { reported } from './validators/testing';

const found = (text: string) => reported(url, text).map((m) => m.text);

describe('url recognizer', () => {
  it.each([
    ['https://www.microsoft.com/', 'https://www.microsoft.com/'],
    ['see https://webhook.site/a8eedfd6?q=1&b=2.', 'https://webhook.site/a8eedfd6?q=1&b=2'],
    ['http://microsoft.vlaanderen', 'http://microsoft.vlaanderen'],
    ['portal at www.mychart.example.org/login', 'www.mychart.example.org/login'],
    ['microsoft.com', 'microsoft.com'],
    ['my domains: microsoft.com google.co.il', 'google.co.il'],
    ['(https://en.wikipedia.org/wiki/Foo_(bar))', 'https://en.wikipedia.org/wiki/Foo_(bar)'],
    ['"https://presidio.dataprivacystack.org/"', 'https://presidio.dataprivacystack.org/'],
  ])('finds %j', (text, value) => {
    expect(found(text)).toContain(value);
  });

  it.each([
    ['www.microsoft'],
    ['http://microsoft'],
    ['e.g. take with food'],
    ['i.e. twice daily'],
    ['Seen by Dr.Smith today'],
    ['attached notes.txt and labs.pdf'],
    ['pt stable.No changes overnight'],
    ['K.Ca and Mg.Phos repleted'],
    ['email info@presidio.site'],
    ['Version 1.2.3'],
    ['St.Louis office'],
  ])('ignores %j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('leaves an IP-hosted URL to the ip_address finding through scan()', () => {
    const findings = scan('Visit http://[2001:db8::1]/path').findings;
    expect(findings.map((f) => f.type)).toContain('ip_address');
  });
});
