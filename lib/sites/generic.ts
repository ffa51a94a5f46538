import type { Recipient } from '../recipients/types';
import { addressesIn, firstInPath, frameEditorsIn, isRendered, looksLikeSend, uniqueRecipients } from './dom';
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
      // This frame's body is the editor of a parent page that can see it (TinyMCE, CKEditor 4): the parent's
      // guard, which sees Send, owns the box. (frameElement is null under a cross-origin parent.)
      if (editor === doc.body && doc.defaultView?.frameElement) continue;
      const form = editor.closest('form');
      roots.add(form ?? panelWithSend(editor) ?? editor.parentElement ?? editor);
    }
    // TinyMCE and CKEditor 4 write in a same-origin iframe while Send stays out here: the box is found
    // from the frame element, so the guard of this document (the one that sees Send) owns it.
    for (const { frame } of frameEditorsIn(doc)) {
      if (frame.closest(OWN_UI)) continue;
      roots.add(frame.closest('form') ?? panelWithSend(frame) ?? frame.parentElement ?? frame);
    }
    return [...roots];
  },
  open(root): ComposeBox {
    const form = () => (root instanceof HTMLFormElement ? root : undefined);
    const hasSendButton = () => [...root.querySelectorAll(BUTTONS)].some((b) => isSendButton(b, form()) && isRendered(b));
    return {
      root,
      editor: () => [...root.querySelectorAll<HTMLElement>(EDITORS)].find((e) => isRendered(e) && !(e as HTMLTextAreaElement).readOnly)
        ?? frameEditorsIn(root)[0]?.editor,
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
