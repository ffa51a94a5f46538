import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../lib/cli/main';
import type { CliIO } from '../../lib/cli/io';

/** A scratch directory with the given files, for commands that read FILE arguments. */
export function workdir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'phi-guard-cli-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** Run the CLI in-process with captured output. */
export async function run(argv: string[], options: { cwd?: string; stdin?: string; tty?: boolean } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    stdout: (s) => { out.push(s); },
    stderr: (s) => { err.push(s); },
    readStdin: async () => options.stdin ?? '',
    stdinIsTTY: options.tty ?? false,
    cwd: options.cwd ?? process.cwd(),
  };
  const code = await main(argv, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}
