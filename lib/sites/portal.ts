import { nameTokens } from '../recipients/patient';
import type { Recipient } from '../recipients/types';
import { addressesIn, ancestorContaining, firstInPath, isRendered } from './dom';
import type { ComposeBox, SiteAdapter } from './types';

/**
 * Patient-portal secure messaging modelled on VA My HealtheVet: web components (va-textarea, va-select,
 * va-button) whose real fields sit inside OPEN shadow roots. Events from inside are retargeted to the
 * host, so send detection walks the composed path.
 */

const BODY_HOST = 'va-textarea[data-testid="message-body-field"]';
const SUBJECT = '[data-testid="message-subject-field"]';
const RECIPIENT = '[data-testid="compose-recipient-select"]';
const SEND = '[data-testid="Send-Button"]';

/** A web component's value: its own property when it reflects one, else the field in its shadow root. */
function componentValue(host: Element | null): string {
  if (!host) return '';
  const own = (host as HTMLElement & { value?: unknown }).value;
  if (typeof own === 'string' && own) return own;
  const field = host.shadowRoot?.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('textarea, input, select');
  if (field) return field.value;
  return host.getAttribute('value') ?? '';
}

function recipientsIn(root: Element): Recipient[] {
  const select = root.querySelector(RECIPIENT);
  if (!select) return [];
  // A care-team name, not an address: the portal routes it inside itself (the analysis treats a recipient
  // without "@" as internal); keep the name so the prompt can show it.
  const inner = select.shadowRoot?.querySelector('select') ?? (select instanceof HTMLSelectElement ? select : null);
  const chosen = inner?.selectedOptions[0];
  const label = (chosen?.textContent ?? componentValue(select)).trim();
  if (!label || chosen?.value === '') return [];
  const addresses = addressesIn(label, 'to');
  return addresses.length ? addresses : [{ address: label, displayName: label, field: 'to' }];
}

