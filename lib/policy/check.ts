import { RECOGNIZERS } from '../../rules';
import { EXTENSION_ID, GECKO_ID } from './identity';
import { resolveLayers, type PolicyProblem } from './load';
import type { Policy } from './schema';

export interface PolicyCheckResult {
  /** True when every field is valid (the policy would apply exactly as written). */
  ok: boolean;
  problems: { path: string; message: string }[];
  /** What would apply: valid fields as written, invalid ones replaced by safe defaults. */
  policy: Policy;
  /** Which wrapper the file used, so the CLI can say what it understood. */
  format: 'policy' | 'chrome-linux' | 'admin-console' | 'firefox';
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export { GECKO_ID };

/**
 * Accept the shapes administrators actually hold: the bare policy, the Chrome/Chromium Linux policy file
 * ({"3rdparty":{"extensions":{"<id>":{...}}}}), Firefox's policies.json
 * ({"policies":{"3rdparty":{"Extensions":{"<gecko id>":{...}}}}}) and the Google Admin console form
 * ({"field":{"Value":...}}).
 */
function unwrapPolicy(json: unknown, problems: PolicyCheckResult['problems']): { value: unknown; format: PolicyCheckResult['format'] } {
  if (isPlainObject(json) && isPlainObject(json.policies)) {
    const thirdParty = json.policies['3rdparty'];
    const extensions = isPlainObject(thirdParty) ? thirdParty.Extensions : undefined;
    if (!isPlainObject(extensions) || !isPlainObject(extensions[GECKO_ID])) {
      problems.push({ path: 'policies.3rdparty.Extensions', message: `no entry for PHI Guard's Firefox id ${GECKO_ID}` });
      return { value: {}, format: 'firefox' };
    }
    return { value: extensions[GECKO_ID], format: 'firefox' };
  }
  if (isPlainObject(json) && isPlainObject(json['3rdparty'])) {
    const extensions = json['3rdparty'].extensions;
    if (!isPlainObject(extensions)) {
      problems.push({ path: '3rdparty.extensions', message: 'expected an object keyed by extension id' });
      return { value: {}, format: 'chrome-linux' };
    }
    const ids = Object.keys(extensions);
    if (!(EXTENSION_ID in extensions)) {
      problems.push({
        path: '3rdparty.extensions',
        message: `no entry for PHI Guard's extension id ${EXTENSION_ID}${ids.length ? ` (found ${ids.join(', ')})` : ''}`,
      });
      return { value: {}, format: 'chrome-linux' };
    }
    return { value: extensions[EXTENSION_ID], format: 'chrome-linux' };
  }
  const entries = isPlainObject(json) ? Object.values(json) : [];
  if (entries.length > 0 && entries.every((v) => isPlainObject(v) && Object.keys(v).length === 1 && 'Value' in v)) {
    const value = Object.fromEntries(Object.entries(json as Record<string, { Value: unknown }>).map(([k, v]) => [k, v.Value]));
    return { value, format: 'admin-console' };
  }
  return { value: json, format: 'policy' };
}

/** `phi-guard policy check FILE`: validate a policy file field by field, exactly as the extension would. */
export function checkPolicy(jsonText: string): PolicyCheckResult {
  const problems: PolicyCheckResult['problems'] = [];
  let json: unknown;
  try {
    json = JSON.parse(jsonText);
  } catch (error) {
    problems.push({ path: '(file)', message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` });
    json = {};
  }
  const { value, format } = unwrapPolicy(json, problems);
  const resolved = resolveLayers([{ source: 'file', value, locks: true }]);
  problems.push(...resolved.problems.map(({ path, message }: PolicyProblem) => ({ path, message })));
  problems.push(...crossFieldProblems(resolved.policy));
  return { ok: problems.length === 0, problems, policy: resolved.policy, format };
}

/** Mistakes each field accepts on its own but that would not do what the administrator meant. */
function crossFieldProblems(policy: Policy): PolicyCheckResult['problems'] {
  const problems: PolicyCheckResult['problems'] = [];
  const known = new Set([...RECOGNIZERS.map((r) => r.id), ...policy.detection.customPatterns.map((p) => `custom.${p.id}`), 'custom.terms']);
  policy.detection.disabledRules.forEach((id, index) => {
    if (!known.has(id)) problems.push({ path: `detection.disabledRules[${index}]`, message: `no rule has the id "${id}"; nothing is disabled by it` });
  });
  const seen = new Set<string>();
  policy.detection.customPatterns.forEach((pattern, index) => {
    if (seen.has(pattern.id)) problems.push({ path: `detection.customPatterns[${index}].id`, message: `the id "${pattern.id}" is used twice` });
    seen.add(pattern.id);
  });
  policy.purposes.minimumNecessary.forEach((purpose, index) => {
    if (!policy.purposes.offered.includes(purpose)) {
      problems.push({ path: `purposes.minimumNecessary[${index}]`, message: `"${purpose}" is not among purposes.offered, so it is never asked` });
    }
  });
  return problems;
}
