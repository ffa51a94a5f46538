import { z } from 'zod';
import { PolicySchema } from './schema';

/**
 * Chrome's `storage.managed_schema` is a restricted JSON-Schema dialect: every node has exactly one `type`
 * (or a `$ref`), the top level is an object without `additionalProperties`, and only a few keywords are
 * understood. An unknown keyword can make Chrome refuse the schema (and so the extension), so we keep a
 * whitelist instead of deleting what we know to be unsupported.
 */
export type ManagedSchemaNode = {
  type: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
  title?: string;
  description?: string;
  properties?: Record<string, ManagedSchemaNode>;
  items?: ManagedSchemaNode;
};

const TYPES = new Set(['object', 'array', 'string', 'integer', 'number', 'boolean']);

type JsonSchemaNode = Record<string, unknown>;

/** "From 0 to 3650." for the description; zod's safe-integer bounds are noise to an administrator. */
function range(node: JsonSchemaNode): string {
  const bound = (v: unknown) => (typeof v === 'number' && Math.abs(v) < 2 ** 31 ? v : undefined);
  const min = bound(node.minimum);
  const max = bound(node.maximum);
  if (min !== undefined && max !== undefined) return `From ${min} to ${max}.`;
  if (min !== undefined) return `At least ${min}.`;
  if (max !== undefined) return `At most ${max}.`;
  return '';
}

/** Convert one node of a zod-generated JSON schema to Chrome's dialect; throws on what Chrome cannot say. */
export function toManagedNode(node: JsonSchemaNode, path = '(root)'): ManagedSchemaNode {
  const type = node.type;
  if (typeof type !== 'string' || !TYPES.has(type)) {
    throw new Error(`${path}: Chrome's managed_schema needs exactly one simple "type", got ${JSON.stringify(type)}`);
  }
  // "number" also accepts integers; a fractional value then reaches our per-field check instead of making
  // Chrome drop the whole section.
  const out: ManagedSchemaNode = { type: type === 'integer' ? 'number' : (type as ManagedSchemaNode['type']) };
  if (typeof node.title === 'string') out.title = node.title;
  // Allowed values go in the description, not in `enum`/`minimum`/`maximum`: Chrome drops a whole top-level
  // policy when one nested value fails the schema (a typo in modes.health would silently unlock every mode),
  // while PHI Guard validates per field, keeps the rest, locks the field at its safe default and reports it.
  const allowed = Array.isArray(node.enum) ? `One of: ${node.enum.join(', ')}.` : range(node);
  const description = [typeof node.description === 'string' ? node.description : '', allowed].filter(Boolean).join(' ');
  if (description) out.description = description;
  if (type === 'object') {
    const properties = (node.properties ?? {}) as Record<string, JsonSchemaNode>;
    out.properties = Object.fromEntries(
      Object.entries(properties).map(([key, child]) => [key, toManagedNode(child, path === '(root)' ? key : `${path}.${key}`)]),
    );
  }
  if (type === 'array') {
    if (!node.items || typeof node.items !== 'object' || Array.isArray(node.items)) {
      throw new Error(`${path}: arrays need a single "items" schema`);
    }
    out.items = toManagedNode(node.items as JsonSchemaNode, `${path}[]`);
  }
  return out;
}

/** The `managed_schema.json` shipped in the extension, generated from the one zod PolicySchema. */
export function buildManagedSchema(schema: z.ZodType = PolicySchema): ManagedSchemaNode {
  // 'input' so fields with defaults are optional, as they are for an administrator.
  const json = z.toJSONSchema(schema, { io: 'input', target: 'draft-7', unrepresentable: 'throw' }) as JsonSchemaNode;
  const root = toManagedNode(json);
  if (root.type !== 'object') throw new Error('the policy schema must be an object at the top level');
  return root;
}

export const MANAGED_SCHEMA_FILE = 'managed_schema.json';
