/**
 * A record number written twice in one message is written the same way: "Mom's own MRN LCH-00498120 linked to
 * baby's LCH-00498121", "member ID XKG449102877 ... instead of hers, XKG449102878". Once a label has said what
 * one value is, a value of the same shape elsewhere in the message (same letters and separators, the same number
 * of digits in each run) is the same kind of identifier, label or not.
 *
 * Kept narrow: the shape must carry letters or a separator (a plain run of digits has the shape of every count,
 * price and code in the message), and at least five digits, so a short code ("A1c", "T2") never spreads.
 */

/** The kinds of record number whose shape a practice or payer fixes. */
export const SHAPED_TYPES: ReadonlySet<string> = new Set(['mrn', 'health_plan_id', 'account_number', 'other_id', 'device_id']);

interface Span { start: number; end: number }
/** A found identifier and the rule that found it; a copy keeps both. */
export interface ShapedValue extends Span { type: string; confidence: number; rule: string }

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The regex source of a value's shape ("LCH-00498120" → "LCH-\d{8}"), or undefined when it is too plain to spread. */
export function shapeOf(value: string): string | undefined {
  if (!/^[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9]$/.test(value)) return undefined;
  const digits = value.replace(/\D/g, '').length;
  if (digits < 5 || !/[A-Za-z-]/.test(value)) return undefined;
  return value.replace(/\d+|\D+/g, (run) => (/\d/.test(run) ? `\\d{${run.length}}` : escapeRegex(run)));
}

/**
 * Values in `text` with the shape of a found record number and not already found as an identifier: each takes
 * the type of the value it copies, at a lower confidence (the label spoke of the other one).
 */
export function sameShapeValues(text: string, found: readonly ShapedValue[], identifiers: readonly Span[]): ShapedValue[] {
  const out: ShapedValue[] = [];
  const seen = new Set<string>();
  for (const f of found) {
    if (!SHAPED_TYPES.has(f.type)) continue;
    const shape = shapeOf(text.slice(f.start, f.end));
    if (!shape || seen.has(shape)) continue;
    seen.add(shape);
    for (const m of text.matchAll(new RegExp(`(?<![\\w-])${shape}(?![\\w-])`, 'g'))) {
      const start = m.index!;
      const end = start + m[0].length;
      if (identifiers.some((s) => s.start < end && start < s.end) || out.some((s) => s.start < end && start < s.end)) continue;
      out.push({ type: f.type, start, end, confidence: Math.min(f.confidence, 0.7), rule: f.rule });
    }
  }
  return out;
}