/** A portal's own markup for the thread's patient (patient banner, thread container). */
const PATIENT_ATTRIBUTE = 'data-patient-name';
/** "Patient:", "Patient name:" — the label portals and EHR inboxes put before the thread's patient. */
const PATIENT_LABEL = /\bpatient(?:['’]s)?(?:\s+name)?\s*[:：]\s*/i;
/** A bare label cell ("Patient" in a dt or th) whose value sits in the next cell. */
const PATIENT_CELL = /^\s*patient(?:\s+name)?\s*[:：]?\s*$/i;
/** Titles and initials whose period does not end the name. */
const TITLE = /^(mr|mrs|ms|mx|dr|jr|sr|st)\.$/i;
/** One word of a name: letters with inner hyphens, apostrophes or a trailing period (O'Neil, García-Lopez, J.). */
const NAME_WORD = /^\p{L}[\p{L}'’-]*\.?,?$/u;

/**
 * The name in a patient label's value: "Maria Lopez", "LOPEZ, MARIA (DOB 04/12/1961)", "Maria Lopez · MRN 123"
 * → the words before the first thing that is not part of a name. Undefined when no name is left.
 */
export function patientNameFrom(value: string): string | undefined {
  const words: string[] = [];
  for (const word of value.trim().split(/\s+/)) {
    if (!NAME_WORD.test(word) || /^(dob|mrn|born|age|id|sex)\b/i.test(word)) break;
    words.push(word);
    // "Lopez." ends a sentence; "Ms." and "J." do not.
    if ((word.endsWith('.') && word.length > 2 && !TITLE.test(word)) || words.length === 5) break;
  }
  const last = words[words.length - 1] ?? '';
  if (last.endsWith(',') || (last.endsWith('.') && last.length > 2 && !TITLE.test(last))) {
    words[words.length - 1] = last.slice(0, -1);
  }
  const name = words.join(' ').trim();
  return /\p{L}{2}/u.test(name) ? name : undefined;
}

/** The patient named by a label in this text ("Patient: Maria Lopez"), if any. */
export function patientFromLabel(text: string): string | undefined {
  const label = PATIENT_LABEL.exec(text);
  return label ? patientNameFrom(text.slice(label.index + label[0].length)) : undefined;
}

const textOf = (el: Element): string => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A name from the element holding a "Patient" label text: its own text, its parent's, or the next cell. */
function nameAround(el: Element): string | undefined {
  if (PATIENT_CELL.test(textOf(el)) && el.nextElementSibling) {
    const next = patientNameFrom(textOf(el.nextElementSibling));
    if (next) return next;
  }
  for (let at: Element | null = el, up = 0; at && up < 3; at = at.parentElement, up++) {
    const text = textOf(at);
    if (text.length > 200) break;
    const name = patientFromLabel(text);
    if (name) return name;
    if (PATIENT_CELL.test(text) && at.nextElementSibling) return patientNameFrom(textOf(at.nextElementSibling));
  }
  return undefined;
}

/** How many ancestors `el` shares with `root`: the nearer the header is to the compose box, the higher. */
function sharedDepth(el: Element, root: Element): number {
  let common: Element | null = el;
  while (common && !common.contains(root)) common = common.parentElement;
  let depth = 0;
  for (let at = common; at; at = at.parentElement) depth++;
  return depth;
}

/**
 * The patient a reply is about, as the portal shows it: the data attribute on the thread (or the one patient the
 * page names with it), else a visible "Patient: Maria Lopez" label or a Patient/name cell pair. When the page
 * shows several patients (an inbox list beside the thread), the label nearest to the compose box wins; two
 * different names at the same distance tell nothing, so none is returned.
 */
export function threadPatientOf(root: Element): { name: string } | undefined {
  const own = root.closest(`[${PATIENT_ATTRIBUTE}]`)?.getAttribute(PATIENT_ATTRIBUTE)?.trim();
  if (own) return { name: own };
  const doc = root.ownerDocument;
  const candidates: { name: string; el: Element }[] = [];
  for (const el of doc.querySelectorAll(`[${PATIENT_ATTRIBUTE}]`)) {
    const name = el.getAttribute(PATIENT_ATTRIBUTE)?.trim();
    if (name && !root.contains(el) && isRendered(el)) candidates.push({ name, el });
  }
  if (!candidates.length) {
    const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || !/patient/i.test(node.nodeValue ?? '') || root.contains(el)) continue;
      if (el.closest('script, style, textarea, [contenteditable="true"]') || !isRendered(el)) continue;
      const name = nameAround(el);
      if (name) candidates.push({ name, el });
    }
  }
  if (!candidates.length) return undefined;
  const scored = candidates.map((c) => ({ ...c, depth: sharedDepth(c.el, root) }));
  const best = Math.max(...scored.map((c) => c.depth));
  const names = new Set(scored.filter((c) => c.depth === best).map((c) => nameTokens(c.name).sort().join(' ')));
  const first = scored.find((c) => c.depth === best);
  return names.size === 1 && first ? { name: first.name } : undefined;
}

export const portal: SiteAdapter = {
  id: 'portal',
  include: () => true,
  findComposeRoots(doc) {
    const roots = new Set<Element>();
    for (const host of doc.querySelectorAll(BODY_HOST)) {
      if (!isRendered(host)) continue;
      const root = host.closest('form') ?? ancestorContaining(host, SEND);
      if (root) roots.add(root);
    }
    return [...roots];
  },
  open(root): ComposeBox {
    return {
      root,
      editor: () => root.querySelector(BODY_HOST)?.shadowRoot?.querySelector('textarea') ?? undefined,
      subject: () => componentValue(root.querySelector(SUBJECT)),
      recipients: () => recipientsIn(root),
      sendControlIn: (path) => firstInPath(path, root, (el) => el.matches(SEND)),
      enterSends: false,
      form: () => (root instanceof HTMLFormElement ? root : root.querySelector('form') ?? undefined),
      threadPatient: () => threadPatientOf(root),
    };
  },
};
