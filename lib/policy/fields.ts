import { z } from 'zod';
import { PolicySchema } from './schema';

/**
 * The policy's leaf fields as the options page edits them, derived from the one PolicySchema: a new
 * schema field shows up in the options page without writing a form for it.
 */
export type FieldKind =
  | { kind: 'enum'; options: readonly string[] }
  | { kind: 'boolean' }
  | { kind: 'number'; integer: boolean; min?: number; max?: number }
  | { kind: 'string' }
  | { kind: 'string-list' }
  | { kind: 'enum-list'; options: readonly string[] }
  /** Lists of objects (sites, custom patterns, custom terms): edited as JSON. */
  | { kind: 'json' };

export type PolicyField = FieldKind & {
  path: string;
  /** Top-level section ("modes", "recipients"...). */
  section: string;
  label: string;
  description?: string;
  /** Description of the enclosing group ("modes", "recipients.signals"), shown once above its fields. */
  group?: { path: string; description?: string };
};

function unwrap(schema: z.ZodType): { inner: z.ZodType; description?: string } {
  let inner: z.ZodType = schema;
  let description = schema.description;
  while (inner instanceof z.ZodDefault || inner instanceof z.ZodPrefault || inner instanceof z.ZodOptional) {
    inner = inner.unwrap() as z.ZodType;
    description ??= inner.description;
  }
  return { inner, description };
}

function kindOf(field: z.ZodType): FieldKind {
  if (field instanceof z.ZodEnum) return { kind: 'enum', options: field.options as string[] };
  if (field instanceof z.ZodBoolean) return { kind: 'boolean' };
  if (field instanceof z.ZodNumber) {
    return { kind: 'number', integer: Boolean(field.isInt), min: finite(field.minValue), max: finite(field.maxValue) };
  }
  if (field instanceof z.ZodString) return { kind: 'string' };
  if (field instanceof z.ZodArray) {
    const element = unwrap(field.element as z.ZodType).inner;
    if (element instanceof z.ZodEnum) return { kind: 'enum-list', options: element.options as string[] };
    if (element instanceof z.ZodString) return { kind: 'string-list' };
  }
  return { kind: 'json' };
}

const finite = (value: number | null | undefined) =>
  typeof value === 'number' && Number.isFinite(value) && Math.abs(value) < Number.MAX_SAFE_INTEGER ? value : undefined;

/** "minimumNecessary" → "Minimum necessary", "personal_webmail" → "Personal webmail". */
export function labelFor(key: string): string {
  const words = key.replace(/_/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function policyFields(schema: z.ZodType = PolicySchema, path = '', group?: PolicyField['group']): PolicyField[] {
  const { inner, description } = unwrap(schema);
  if (inner instanceof z.ZodObject) {
    return Object.entries(inner.shape as Record<string, z.ZodType>).flatMap(([key, child]) =>
      policyFields(child, path ? `${path}.${key}` : key, path ? { path, description } : undefined));
  }
  const key = path.split('.').at(-1) ?? path;
  return [{ ...kindOf(inner), path, section: path.split('.')[0] ?? path, label: labelFor(key), description, group }];
}

/** Set a value by dotted path in a plain-object tree, creating sections on the way; undefined deletes. */
export function setField(tree: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const [head, ...rest] = path.split('.');
  const out: Record<string, unknown> = { ...tree };
  if (head === undefined) return out;
  if (rest.length === 0) {
    if (value === undefined) delete out[head];
    else out[head] = value;
    return out;
  }
  const child = out[head];
  const next = setField(typeof child === 'object' && child !== null && !Array.isArray(child) ? (child as Record<string, unknown>) : {}, rest.join('.'), value);
  if (Object.keys(next).length === 0) delete out[head];
  else out[head] = next;
  return out;
}
