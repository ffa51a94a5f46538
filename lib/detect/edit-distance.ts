/**
 * Edit distance for short words, shared by the look-alike domain check (lib/recipients) and the recognizers
 * that tolerate typos ("HOSPIATAL"). Pure, no DOM.
 */

/** Optimal-string-alignment (Damerau) distance: a swap of two neighbouring letters counts as one edit. */
export function damerauDistance(a: string, b: string, max = Infinity): number {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) {
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      }
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[y.length] ?? 0;
}

/**
 * Whether `a` and `b` are at most one edit apart (a letter changed, added, dropped, or two neighbours swapped):
 * the same answer as `damerauDistance(a, b, 1) <= 1`, in one pass without allocating, for hot loops that test
 * many words against many names.
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a.length < b.length) [a, b] = [b, a];
  const la = a.length;
  const lb = b.length;
  if (la - lb > 1) return false;
  let i = 0;
  while (i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === lb) return true; // equal, or `a` has one letter more at the end
  if (la === lb) {
    // Changed letter: the rest matches after it. Swapped neighbours: the next two cross and the rest matches.
    if (sameFrom(a, i + 1, b, i + 1)) return true;
    return i + 1 < la && a.charCodeAt(i) === b.charCodeAt(i + 1) && a.charCodeAt(i + 1) === b.charCodeAt(i) &&
      sameFrom(a, i + 2, b, i + 2);
  }
  // `a` has one letter more: dropping a[i] must leave `b`.
  return sameFrom(a, i + 1, b, i);
}

/** Whether `a` from `i` and `b` from `j` are the same to their ends (no substring copies). */
function sameFrom(a: string, i: number, b: string, j: number): boolean {
  if (a.length - i !== b.length - j) return false;
  for (; i < a.length; i++, j++) if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
  return true;
}
