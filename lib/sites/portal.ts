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
  // A care-team name, not an address: the portal routes it; keep the name so the prompt can show it.
  const inner = select.shadowRoot?.querySelector('select') ?? (select instanceof HTMLSelectElement ? select : null);
  const chosen = inner?.selectedOptions[0];
  const label = (chosen?.textContent ?? componentValue(select)).trim();
  if (!label || chosen?.value === '') return [];
  const addresses = addressesIn(label, 'to');
  return addresses.length ? addresses : [{ address: label, displayName: label, field: 'to' }];
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
    };
  },
};
