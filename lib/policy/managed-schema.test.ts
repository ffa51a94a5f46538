import { readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildManagedSchema, toManagedNode, type ManagedSchemaNode } from './managed-schema';
import { policyFieldPaths } from './load';

const ALLOWED = new Set(['type', 'title', 'description', 'properties', 'items', 'enum', 'minimum', 'maximum']);

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
      expect(['object', 'array', 'string', 'integer', 'number', 'boolean']).toContain(node.type);
      if (node.minimum !== undefined || node.maximum !== undefined) expect(node.type, path).toBe('integer');
    }
  });

  it('declares every policy field, so Chrome publishes each one (drift check)', () => {
    const declared = new Set([...nodes(schema)].filter(([, n]) => n.type !== 'object').map(([p]) => p));
    for (const path of policyFieldPaths()) expect(declared.has(path), path).toBe(true);
  });

  it('keeps enums and integer bounds that Chrome can enforce', () => {
    expect(schema.properties!.modes!.properties!.health!.enum).toEqual(['off', 'mark', 'prompt', 'block']);
    expect(schema.properties!.log!.properties!.retentionDays).toMatchObject({ type: 'integer', minimum: 0, maximum: 3650 });
    // zod's safe-integer upper bound does not fit Chrome's 32-bit bounds, so it is dropped.
    expect(schema.properties!.recipients!.properties!.threshold).toEqual(expect.objectContaining({ type: 'integer', minimum: 1 }));
    expect(schema.properties!.recipients!.properties!.threshold!.maximum).toBeUndefined();
    expect(schema.properties!.detection!.properties!.customPatterns!.items!.properties!.pattern!.type).toBe('string');
  });

  it('refuses what Chrome cannot express', () => {
    expect(() => toManagedNode({ type: ['string', 'null'] })).toThrow(/one simple "type"/);
    expect(() => toManagedNode({ anyOf: [{ type: 'string' }] })).toThrow();
    expect(() => buildManagedSchema(z.object({ a: z.union([z.string(), z.number()]) }))).toThrow(/a:/);
  });

  it('matches the file in the last build, when there is one', () => {
    const built = new URL('../../.output/chrome-mv3/managed_schema.json', import.meta.url);
    if (!existsSync(built)) return;
    expect(JSON.parse(readFileSync(built, 'utf8'))).toEqual(schema);
  });
});
