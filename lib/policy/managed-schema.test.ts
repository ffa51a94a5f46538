import { existsSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildManagedSchema, toManagedNode, type ManagedSchemaNode } from './managed-schema';
import { policyFieldPaths } from './load';

const ALLOWED = new Set(['type', 'title', 'description', 'properties', 'items']);

function* nodes(node: ManagedSchemaNode, path = ''): Generator<[string, ManagedSchemaNode]> {
  yield [path, node];
  for (const [key, child] of Object.entries(node.properties ?? {})) yield* nodes(child, path ? `${path}.${key}` : key);
  if (node.items) yield* nodes(node.items, `${path}[]`);
}

describe("managed_schema (Chrome's dialect) generated from PolicySchema", () => {
  const schema = buildManagedSchema();

  it('has an object at the top without additionalProperties', () => {
    expect(schema.type).toBe('object');
    expect(schema).not.toHaveProperty('additionalProperties');
    expect(schema).not.toHaveProperty('$schema');
  });

  it('uses only keywords Chrome understands, one simple type per node', () => {
    for (const [path, node] of nodes(schema)) {
      for (const key of Object.keys(node)) expect(ALLOWED.has(key), `${path}: ${key}`).toBe(true);
      expect(['object', 'array', 'string', 'number', 'boolean']).toContain(node.type);
    }
  });

  it('declares every policy field, so Chrome publishes each one (drift check)', () => {
    const declared = new Set([...nodes(schema)].filter(([, n]) => n.type !== 'object').map(([p]) => p));
    for (const path of policyFieldPaths()) expect(declared.has(path), path).toBe(true);
  });

  it('leaves value checks to the per-field validation, and tells administrators the allowed values', () => {
    // An enum or range in the managed_schema would make Chrome drop the whole section on one typo.
    const health = schema.properties!.modes!.properties!.health!;
    expect(health).toEqual({ type: 'string', description: expect.stringContaining('One of: off, mark, prompt, block.') });
    expect(schema.properties!.log!.properties!.retentionDays).toEqual({ type: 'number', description: expect.stringContaining('From 0 to 3650.') });
    expect(schema.properties!.recipients!.properties!.threshold!.description).toMatch(/At least 1\.$/);
    expect(schema.properties!.detection!.properties!.customPatterns!.items!.properties!.pattern!.type).toBe('string');
    expect(JSON.stringify(schema)).not.toMatch(/"(enum|minimum|maximum|default|required|\$schema)"/);
  });

  it('refuses what Chrome cannot express', () => {
    expect(() => toManagedNode({ type: ['string', 'null'] })).toThrow(/one simple "type"/);
    expect(() => toManagedNode({ anyOf: [{ type: 'string' }] })).toThrow();
    expect(() => buildManagedSchema(z.object({ a: z.union([z.string(), z.number()]) }))).toThrow(/a:/);
  });

  it('matches the file shipped by a build made after the last schema change', () => {
    const built = new URL('../../.output/chrome-mv3/managed_schema.json', import.meta.url);
    const sources = ['./schema.ts', './managed-schema.ts', '../detect/types.ts'].map((f) => statSync(new URL(f, import.meta.url)).mtimeMs);
    // A build older than the schema is simply stale (the next build regenerates the file); `npm test` runs unit tests before building.
    if (!existsSync(built) || statSync(built).mtimeMs < Math.max(...sources)) return;
    expect(JSON.parse(readFileSync(built, 'utf8'))).toEqual(schema);
  });
});
