import { z } from 'zod';
import { DEFAULT_POLICY, PolicySchema, type Policy } from './schema';

export type PolicySource = 'managed' | 'user' | 'default';

/** One field of a policy that failed validation, and what was used instead. */
export interface PolicyProblem {
  source: 'managed' | 'user' | 'file';
  /** Dotted path of the field, e.g. "recipients.threshold". */
  path: string;
  message: string;
}

export interface EffectivePolicy {
  policy: Policy;
  /** For each top-level-or-leaf field path: where its value came from. */
  sources: Record<string, PolicySource>;
  problems: PolicyProblem[];
  /**
   * Leaf paths the organization manages: set by managed policy, or set there with an invalid value (then the
   * safe default applies and the user still cannot override it). Optional for backward compatibility.
   */
  locked?: string[];
}

/** One layer of settings, highest precedence first. */
interface Layer {
  source: PolicyProblem['source'];
  value: unknown;
  /** Fields present in this layer cannot be overridden by lower layers, even when invalid. */
  locks: boolean;
}

interface Walk {
  sources: Record<string, PolicySource>;
  problems: PolicyProblem[];
  locked: string[];
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Strip `.default()`, `.prefault()` and `.optional()` wrappers to reach the field's own schema. */
function unwrap(schema: z.ZodType): z.ZodType {
  let inner: z.ZodType = schema;
  while (inner instanceof z.ZodDefault || inner instanceof z.ZodPrefault || inner instanceof z.ZodOptional) {
    inner = inner.unwrap() as z.ZodType;
  }
  return inner;
}

const join = (path: string, key: string | number): string =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

function issuePath(base: string, issue: z.core.$ZodIssue): string {
  return issue.path.reduce<string>((p, key) => join(p, typeof key === 'symbol' ? String(key) : key), base);
}

function layerSource(source: Layer['source']): PolicySource {
  return source === 'user' ? 'user' : 'managed';
}

/** Unknown keys are ignored, and said so: a typo ("mode" for "modes") must not pass silently. */
function reportUnknownKeys(shape: Record<string, unknown>, value: Record<string, unknown>, path: string, layer: Layer, walk: Walk) {
  for (const key of Object.keys(value)) {
    if (!(key in shape)) walk.problems.push({ source: layer.source, path: join(path, key), message: 'unknown field, ignored' });
  }
}

/**
 * Validate one leaf value. Arrays are validated per element: a bad element (an invalid regex in
 * customPatterns) drops that element only. Returns undefined when nothing usable is left.
 */
function validateLeaf(field: z.ZodType, value: unknown, path: string, layer: Layer, walk: Walk, fallback: () => unknown): { value: unknown } | undefined {
  const report = (issues: readonly z.core.$ZodIssue[], base = path) => {
    for (const issue of issues) walk.problems.push({ source: layer.source, path: issuePath(base, issue), message: issue.message });
  };
  if (field instanceof z.ZodArray && Array.isArray(value)) {
    const element = field.element as z.ZodType;
    const elementShape = unwrap(element) instanceof z.ZodObject ? (unwrap(element) as z.ZodObject).shape : undefined;
    const kept: unknown[] = [];
    value.forEach((item, index) => {
      const parsed = element.safeParse(item);
      if (parsed.success) {
        if (elementShape && isPlainObject(item)) reportUnknownKeys(elementShape, item, join(path, index), layer, walk);
        kept.push(parsed.data);
      } else {
        report(parsed.error.issues, join(path, index));
      }
    });
    // A list that had entries but lost them all (every guarded site invalid) must not turn protection off:
    // the default applies instead, unless the default is empty anyway (custom patterns).
    if (value.length > 0 && kept.length === 0) {
      const byDefault = fallback();
      if (Array.isArray(byDefault) && byDefault.length === 0) return { value: [] };
      walk.problems.push({ source: layer.source, path, message: 'no valid entries left; the default is used' });
      return undefined;
    }
    const whole = field.safeParse(kept);
    if (!whole.success) { report(whole.error.issues); return undefined; }
    return { value: whole.data };
  }
  const parsed = field.safeParse(value);
  if (!parsed.success) { report(parsed.error.issues); return undefined; }
  return { value: parsed.data };
}

/**
 * Resolve one node of the schema from the layers, per field: objects recurse, leaves take the first layer
 * with a valid value. An invalid value in a locking layer (managed) falls back to the safe default and
 * stays locked, so a typo by the administrator never lets a user setting weaken protection.
 */
function resolveNode(schema: z.ZodType, path: string, layers: Layer[], walk: Walk, lockedAbove: boolean): unknown {
  const field = unwrap(schema);
  if (field instanceof z.ZodObject) {
    const shape = field.shape as Record<string, z.ZodType>;
    let locked = lockedAbove;
    const objects: Layer[] = [];
    for (const layer of layers) {
      if (layer.value === undefined) continue;
      if (!isPlainObject(layer.value)) {
        walk.problems.push({ source: layer.source, path: path || '(policy)', message: `expected an object, got ${describe(layer.value)}; ignored` });
        if (layer.locks) locked = true;
        continue;
      }
      reportUnknownKeys(shape, layer.value, path, layer, walk);
      objects.push(layer);
    }
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(shape)) {
      out[key] = resolveNode(child, join(path, key), objects.map((l) => ({ ...l, value: (l.value as Record<string, unknown>)[key] })), walk, locked);
    }
    return out;
  }
  const fallback = () => schema.parse(undefined);
  if (lockedAbove) {
    walk.locked.push(path);
    walk.sources[path] = 'default';
    return fallback();
  }
  for (const layer of layers) {
    if (layer.value === undefined) continue;
    if (layer.locks) walk.locked.push(path);
    const valid = validateLeaf(field, layer.value, path, layer, walk, fallback);
    if (valid) {
      walk.sources[path] = layerSource(layer.source);
      return valid.value;
    }
    if (layer.locks) {
      walk.sources[path] = 'default';
      return fallback();
    }
  }
  walk.sources[path] = 'default';
  return fallback();
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'string' ? `the text ${JSON.stringify(value.slice(0, 40))}` : typeof value;
}

