/**
 * Builds each corpus's .jsonl from its marked-up .src.txt so span offsets are computed, never typed by hand.
 * Run: npx tsx test/corpus/build.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface CorpusMessage {
  id: string;
  kind: string;
  split: 'tune' | 'holdout';
  phi: boolean;
  text: string;
  spans: { start: number; end: number; type: string }[];
}

const HEADER = /^=== (\S+) \| (\S+) \| (tune|holdout) \| (true|false)\s*$/;
const MARK = /\[\[([a-z0-9_]+(?:\+[a-z0-9_]+)*):([^\]]+)\]\]/g;

/** Strip [[type:text]] markup, recording each span at its offset in the plain text. */
export function parseMarkup(marked: string): { text: string; spans: CorpusMessage['spans'] } {
  let text = '';
  const spans: CorpusMessage['spans'] = [];
  let last = 0;
  for (const m of marked.matchAll(MARK)) {
    text += marked.slice(last, m.index);
    const start = text.length;
    text += m[2]!;
    for (const type of m[1]!.split('+')) spans.push({ start, end: text.length, type });
    last = m.index! + m[0].length;
  }
  text += marked.slice(last);
  if (text.includes('[[') || text.includes(']]')) throw new Error(`unbalanced markup in: ${text.slice(0, 60)}`);
  return { text, spans };
}

export function parseSource(source: string): CorpusMessage[] {
  const messages: CorpusMessage[] = [];
  let current: { head: RegExpMatchArray; lines: string[] } | undefined;
  const flush = () => {
    if (!current) return;
    const [, id, kind, split, phi] = current.head;
    const { text, spans } = parseMarkup(current.lines.join('\n').trim());
    messages.push({ id: id!, kind: kind!, split: split as 'tune' | 'holdout', phi: phi === 'true', text, spans });
  };
  for (const line of source.split('\n')) {
    const head = line.match(HEADER);
    if (head) { flush(); current = { head, lines: [] }; continue; }
    if (current) current.lines.push(line);
    else if (line.trim() && !line.startsWith('#')) throw new Error(`text before the first header: ${line}`);
  }
  flush();
  return messages;
}

const here = dirname(fileURLToPath(import.meta.url));
/** Each marked-up source and the JSON lines built from it: our first corpus, and the five sets written blind. */
export const CORPUS_SOURCES = ['messages', 'fresh', 'fresh2', 'fresh3', 'fresh4', 'fresh5', 'fresh6', 'fresh7', 'fresh8', 'fresh9', 'fresh10', 'fresh11', 'fresh12', 'fresh13', 'fresh14', 'fresh15', 'fresh16', 'fresh17', 'fresh18', 'fresh19', 'fresh20', 'fresh21', 'fresh22', 'fresh23', 'fresh24', 'fresh25', 'fresh26', 'fresh27', 'fresh28', 'fresh29', 'fresh30', 'fresh31', 'fresh32', 'fresh33', 'fresh34', 'fresh35', 'fresh36', 'fresh37', 'fresh38', 'fresh39', 'fresh40', 'fresh41', 'fresh42', 'fresh43', 'fresh44', 'fresh45', 'fresh46', 'fresh47', 'fresh48', 'fresh49', 'fresh50', 'fresh51', 'fresh52', 'fresh53', 'fresh54', 'fresh55', 'fresh56', 'fresh57', 'fresh58', 'fresh59', 'fresh60', 'fresh61', 'fresh62', 'fresh63', 'fresh64', 'fresh65', 'fresh66', 'fresh67', 'fresh68', 'fresh69', 'fresh70', 'fresh71', 'fresh72', 'fresh73', 'fresh74', 'fresh75', 'fresh76', 'fresh77', 'fresh78', 'fresh79', 'fresh80', 'fresh81', 'fresh82', 'fresh83', 'fresh84', 'fresh85', 'fresh86', 'fresh87', 'fresh88', 'fresh89', 'fresh90', 'fresh92', 'fresh91', 'fresh93'] as const;
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const name of CORPUS_SOURCES) {
    const messages = parseSource(readFileSync(join(here, `${name}.src.txt`), 'utf8'));
    writeFileSync(join(here, `${name}.jsonl`), messages.map((m) => JSON.stringify(m)).join('\n') + '\n');
    console.log(`${name}: ${messages.length} messages, ${messages.reduce((n, m) => n + m.spans.length, 0)} spans`);
  }
}
