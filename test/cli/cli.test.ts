import { beforeAll, describe, expect, it } from 'vitest';
import { run, workdir } from './harness';

// main() loads commands on demand; loading the engine once up front keeps a busy machine from timing out
// whichever test happens to import it first.
beforeAll(async () => {
  await Promise.all([import('../../lib/cli/scan'), import('../../lib/cli/eval'), import('../../lib/cli/policy')]);
}, 120_000);

const MESSAGE = 'Patient follow-up: please call 617-555-0142 about the biopsy results.\n';
const PHONE = '617-555-0142';

describe('phi-guard usage errors', () => {
  it.each([
    { argv: [], stderr: /commands:/ },
    { argv: ['frobnicate'], stderr: /unknown command "frobnicate"/ },
    { argv: ['policy'], stderr: /policy check FILE/ },
    { argv: ['policy', 'check'], stderr: /usage: phi-guard policy check FILE/ },
    { argv: ['scan', '--bogus'], stderr: /bogus/ },
    { argv: ['scan', 'a.txt', 'b.txt'], stderr: /one FILE/ },
    { argv: ['eval'], stderr: /no corpus given/ },
  ])('$argv → usage on stderr, exit 2', async ({ argv, stderr }) => {
    const result = await run(argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(stderr);
    expect(result.stdout).toBe('');
  });

  it('scan with a terminal on stdin and no FILE asks for input instead of waiting', async () => {
    const result = await run(['scan'], { tty: true });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/no input/);
  });

  it.each([
    ['scan', 'missing.txt'],
    ['scan', '--jsonl', 'missing.txt'],
    ['policy', 'check', 'missing.txt'],
    ['eval', 'missing.txt'],
    ['scan', '--policy', 'missing.txt', '-'],
  ])('%s … missing.txt names the file', async (...argv) => {
    const result = await run(argv, { cwd: workdir({}), stdin: MESSAGE });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/cannot read missing\.txt: no such file/);
  });
});

