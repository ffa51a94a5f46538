import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/phi-guard.mjs', import.meta.url));
const phiGuard = (args: string[], input?: string) =>
  spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', timeout: 60_000 });

// The installed entry point (tsx loader + TypeScript sources), as a user runs it: exit codes reach the shell.
describe('bin/phi-guard.mjs', () => {
  it('scans standard input as JSON', () => {
    const result = phiGuard(['scan', '--json', '-'], 'Please call 617-555-0142 about her biopsy.');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).findings).toContainEqual(expect.objectContaining({ type: 'phone', text: '617-555-0142' }));
  });

  it('exits 2 with usage when given no command', () => {
    const result = phiGuard([]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/commands:/);
  });

  it('exits 2 naming a missing file', () => {
    const result = phiGuard(['scan', 'no-such-message.txt']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/cannot read no-such-message\.txt: no such file/);
  });
}, 120_000);
