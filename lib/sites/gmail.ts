import type { Recipient, RecipientField } from '../recipients/types';
import { addressesIn, ancestorContaining, firstInPath, isRendered, looksLikeSend, uniqueRecipients } from './dom';
import type { ComposeBox, SiteAdapter } from './types';

/**
 * Gmail (mail.google.com): new-message dialog, inline reply/forward in a thread, and the pop-out window.
 * Class names are obfuscated and change, so structure and attributes come first, classes last.
 */

// g_editable marks Gmail's own editor; the hidden <textarea aria-label="Message Body"> is a decoy.
const EDITOR = 'div[contenteditable="true"][g_editable="true"], .Ap [g_editable="true"]';
// Tooltip text varies ("Send (Ctrl-Enter)", "Send ‪(⌘Enter)‬", "Send & Archive"): match the word, not the text.
const SEND = '[role="button"][data-tooltip^="Send" i], [role="button"][aria-label^="Send" i]';
const FIELDS: RecipientField[] = ['to', 'cc', 'bcc'];

function rootOf(editor: Element): Element | undefined {
  return editor.closest('[role="dialog"]') ?? editor.closest('.M9') ?? ancestorContaining(editor, SEND);
}

function recipientsIn(root: Element): Recipient[] {
  const out: Recipient[] = [];
  for (const field of FIELDS) {
    // Classic UI: chips keep "Name <address>" in hidden inputs named after the field.
    for (const input of root.querySelectorAll<HTMLInputElement>(`input[type="hidden"][name="${field}"]`)) {
      out.push(...addressesIn(input.value, field));
    }
    // Newer UI: chips are role=option with the address in data-hovercard-id.
    for (const chip of root.querySelectorAll(`[name="${field}"] [role="option"][data-hovercard-id]`)) {
      const address = chip.getAttribute('data-hovercard-id') ?? '';
      const displayName = chip.getAttribute('data-name') ?? undefined;
      if (address) out.push({ address, field, ...(displayName ? { displayName } : {}) });
    }
    // Typed but not yet turned into a chip: still goes out when Send is pressed.
    for (const typed of root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
      `textarea[name="${field}"], [name="${field}"] input[peoplekit-id], input[name="${field}"]:not([type="hidden"])`,
    )) {
      out.push(...addressesIn(typed.value, field));
    }
  }
  return uniqueRecipients(out);
}

export const gmail: SiteAdapter = {
  id: 'gmail',
  include: (url) => url.hostname === 'mail.google.com',
  findComposeRoots(doc) {
    const roots = new Set<Element>();
    for (const editor of doc.querySelectorAll(EDITOR)) {
      if (!isRendered(editor)) continue;
      const root = rootOf(editor);
      if (root) roots.add(root);
    }
    return [...roots];
  },
  open(root): ComposeBox {
    return {
      root,
      editor: () => [...root.querySelectorAll<HTMLElement>(EDITOR)].find(isRendered),
      subject: () => root.querySelector<HTMLInputElement>('input[name="subjectbox"]')?.value ?? '',
      recipients: () => recipientsIn(root),
      sendControlIn: (path) => firstInPath(path, root, (el) => el.matches(SEND) && looksLikeSend(el)),
      enterSends: false,
      form: () => root.querySelector('form') ?? undefined,
    };
  },
};
