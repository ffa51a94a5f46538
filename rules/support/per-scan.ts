/**
 * Values worked out once per scan and shared by every recognizer that asks (the words of the text, their word
 * starts, which needles it holds), kept on the scan's context object itself.
 *
 * Not in a WeakMap keyed by the context: a WeakMap entry's value lives on until the garbage collector has
 * proven its key dead, which a young-generation collection does not do, so every scan's token list and tables
 * were copied into the old generation and freed only by full collections. Tokenizing the physionet notes
 * took 76 ms a pass through such a memo against 15 ms without it. A map on the context dies with the context.
 */
const MEMO: unique symbol = Symbol('phi-guard per-scan memo');

/**
 * A context may be created with its memo, as scan() creates its own: `{ text, lower, policy, memo: new Map() }`, a
 * plain field in the object literal. Any other context (a test's, a tool's) gets one added on the first ask, which
 * changes its shape; once a full collection has freed every context of that shape the shape dies with them, and V8
 * throws away the optimized code of every recognizer that read one ("weak objects" deoptimization: every third pass
 * over the physionet notes took 1.3–1.5 times as long). A computed key in the literal (`[MEMO]: ...`) is added the
 * same way after the literal is built, so the field has a plain name.
 */
type WithMemo = { memo?: Map<object, unknown>; [MEMO]?: Map<object, unknown> };

/** The memo of one scan's context: what helpers worked out for it, by a key of their own. */
export function scanMemo(ctx: object): Map<object, unknown> {
  const holder = ctx as WithMemo;
  let memo = holder.memo ?? holder[MEMO];
  if (memo === undefined) {
    holder[MEMO] = memo = new Map();
  }
  return memo;
}

/** A function of a scan's context that runs once per context: later calls with the same context get its value. */
export function perScan<C extends object, T>(compute: (ctx: C) => T): (ctx: C) => T {
  const key = {};
  return (ctx) => {
    const memo = scanMemo(ctx);
    if (memo.has(key)) return memo.get(key) as T;
    const value = compute(ctx);
    memo.set(key, value);
    return value;
  };
}
