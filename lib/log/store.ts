import { DisclosureLogEntry, LOG_MESSAGE, type LogMessage } from './types';

/**
 * The disclosure log at rest (storage.local). Entries are checked against a STRICT form of the contract
 * schema plus shape rules on every string, so nothing but metadata can be stored: no extra fields, no
 * addresses, no free text.
 */

export const LOG_STORAGE_KEY = 'phiGuard.disclosureLog';
export const SALT_STORAGE_KEY = 'phiGuard.installSalt';
/** storage.local holds ~10 MB; an entry is ~300 bytes, so this bounds the log well below that. */
export const MAX_LOG_ENTRIES = 5000;

const HOSTNAME = /^[a-z0-9.-]*(:\d{1,5})?$/i;
const DOMAIN = /^[a-z0-9.-]+$/i;

export const StoredLogEntry = DisclosureLogEntry.strict().superRefine((entry, ctx) => {
  if (Number.isNaN(Date.parse(entry.at)) || !/^\d{4}-\d\d-\d\dT/.test(entry.at)) {
    ctx.addIssue({ code: 'custom', path: ['at'], message: 'must be an ISO date-time' });
  }
  if (!HOSTNAME.test(entry.site) || entry.site.length > 253) {
    ctx.addIssue({ code: 'custom', path: ['site'], message: 'must be a host name only' });
  }
  entry.recipientDomains.forEach((domain, index) => {
    // An "@" would mean a full address slipped in; domains are all the log may keep.
    if (!DOMAIN.test(domain) || domain.length > 253) {
      ctx.addIssue({ code: 'custom', path: ['recipientDomains', index], message: 'must be a domain, not an address' });
    }
  });
  if (!/^[0-9a-f]{64}$/.test(entry.messageHash)) {
    ctx.addIssue({ code: 'custom', path: ['messageHash'], message: 'must be a lowercase hex SHA-256 digest' });
  }
});

export type LogValidation = { ok: true; entry: DisclosureLogEntry } | { ok: false; problems: string[] };

export function validateLogEntry(raw: unknown): LogValidation {
  const parsed = StoredLogEntry.safeParse(raw);
  if (parsed.success) return { ok: true, entry: parsed.data };
  return { ok: false, problems: parsed.error.issues.map((i) => `${i.path.join('.') || '(entry)'}: ${i.message}`) };
}

export function isLogMessage(message: unknown): message is LogMessage {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === LOG_MESSAGE;
}

/** Keep entries younger than the retention period, newest last, at most MAX_LOG_ENTRIES. 0 days keeps none. */
export function pruneLog(entries: readonly DisclosureLogEntry[], retentionDays: number, now: Date = new Date()): DisclosureLogEntry[] {
  if (retentionDays <= 0) return [];
  const cutoff = now.getTime() - retentionDays * 86_400_000;
  const kept = entries.filter((e) => Date.parse(e.at) >= cutoff);
  return kept.length > MAX_LOG_ENTRIES ? kept.slice(kept.length - MAX_LOG_ENTRIES) : kept;
}

interface LocalArea {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** Stored entries that still pass validation (a hand-edited or older store cannot leak into views). */
export async function readLog(local: Pick<LocalArea, 'get'>): Promise<DisclosureLogEntry[]> {
  const stored = (await local.get(LOG_STORAGE_KEY))[LOG_STORAGE_KEY];
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((raw) => {
    const checked = validateLogEntry(raw);
    return checked.ok ? [checked.entry] : [];
  });
}

/**
 * Appends run one at a time: two tabs sending at once would otherwise read the same list and one entry
 * would be lost.
 */
let queue: Promise<unknown> = Promise.resolve();
function serialize<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

export function appendLogEntry(local: LocalArea, raw: unknown, retentionDays: number, now: Date = new Date()): Promise<LogValidation> {
  const checked = validateLogEntry(raw);
  if (!checked.ok) return Promise.resolve(checked);
  return serialize(async () => {
    const entries = pruneLog([...(await readLog(local)), checked.entry], retentionDays, now);
    await local.set({ [LOG_STORAGE_KEY]: entries });
    return checked;
  });
}

export function applyRetention(local: LocalArea, retentionDays: number, now: Date = new Date()): Promise<number> {
  return serialize(async () => {
    const entries = await readLog(local);
    const kept = pruneLog(entries, retentionDays, now);
    if (kept.length !== entries.length) await local.set({ [LOG_STORAGE_KEY]: kept });
    return entries.length - kept.length;
  });
}

export function clearLog(local: LocalArea): Promise<void> {
  return serialize(() => local.set({ [LOG_STORAGE_KEY]: [] }));
}

/** A per-install random salt for message and recipient hashes; created once, by whoever asks first. */
export async function getInstallSalt(local: LocalArea): Promise<string> {
  return serialize(async () => {
    const existing = (await local.get(SALT_STORAGE_KEY))[SALT_STORAGE_KEY];
    if (typeof existing === 'string' && existing.length >= 32) return existing;
    const bytes = crypto.getRandomValues(new Uint8Array(32));
    const salt = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    await local.set({ [SALT_STORAGE_KEY]: salt });
    return salt;
  });
}

export const CSV_COLUMNS = [
  'at', 'site', 'outcome', 'purpose', 'minimumNecessaryConfirmed', 'authorizationConfirmed', 'sensitiveAcknowledged',
  'counts', 'recipientDomains', 'recipientCount', 'signals', 'messageHash',
] as const;

/** RFC 4180 quoting; a leading = + - @ is neutralized so a spreadsheet never runs a cell as a formula. */
function csvCell(value: unknown): string {
  let text = value === undefined ? '' : typeof value === 'string' ? value : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function logToCsv(entries: readonly DisclosureLogEntry[]): string {
  const rows = entries.map((e) => CSV_COLUMNS.map((column) => {
    if (column === 'counts') return csvCell(Object.entries(e.counts).map(([type, n]) => `${type}:${n}`).join(' '));
    if (column === 'recipientDomains' || column === 'signals') return csvCell(e[column].join(' '));
    return csvCell(e[column]);
  }).join(','));
  return [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}

export function logToJson(entries: readonly DisclosureLogEntry[]): string {
  return JSON.stringify(entries, null, 2) + '\n';
}

export type { DisclosureLogEntry };
