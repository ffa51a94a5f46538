import { parseArgs } from 'node:util';
import { scan } from '../detect/scan';
import type { ScanResult } from '../detect/types';
import { analyzeRecipients, parseRecipientList, riskForMessage } from '../recipients/index';
import type { Recipient } from '../recipients/types';
import type { Policy } from '../policy/schema';
import { formatHuman, resultJson } from './format';
import { CliError, parseJsonLines, readInput, type CliIO } from './io';
import { loadPolicyFile } from './policy';
import { SCAN_USAGE } from './usage';


const splitList = (list: string) => list.split(',').map((d) => d.trim()).filter(Boolean);

/** Recipient domain flags override the policy file, so a quick check needs no policy file at all. */
function withRecipientFlags(policy: Policy, values: Record<string, string | boolean | undefined>): Policy {
  const recipients = { ...policy.recipients };
  if (typeof values['internal-domains'] === 'string') recipients.internalDomains = splitList(values['internal-domains']);
  if (typeof values['trusted-domains'] === 'string') recipients.trustedDomains = splitList(values['trusted-domains']);
  if (typeof values['personal-domains'] === 'string') recipients.personalDomains = splitList(values['personal-domains']);
  return { ...policy, recipients };
}

export async function scanCommand(io: CliIO, args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        jsonl: { type: 'string' },
        policy: { type: 'string' },
        recipients: { type: 'string' },
        cc: { type: 'string' },
        bcc: { type: 'string' },
        'internal-domains': { type: 'string' },
        'trusted-domains': { type: 'string' },
        'personal-domains': { type: 'string' },
        patient: { type: 'string' },
        'reply-all': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new CliError(`${error instanceof Error ? error.message : String(error)}\n${SCAN_USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) { io.stdout(SCAN_USAGE); return 0; }
  if (positionals.length > 1) throw new CliError(`scan takes one FILE, got ${positionals.length}\n${SCAN_USAGE}`);
  if (values.jsonl !== undefined && positionals.length) throw new CliError(`give either FILE or --jsonl FILE, not both\n${SCAN_USAGE}`);

  const loaded = await loadPolicyFile(io, values.policy);
  for (const problem of loaded.problems) io.stderr(`policy ${problem}\n`);
  const policy = withRecipientFlags(loaded.policy, values);
  let failed = loaded.problems.length > 0;

  const recipients: Recipient[] = [
    ...parseRecipientList(values.recipients ?? '', 'to'),
    ...parseRecipientList(values.cc ?? '', 'cc'),
    ...parseRecipientList(values.bcc ?? '', 'bcc'),
  ];
  const wantRecipients = values.recipients !== undefined || values.cc !== undefined || values.bcc !== undefined ||
    values.patient !== undefined;
  // What a site adapter knows about the conversation: whose thread it is (portals), and a reply-all.
  const context = {
    ...(values.patient?.trim() ? { threadPatient: { name: values.patient.trim() } } : {}),
    ...(values['reply-all'] ? { replyAll: true } : {}),
  };
  const analyze = (text: string, result: ScanResult) => {
    if (!wantRecipients) return {};
    const risk = analyzeRecipients(recipients, { ...result, text }, policy, context);
    return { risk, applied: riskForMessage(result.verdict, risk, policy) };
  };
  const reportErrors = (result: ScanResult, where: string) => {
    for (const e of result.errors) io.stderr(`${where}: recognizer ${e.rule} failed: ${e.message}\n`);
    if (result.errors.length) failed = true;
  };

  if (values.jsonl !== undefined) {
    const file = values.jsonl;
    const docs = parseJsonLines(await readInput(io, file), file, (json) => {
      if (typeof json !== 'object' || json === null || Array.isArray(json)) return 'expected an object {"id","text"}';
      const { id, text } = json as { id?: unknown; text?: unknown };
      if (typeof text !== 'string') return 'missing "text" (a string)';
      return { id: id ?? null, text };
    }, (message) => { io.stderr(`${message}\n`); failed = true; });
    for (const { line, value } of docs) {
      const result = scan(value.text, policy);
      reportErrors(result, `${file}:${line}`);
      const { risk, applied } = analyze(value.text, result);
      const { phi, risk: level, findings, ...rest } = resultJson(result, risk, applied);
      io.stdout(`${JSON.stringify({ id: value.id, phi, risk: level, findings, ...rest })}\n`);
    }
    return failed ? 1 : 0;
  }

  const file = positionals[0] ?? '-';
  if (file === '-' && io.stdinIsTTY) throw new CliError(`no input: give a FILE or pipe the message in\n${SCAN_USAGE}`);
  const text = await readInput(io, file);
  const result = scan(text, policy);
  reportErrors(result, file === '-' ? '(stdin)' : file);
  const { risk, applied } = analyze(text, result);
  io.stdout(values.json ? `${JSON.stringify(resultJson(result, risk, applied))}\n` : formatHuman(text, result, risk, applied));
  return failed ? 1 : 0;
}
