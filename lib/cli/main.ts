import { CliError, processIO, type CliIO } from './io';
import { EVAL_USAGE, SCAN_USAGE, USAGE } from './usage';

export { USAGE };

// Commands load on demand: the engine (compromise's lexicon) takes seconds to load, help should not.

/** Run one command; returns the exit status instead of exiting so tests can call it in-process. */
export async function main(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  const [command, ...args] = argv;
  try {
    switch (command) {
      case 'scan':
        return await (await import('./scan')).scanCommand(io, args);
      case 'policy':
        if (args[0] === 'check') return await (await import('./policy')).policyCheckCommand(io, args.slice(1));
        throw new CliError(`unknown policy command ${JSON.stringify(args[0] ?? '')}; did you mean "policy check FILE"?`);
      case 'eval':
        return await (await import('./eval')).evalCommand(io, args);
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