describe('phi-guard scan', () => {
  it('--json has phi, risk and findings with type, category, offsets, text, confidence, rule', async () => {
    const dir = workdir({ 'm.txt': MESSAGE });
    const result = await run(['scan', '--json', 'm.txt'], { cwd: dir });
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(typeof json.phi).toBe('boolean');
    expect(['none', 'low', 'moderate', 'high']).toContain(json.risk);
    expect(Array.isArray(json.sensitive)).toBe(true);
    expect(json.findings.length).toBeGreaterThan(0);
    for (const f of json.findings) {
      expect(Object.keys(f)).toEqual(expect.arrayContaining(['type', 'category', 'start', 'end', 'text', 'confidence', 'rule']));
      expect(MESSAGE.slice(f.start, f.end)).toBe(f.text);
    }
    expect(json.findings).toContainEqual(expect.objectContaining({ type: 'phone', text: PHONE, rule: 'phone' }));
    expect(json.recipients).toBeUndefined();
  });

  it('reads standard input for "-" and marks findings inline in the readable report', async () => {
    const result = await run(['scan', '-'], { stdin: MESSAGE });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`«${PHONE}»[phone]`);
    expect(result.stdout).toMatch(/Findings \(\d+\):/);
    expect(result.stdout).toMatch(/rule phone, pattern [^,]+/);
    expect(result.stdout).toMatch(/^Verdict: (PHI|no PHI) \(risk (none|low|moderate|high)\)/m);
  });

  it('--jsonl writes one line per valid input and names each bad line, exit 1', async () => {
    const lines = [
      JSON.stringify({ id: 'a', text: MESSAGE }),
      '{"id": "b", "text": ',
      JSON.stringify({ id: 'c', text: 'Lunch at noon?' }),
      JSON.stringify({ id: 'd' }),
      '',
      JSON.stringify({ id: 'e', text: `Fax ${PHONE}` }),
    ];
    const dir = workdir({ 'in.jsonl': lines.join('\n') });
    const result = await run(['scan', '--jsonl', 'in.jsonl'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^in\.jsonl:2: invalid JSON/m);
    expect(result.stderr).toMatch(/^in\.jsonl:4: missing "text"/m);
    const out = result.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(['a', 'c', 'e']);
    for (const o of out) expect(Object.keys(o).slice(0, 4)).toEqual(['id', 'phi', 'risk', 'findings']);
    expect(out[0].findings.some((f: { text: string }) => f.text === PHONE)).toBe(true);
    expect(out[1].findings).toEqual([]);
  });

  it('--policy applies disabledRules and customPatterns', async () => {
    // A health-category pattern: identifier recognizers that also match the code cannot merge it away.
    const policy = { detection: { disabledRules: ['phone'], customPatterns: [{ id: 'acme-dx', type: 'diagnosis', pattern: 'ZQX-\\d{3}' }] } };
    const dir = workdir({ 'p.json': JSON.stringify(policy), 'm.txt': `${MESSAGE}Coded as ZQX-123.` });
    const result = await run(['scan', '--json', '--policy', 'p.json', 'm.txt'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const { findings } = JSON.parse(result.stdout);
    expect(findings.some((f: { type: string }) => f.type === 'phone')).toBe(false);
    expect(findings).toContainEqual(expect.objectContaining({ type: 'diagnosis', text: 'ZQX-123', rule: 'custom.acme-dx' }));
  });

  it('an invalid policy field is reported with its path, the scan still runs, exit 1', async () => {
    const dir = workdir({ 'p.json': JSON.stringify({ detection: { minConfidence: 5 } }), 'm.txt': MESSAGE });
    const result = await run(['scan', '--json', '--policy', 'p.json', 'm.txt'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^policy p\.json: detection\.minConfidence: /m);
    expect(JSON.parse(result.stdout).findings.length).toBeGreaterThan(0);
  });

  it('a policy file that is not JSON stops the scan and names the file', async () => {
    const dir = workdir({ 'p.json': '{ modes: ', 'm.txt': MESSAGE });
    const result = await run(['scan', '--policy', 'p.json', 'm.txt'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/invalid policy p\.json: .*not valid JSON/);
    expect(result.stdout).toBe('');
  });

  it('--recipients adds each address with its signals (JSON and readable)', async () => {
    const dir = workdir({ 'm.txt': MESSAGE });
    const argv = ['scan', 'm.txt', '--recipients', 'nurse@acmehealth.org, Pat <pat.doe@gmail.com>', '--internal-domains', 'acmehealth.org'];
    const json = JSON.parse((await run([...argv, '--json'], { cwd: dir })).stdout);
    expect(json.recipients.map((r: { address: string }) => r.address)).toEqual(['nurse@acmehealth.org', 'pat.doe@gmail.com']);
    expect(json.recipients[0].signals).toEqual([]);
    const personal = json.recipients[1].signals.find((s: { id: string }) => s.id === 'personal_webmail');
    expect(personal).toEqual(expect.objectContaining({ id: 'personal_webmail', reason: expect.stringContaining('gmail.com') }));
    const human = await run(argv, { cwd: dir });
    expect(human.stdout).toMatch(/Recipients \(2\):/);
    expect(human.stdout).toMatch(/pat\.doe@gmail\.com \[personal\]\n\s+- personal_webmail/);
  });
});

describe('phi-guard scan: conversation context', () => {
  const ABOUT_CHEN = 'Hi, Robert Chen\'s A1c came back at 9.1; we will adjust his metformin. MRN 4471203.\n';
  it.each([
    { patient: 'Maria Lopez', text: ABOUT_CHEN, wrong: true },
    { patient: 'Robert Chen', text: ABOUT_CHEN, wrong: false },
    { patient: 'Chen, Robert', text: ABOUT_CHEN, wrong: false },
  ])('--patient "$patient": wrong_patient is $wrong', async ({ patient, text, wrong }) => {
    const dir = workdir({ 'm.txt': text });
    const json = JSON.parse((await run(['scan', 'm.txt', '--json', '--patient', patient], { cwd: dir })).stdout);
    const ids = json.messageSignals.map((s: { id: string }) => s.id);
    expect(ids.includes('wrong_patient')).toBe(wrong);
    if (wrong) expect(json.messageSignals.find((s: { id: string }) => s.id === 'wrong_patient').reason).toMatch(/Maria Lopez.*Robert Chen/);
  });

  it('--reply-all flags the Cc recipients; without it there is no reply_all signal', async () => {
    const dir = workdir({ 'm.txt': MESSAGE });
    const argv = ['scan', 'm.txt', '--json', '--recipients', 'a@acmehealth.org', '--cc', 'b@acmehealth.org', '--internal-domains', 'acmehealth.org'];
    const plain = JSON.parse((await run(argv, { cwd: dir })).stdout);
    expect(plain.messageSignals.map((s: { id: string }) => s.id)).not.toContain('reply_all');
    const replyAll = JSON.parse((await run([...argv, '--reply-all'], { cwd: dir })).stdout);
    expect(replyAll.messageSignals.map((s: { id: string }) => s.id)).toContain('reply_all');
  });
});

describe('phi-guard policy check', () => {
  it.each([
    { policy: {}, code: 0, out: /valid \(PHI Guard policy\)/ },
    { policy: { modes: { health: 'block' }, recipients: { internalDomains: ['acme.org'] } }, code: 0, out: /valid/ },
  ])('valid policy $policy → exit 0', async ({ policy, code, out }) => {
    const result = await run(['policy', 'check', 'p.json'], { cwd: workdir({ 'p.json': JSON.stringify(policy) }) });
    expect(result.code).toBe(code);
    expect(result.stdout).toMatch(out);
  });

  it.each([
    { policy: { modes: { health: 'shout' } }, path: 'modes.health' },
    { policy: { recipients: { threshold: 0 } }, path: 'recipients.threshold' },
    { policy: { detection: { customPatterns: [{ id: 'x', type: 'mrn', pattern: '(' }] } }, path: 'detection.customPatterns[0].pattern' },
    { policy: { mode: {} }, path: 'mode' },
  ])('invalid $path → "FILE: path: reason", exit 1', async ({ policy, path }) => {
    const result = await run(['policy', 'check', 'p.json'], { cwd: workdir({ 'p.json': JSON.stringify(policy) }) });
    expect(result.code).toBe(1);
    const escaped = path.replace(/[.[\]]/g, '\\$&');
    expect(result.stderr).toMatch(new RegExp(`^p\\.json: ${escaped}: \\S`, 'm'));
  });
});

describe('phi-guard eval', () => {
  const docs = [
    { id: 'd1', text: `Call ${PHONE} today.`, spans: [{ start: 5, end: 17, type: 'phone' }], phi: false },
    { id: 'd2', text: `Dr. Hill can be paged at ${PHONE}.`, spans: [{ start: 4, end: 8, type: 'name', role: 'provider' }, { start: 25, end: 37, type: 'phone' }] },
    { id: 'd3', text: 'Lunch is at noon.', spans: [], phi: false },
  ];

  it('prints per-type and overall rows, the provider variant and the verdict line', async () => {
    const dir = workdir({ 'c.jsonl': docs.map((d) => JSON.stringify(d)).join('\n') });
    const result = await run(['eval', 'c.jsonl', '--verbose'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^c: 3 documents/m);
    expect(result.stdout).toMatch(/^phone\s+2\s+2\s+1\.000\s/m);
    expect(result.stdout).toMatch(/^identifier\s+3\s/m);
    expect(result.stdout).toMatch(/^overall\s+3\s/m);
    expect(result.stdout).toMatch(/^without provider names: recall \S+ \(gold 2\)/m);
    expect(result.stdout).toMatch(/^verdict: \d\/2 correct .*false alarms on phi:false: \d\/2/m);
    expect(result.stdout).toMatch(/misses \(\d+\):/);
  });

  it('--no-providers scores without clinician names', async () => {
    const dir = workdir({ 'c.jsonl': docs.map((d) => JSON.stringify(d)).join('\n') });
    const result = await run(['eval', 'c.jsonl', '--no-providers'], { cwd: dir });
    expect(result.stdout).toMatch(/^overall\s+2\s+2\s+1\.000\s/m);
    expect(result.stdout).toMatch(/^with provider names: recall \S+ \(gold 3\)/m);
  });

  it('a bad corpus line is named and skipped, exit 1', async () => {
    const lines = [JSON.stringify(docs[0]), 'not json', JSON.stringify({ id: 'x', text: 'abc', spans: [{ start: 0, end: 2, type: 'nickname' }] })];
    const result = await run(['eval', 'c.jsonl'], { cwd: workdir({ 'c.jsonl': lines.join('\n') }) });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^c\.jsonl:2: invalid JSON/m);
    expect(result.stderr).toMatch(/^c\.jsonl:3: spans\[0\]: unknown type "nickname"/m);
    expect(result.stdout).toMatch(/^c: 1 documents/m);
  });
});
