import type { Recipient } from '../recipients/types';
import { addressesIn, firstInPath, isRendered, looksLikeSend, uniqueRecipients } from './dom';
import type { ComposeBox, SiteAdapter } from './types';

/**
 * Any page the policy names with adapter "generic": a textarea or contenteditable with a submit button,
 * a form submit, or a chat box that sends on Enter. Used for portals and EHR inboxes without their own adapter.
 */

const EDITORS = 'textarea, [contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]';
const SUBMIT = 'button[type="submit"], input[type="submit"], form button:not([type])';
const BUTTONS = 'button, [role="button"], input[type="submit"], input[type="button"]';
/** Our own UI lives in shadow hosts named phi-guard-*; never guard it. */
const OWN_UI = '[data-wxt-shadow-root]';

function isSendButton(el: Element, form: HTMLFormElement | undefined): boolean {
  if (form && el.matches(SUBMIT) && ((el as HTMLButtonElement).form ?? el.closest('form')) === form) return true;
  return el.matches(BUTTONS) && looksLikeSend(el);
}

/** The smallest ancestor that holds a send button: a chat box's footer, a message panel. */
function panelWithSend(editor: Element): Element | undefined {
  for (let el = editor.parentElement; el && el !== editor.ownerDocument.body; el = el.parentElement) {
    if ([...el.querySelectorAll(BUTTONS)].some((b) => looksLikeSend(b) && isRendered(b))) return el;
  }
  return undefined;
}

function recipientsIn(root: Element): Recipient[] {
  // Plain forms name their address fields "to", "cc", "bcc" or use type=email.
  const out: Recipient[] = [];
  for (const input of root.querySelectorAll<HTMLInputElement>('input[type="email"], input[name="to" i], input[name="cc" i], input[name="bcc" i]')) {
    const name = input.name.toLowerCase();
    out.push(...addressesIn(input.value, name === 'cc' || name === 'bcc' ? name : 'to'));
  }
  return uniqueRecipients(out);
}

export const generic: SiteAdapter = {
  id: 'generic',
  include: () => true,
  findComposeRoots(doc) {
    const roots = new Set<Element>();
    for (const editor of doc.querySelectorAll<HTMLElement>(EDITORS)) {
      // Decoys (hidden textareas) and read-only fields are not where a user writes a message.
      if (!isRendered(editor) || editor.closest(OWN_UI) || (editor as HTMLTextAreaElement).readOnly) continue;
      if (editor.parentElement?.closest('[contenteditable="true"]')) continue; // nested editable parts
      const form = editor.closest('form');
      roots.add(form ?? panelWithSend(editor) ?? editor.parentElement ?? editor);
    }
    return [...roots];
  },
  open(root): ComposeBox {
    const form = () => (root instanceof HTMLFormElement ? root : undefined);
    const hasSendButton = () => [...root.querySelectorAll(BUTTONS)].some((b) => isSendButton(b, form()) && isRendered(b));
    return {
      root,
      editor: () => [...root.querySelectorAll<HTMLElement>(EDITORS)].find((e) => isRendered(e) && !(e as HTMLTextAreaElement).readOnly),
      subject: () => root.querySelector<HTMLInputElement>('input[name*="subject" i]')?.value ?? '',
      recipients: () => recipientsIn(root),
      sendControlIn: (path) => firstInPath(path, root, (el) => isSendButton(el, form())),
      // A box with no send button and no form can only send on Enter (chat widgets).
      get enterSends() {
        return !form() && !hasSendButton() || root.querySelector('[enterkeyhint="send"]') !== null;
      },
      form,
    };
  },
};
