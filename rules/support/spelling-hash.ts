/**
 * FNV-1a over a word's character codes, one code at a time, so a walk over the text works a word's hash out while
 * it reads the word (support/tokens.ts and support/word-starts.ts), and a listed word hashes the same way.
 */
export const HASH_START = 0x811c9dc5 | 0;
export const hashStep = (h: number, c: number) => Math.imul(h ^ c, 0x01000193);

/** The hash a walk gives a word spelled `word`. */
export function spellingHash(word: string): number {
  let h = HASH_START;
  for (let i = 0; i < word.length; i++) h = hashStep(h, word.charCodeAt(i));
  return h;
}
