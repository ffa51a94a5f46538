import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Where the CLI reads and writes: the real process, or buffers in tests. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** The whole of standard input (only called when the user asked for "-" or gave no file). */
  readStdin(): Promise<string>;
  /** True when stdin is a terminal: reading it would wait for typing, so print usage instead. */
  stdinIsTTY: boolean;
  cwd: string;
}

export function processIO(): CliIO {
  return {
    stdout: (text) => { process.stdout.write(text); },
    stderr: (text) => { process.stderr.write(text); },
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
    stdinIsTTY: Boolean(process.stdin.isTTY),
    cwd: process.cwd(),
  };
}

/** A failure the user can fix (missing file, bad flag): printed as one line, no stack trace. */
export class CliError extends Error {
  constructor(message: string, readonly exitCode = 2) {
    super(message);
  }
}

/** Read FILE, or standard input for "-". The error names the file and the reason (ENOENT → "no such file"). */
export async function readInput(io: CliIO, file: string): Promise<string> {
  if (file === '-') return io.readStdin();
  try {
    return readFileSync(resolve(io.cwd, file), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory'
      : code === 'EACCES' ? 'permission denied' : error instanceof Error ? error.message : String(error);
    throw new CliError(`cannot read ${file}: ${reason}`);
  }
}

/** Parse JSONL, reporting each bad line as "FILE:LINE: reason" and carrying on with the rest. */
export function parseJsonLines<T>(
  text: string,
  file: string,
  check: (value: unknown) => T | string,
  onError: (message: string) => void,
): { line: number; value: T }[] {
  const out: { line: number; value: T }[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, index) => {
    if (!raw.trim()) return;
    const where = `${file}:${index + 1}`;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (error) {
      onError(`${where}: invalid JSON: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    const checked = check(json);
    if (typeof checked === 'string') onError(`${where}: ${checked}`);
    else out.push({ line: index + 1, value: checked });
  });
  return out;
}
