import { checkPolicy, type PolicyCheckResult } from '../policy/check';
import { DEFAULT_POLICY, type Policy } from '../policy/schema';
import { CliError, readInput, type CliIO } from './io';

export interface LoadedPolicy {
  policy: Policy;
  /** "FILE: path: reason" lines; the policy still applies with safe defaults for those fields. */
  problems: string[];
}

const formatProblem = (file: string, p: PolicyCheckResult['problems'][number]) => `${file}: ${p.path}: ${p.message}`;

/**
 * A policy file for `scan --policy`. A file that is not JSON at all stops the run (scanning with defaults
 * would silently ignore what the user asked for); field problems are reported and those fields default.
 */
export async function loadPolicyFile(io: CliIO, file: string | undefined): Promise<LoadedPolicy> {
  if (file === undefined) return { policy: DEFAULT_POLICY, problems: [] };
  const text = await readInput(io, file);
  const result = checkPolicy(text);
  const unreadable = result.problems.find((p) => p.path === '(file)');
  if (unreadable) throw new CliError(`invalid policy ${formatProblem(file, unreadable)}`);
  return { policy: result.policy, problems: result.problems.map((p) => formatProblem(file, p)) };
}

/** `phi-guard policy check FILE`: one line per problem (field path + reason); exit 1 when any. */
export async function policyCheckCommand(io: CliIO, args: string[]): Promise<number> {
  const [file, ...rest] = args;
  if (!file || rest.length) throw new CliError('usage: phi-guard policy check FILE');
  const result = checkPolicy(await readInput(io, file));
  const format = result.format === 'policy' ? 'PHI Guard policy' : `${result.format} policy file`;
  if (result.ok) {
    io.stdout(`${file}: valid (${format})\n`);
    return 0;
  }
  for (const problem of result.problems) io.stderr(`${formatProblem(file, problem)}\n`);
  const n = result.problems.length;
  io.stderr(`${file}: ${n} problem${n === 1 ? '' : 's'} (${format}); invalid fields would fall back to safe defaults\n`);
  return 1;
}
