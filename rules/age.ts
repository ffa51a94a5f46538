import type { RawMatch, Recognizer } from './types';
import { allMatches, regexSearch } from './support/word-starts';

const MIN_AGE = 90; // HIPAA Safe Harbor: ages over 89 are identifiers.
const MAX_AGE = 125;

const WORD_TENS: Record<string, number> = { ninety: 90, hundred: 100 };
const WORD_UNITS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };

const AGE_UNIT = String.raw`(?:yo\b|y\.?o\.?|y/o|yrs?\.?\s*old|years?[\s-]+old|yr-old|year-old|years?\s+of\s+age|yrs?\b|years?\b(?=\s+(?:male|female|man|woman|gentleman|lady|m\b|f\b|w\b|with|who|s/p|pt|patient)))`;

const HISTORY_AFTER = String.raw`(?=\s+(?:(?:s\/p|status post)\s+[a-z]|w\/\s*(?:pmh|hx|h\/o)|with\s+(?:pmh|hx|h\/o|a\s+(?:past\s+)?(?:medical\s+)?history)))`;

// Some patterns match a number first and look behind it for their cue: a cue of common words ("a", "he")
// tried at every position of a long note costs more than a number and a look back. `needs`: words one of
// which every match holds, looked for in the lower-cased text before the pattern runs. `startsWith`: what
// every match starts with after a word boundary; the pattern is then tried only at word starts beginning like
// one of them (support/word-starts.ts).
const PATTERNS: { name: string; regex: RegExp; confidence: number; needs?: string[]; startsWith?: string[] }[] = [
  { name: 'number-years-old', regex: new RegExp(String.raw`\b(\d{2,3})\s*-?\s*${AGE_UNIT}`, 'gi'), confidence: 0.9 },
  { name: 'aged-number', regex: /\b(?:aged?|age:|age\s+of|age\s+is)\s*(\d{2,3})\b/gi, confidence: 0.85, startsWith: ['age'] },
  { name: 'words-years-old', regex: /\b(ninety|one hundred)(?:[\s-](one|two|three|four|five|six|seven|eight|nine))?[\s-]+(?:years?[\s-]+old|year-old|yo)\b/gi, confidence: 0.9 },
  // An age opening a note line or after "pt is", told by the history that follows: "98 s/p left hip fx".
  // Two regexes, not one alternation: a line-start anchor ('m') lets the engine skip mid-line positions.
  { name: 'age-before-history', regex: new RegExp(String.raw`^[ \t]*(\d{2,3})${HISTORY_AFTER}`, 'gim'), confidence: 0.7 },
  { name: 'age-before-history', regex: new RegExp(String.raw`\b(?:pt|patient)\s+(?:is\s+)?(\d{2,3})${HISTORY_AFTER}`, 'gi'), confidence: 0.7, startsWith: ['pt', 'patient'] },
  // "a 93F with CHF", "this 91 M s/p fall": age and sex, told from a temperature ("T 101 F") by the article.
  {
    name: 'age-sex',
    regex: /(\d{2,3})\s?(?:f|m)\b(?=\s+(?:with|w\/|s\/p|who|presents|presented|admitted|pmh|hx|h\/o))(?<=\b(?:an?|this|pt\s+is\s+(?:an?\s+)?)\s*\d{2,3}\s?(?:f|m))/gi,
    confidence: 0.8,
  },
  // "she is 92 and lives alone", "pt is 94.", "She's 90 and hard of hearing", "Mom turned 95", "He was 91, and our
  // team still talks about him": a bare age
  // said of the patient or a relative, never a percent or a decimal.
  { name: 'is-number', regex: /\s(\d{2,3})(?=\s*(?:,|;|\)|and\b|but\b|in\b|last\b|this\b|now\b|\.(?!\d)|$))(?<=\b(?:pt|patient|she|he|mom|mother|dad|father|grandma|grandmother|grandpa|grandfather|husband|wife)(?:\s+is|\s+was|['’]s|\s+(?:just\s+)?turn(?:s|ed))(?:\s+now)?\s+\d{2,3})/gim, confidence: 0.7 },
  // "My father Kenji Tanaka is 90 now": the relative's name between; capitals tell a name from "sat" in "pt sat is 95".
  { name: 'is-number', regex: /\s(\d{2,3})(?=\s*(?:,|;|\)|and\b|but\b|in\b|last\b|this\b|now\b|\.(?!\d)|$))(?<=\b(?:[Mm]om|[Mm]other|[Dd]ad|[Ff]ather|[Gg]randma|[Gg]randmother|[Gg]randpa|[Gg]randfather|[Hh]usband|[Ww]ife|[Aa]unt|[Uu]ncle)(?:\s+\p{Lu}\p{Ll}+){1,2}(?:\s+is|\s+(?:just\s+)?turn(?:s|ed))(?:\s+now)?\s+\d{2,3})/gmu, confidence: 0.7, needs: ['mom', 'mother', 'dad', 'father', 'grand', 'husband', 'wife', 'aunt', 'uncle'] },
  // "He turned 91 on October 9": a birthday ("is 95 on 2L" is an oxygen saturation, so only "turned").
  { name: 'is-number', regex: /(?<=\b(?:she|he|mom|mother|dad|father|grandma|grandmother|grandpa|grandfather|husband|wife)\s+(?:just\s+)?turned\s+)(\d{2,3})(?=\s+(?:on|last|this|in|yesterday|today)\b|\s*[.,!;]|$)/gim, confidence: 0.75, needs: ['turned'] },
  // "that at 94 he had outlived three doctors", "at 96, she still drives": an age said before its person.
  { name: 'is-number', regex: /(?<!\b(?:sats?|o2|spo2|ox|saturation|satting|hr|rate|bp|pulse|glucose|sugar|temp|weight|pt|patient)\s+)\bat\s+(\d{2,3})(?=,?\s+(?:he|she|they|mom|dad|my\s+(?:mom|dad|mother|father|grandmother|grandfather))\s+(?:is|was|had|has|still|can|could|does|did|lives|walks|drives|outlived)\b)/gi, confidence: 0.7, needs: ['at '] },
  // "At 91, and given how much the delirium…", "At 93, despite the fall…": a sentence opening on the person's age.
  { name: 'is-number', regex: /(?:^|[.!?]\s+)At\s+(\d{2,3})(?=,\s+(?:(?:and\s+)?given|despite|even\s+(?:with|after|so)|with\s+(?:his|her|their)\b))/gm, confidence: 0.7, needs: ['at '] },
  { name: 'nonagenarian', regex: /\b(nonagenarian|centenarian)\b/gi, confidence: 0.8, needs: ['nonagenarian', 'centenarian'] },
  { name: 'nineties', regex: /\b(?:in\s+)?(?:his|her|their)\s+(90s|90's|nineties|hundreds)\b/gi, confidence: 0.8, needs: ['90s', "90's", 'nineties', 'hundreds'] },
];

const SEARCH = new Map(PATTERNS.map((p) => [p, regexSearch(p.regex, { startsWith: p.startsWith })]));

/** The patterns that read an age from digits (group 1): each match holds a number, reported only from 90 to 125. */
const NUMBER_PATTERNS = new Set(PATTERNS.filter((p) => !['words-years-old', 'nonagenarian', 'nineties'].includes(p.name)));
/** A number that could be such an age. */
const CANDIDATE = /(?<!\d)(?:9\d|1[01]\d|12[0-5])(?!\d)/g;

/**
 * The stretches of text a numeric pattern needs to see: each number from 90 to 125 with the line before it and the
 * line after it (whole lines, so "^" and "$" and the look-behinds read what they read in the whole text), merged where
 * they touch. A clinical note is full of numbers but few of them are 90-125: the patterns run over these few lines
 * instead of every position of the note.
 */
function candidateWindows(text: string): [number, number][] {
  const windows: [number, number][] = [];
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    const lineStart = text.lastIndexOf('\n', m.index - 1);
    const from = lineStart <= 0 ? 0 : text.lastIndexOf('\n', lineStart - 1) + 1;
    const lineEnd = text.indexOf('\n', m.index);
    const nextEnd = lineEnd < 0 ? -1 : text.indexOf('\n', lineEnd + 1);
    const to = lineEnd < 0 || nextEnd < 0 ? text.length : nextEnd;
    const last = windows[windows.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  }
  return windows;
}

/** The matches of a numeric pattern inside the windows, with their offsets in the whole text. */
function matchesInWindows(regex: RegExp, text: string, windows: [number, number][]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (const [from, to] of windows) {
    for (const m of allMatches(regex, text.slice(from, to))) {
      m.index += from;
      out.push(m);
    }
  }
  return out;
}

const NUMBER_ONLY = new Set(['age-before-history', 'age-sex', 'is-number']);

export const age: Recognizer = {
  id: 'age',
  description: 'Ages over 89 ("92 yo", "aged 94", "ninety-eight year old"); younger ages are not identifiers',
  types: ['age_over_89'],
  find(ctx) {
    const out: RawMatch[] = [];
    let windows: [number, number][] | undefined;
    for (const p of PATTERNS) {
      if (p.needs && !p.needs.some((w) => ctx.lower.includes(w))) continue;
      p.regex.lastIndex = 0;
      const numeric = NUMBER_PATTERNS.has(p);
      if (numeric && (windows ??= candidateWindows(ctx.text)).length === 0) continue;
      for (const m of numeric ? matchesInWindows(p.regex, ctx.text, windows!) : SEARCH.get(p)!(ctx, ctx.text)) {
        let value: number;
        if (p.name === 'words-years-old') value = (WORD_TENS[m[1]!.toLowerCase().replace('one ', '')] ?? 0) + (WORD_UNITS[(m[2] ?? '').toLowerCase()] ?? 0);
        else if (p.name === 'nineties') value = 90;
        else if (p.name === 'nonagenarian') value = m[1]!.toLowerCase() === 'centenarian' ? 100 : 90;
        else value = Number(m[1]);
        if (value < MIN_AGE || value > MAX_AGE) continue;
        // The number alone, without the "pt is" or the line's indent in front.
        const start = NUMBER_ONLY.has(p.name) ? m.index! + m[0].lastIndexOf(m[1]!) : m.index!;
        out.push({ type: 'age_over_89', start, end: m.index! + m[0].length, confidence: p.confidence, pattern: p.name });
      }
    }
    return out;
  },
};
