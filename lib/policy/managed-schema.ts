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
  enum?: (string | number)[];
  minimum?: number;
  maximum?: number;
};

const TYPES = new Set(['object', 'array', 'string', 'integer', 'number', 'boolean']);

type JsonSchemaNode = Record<string, unknown>;

const isInt32 = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= -(2 ** 31) && value < 2 ** 31;

/** Convert one node of a zod-generated JSON schema to Chrome's dialect; throws on what Chrome cannot say. */
export function toManagedNode(node: JsonSchemaNode, path = '(root)'): ManagedSchemaNode {
  const type = node.type;
  if (typeof type !== 'string' || !TYPES.has(type)) {
    throw new Error(`${path}: Chrome's managed_schema needs exactly one simple "type", got ${JSON.stringify(type)}`);
  }
  const out: ManagedSchemaNode = { type: type as ManagedSchemaNode['type'] };
  if (typeof node.title === 'string') out.title = node.title;
  if (typeof node.description === 'string') out.description = node.description;
  // Chrome validates enum on strings and integers only.
  if (Array.isArray(node.enum) && (type === 'string' || type === 'integer')) out.enum = [...node.enum];
  // Chrome range-checks integers only; fractional ranges (confidence) are checked by zod at load time.
  // Chrome's bounds are 32-bit ints; zod's .int() adds safe-integer bounds that Chrome cannot parse.
  if (type === 'integer') {
    if (isInt32(node.minimum)) out.minimum = node.minimum;
    if (isInt32(node.maximum)) out.maximum = node.maximum;
  }
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