/** Resolve layers (highest precedence first) against the one PolicySchema. Never throws on bad input. */
export function resolveLayers(layers: readonly Layer[]): EffectivePolicy {
  const walk: Walk = { sources: {}, problems: [], locked: [] };
  const resolved = resolveNode(PolicySchema, '', [...layers], walk, false);
  // The walk produced schema-valid leaves; a final parse guarantees the shape (and fills anything new).
  const checked = PolicySchema.safeParse(resolved);
  const policy = checked.success ? checked.data : DEFAULT_POLICY;
  if (!checked.success) walk.problems.push({ source: layers[0]?.source ?? 'user', path: '(policy)', message: 'could not be resolved; defaults apply' });
  return { policy, sources: walk.sources, problems: walk.problems, locked: walk.locked };
}

/**
 * Effective policy: managed (storage.managed) > user settings (storage.local) > defaults, per field.
 * A bad policy never crashes and never silently switches protection off: invalid fields fall back to the
 * safe default, and `problems` names each one.
 */
export function resolvePolicy(managed: unknown, user: unknown): EffectivePolicy {
  return resolveLayers([
    { source: 'managed', value: emptyToUndefined(managed), locks: true },
    { source: 'user', value: emptyToUndefined(user), locks: false },
  ]);
}

/** storage.managed.get() returns {} when no policy is set; treat null the same as absent. */
function emptyToUndefined(value: unknown): unknown {
  return value === null ? undefined : value;
}

/** The organization manages this field: the options page shows it locked. */
export function isLocked(effective: EffectivePolicy, path: string): boolean {
  return effective.locked?.includes(path) ?? effective.sources[path] === 'managed';
}

/** Every leaf field path of the policy, in schema order ("modes.health", "detection.customPatterns", ...). */
export function policyFieldPaths(schema: z.ZodType = PolicySchema, path = ''): string[] {
  const field = unwrap(schema);
  if (!(field instanceof z.ZodObject)) return [path];
  return Object.entries(field.shape as Record<string, z.ZodType>).flatMap(([key, child]) => policyFieldPaths(child, join(path, key)));
}

/** Read a value by dotted path ("recipients.signals.external"). */
export function getField(policy: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (isPlainObject(node) ? node[key] : undefined), policy);
}
