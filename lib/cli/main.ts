import { EVAL_USAGE, evalCommand } from './eval';
import { CliError, processIO, type CliIO } from './io';
import { policyCheckCommand } from './policy';
import { SCAN_USAGE, scanCommand } from './scan';

export const USAGE = `phi-guard: find Protected Health Information in text, locally (the engine of the PHI Guard extension)

commands:
  scan [FILE|-]            scan one message (see phi-guard scan --help)
  scan --jsonl FILE        scan many messages, one JSON line each
  policy check FILE        validate a policy file: each problem with its field path
  eval CORPUS.jsonl...     precision and recall on labeled corpora (see phi-guard eval --help)
  eval --all               every corpus, as a markdown table

exit status: 0 ok, 1 bad input lines / invalid policy / recognizer errors, 2 usage or unreadable file
`;

/** Run one command; returns the exit status instead of exiting so tests can call it in-process. */
export async function main(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  const [command, ...args] = argv;
  try {
    switch (command) {
      case 'scan':
        return await scanCommand(io, args);
      case 'policy':
        if (args[0] === 'check') return await policyCheckCommand(io, args.slice(1));
        throw new CliError(`unknown policy command ${JSON.stringify(args[0] ?? '')}; did you mean "policy check FILE"?`);
      case 'eval':
        return await evalCommand(io, args);
      case 'help': case '--help': case '-h':
        io.stdout(`${USAGE}\n${SCAN_USAGE}\n${EVAL_USAGE}`);
        return 0;
      case undefined:
        io.stderr(USAGE);
        return 2;
      default:
        throw new CliError(`unknown command ${JSON.stringify(command)}\n\n${USAGE}`);
    }
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`phi-guard: ${error.message.replace(/\n*$/, '\n')}`);
      return error.exitCode;
    }
    throw error;
  }
}
