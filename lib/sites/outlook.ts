import type { Recipient, RecipientField } from '../recipients/types';
import { addressesIn, ancestorContaining, firstInPath, frameEditorsIn, isRendered, labelOf, looksLikeSend, uniqueRecipients } from './dom';
import type { ComposeBox, SiteAdapter } from './types';

/**
 * Outlook on the web (outlook.office.com, outlook.office365.com, outlook.live.com): a new message and the
 * inline reply in the reading pane. Newer builds append ", press Alt+F10 to exit" to the body's label.
 */

const EDITOR = 'div[role="textbox"][contenteditable="true"][aria-label^="Message body" i]';
const SEND = 'button[aria-label^="Send" i], button[title^="Send" i], [role="button"][aria-label^="Send" i], .fui-SplitButton__primaryActionButton';
const FIELD_LABELS: Record<RecipientField, string> = { to: 'To', cc: 'Cc', bcc: 'Bcc' };

function isSend(el: Element): boolean {
  if (!el.matches(SEND) || el.matches('.fui-SplitButton__menuButton')) return false;
  // Fluent's split button: the primary half has no label of its own; its text says Send.
  if (el.matches('.fui-SplitButton__primaryActionButton') && !labelOf(el)) return /^\s*send\b/i.test(el.textContent ?? '');
  return looksLikeSend(el);
}

function recipientsIn(root: Element): Recipient[] {
  const out: Recipient[] = [];
  for (const [field, label] of Object.entries(FIELD_LABELS) as [RecipientField, string][]) {
    for (const well of root.querySelectorAll(`[aria-label="${label}"]`)) {
      // Chips show a display name; the address sits in a title/aria-label or the chip text.
      const texts = [well.textContent ?? ''];
      for (const el of well.querySelectorAll('[title], [aria-label], [data-email]')) {
        texts.push(el.getAttribute('title') ?? '', el.getAttribute('aria-label') ?? '', el.getAttribute('data-email') ?? '');
      }
      for (const input of well.querySelectorAll('input')) texts.push(input.value);
      for (const text of texts) out.push(...addressesIn(text, field));
    }
  }
  return uniqueRecipients(out);
}

export const outlook: SiteAdapter = {
  id: 'outlook',
  include: (url) => /^outlook\.(office|office365|live)\.com$/.test(url.hostname),
  findComposeRoots(doc) {
    const roots = new Set<Element>();
    for (const editor of doc.querySelectorAll(EDITOR)) {
      if (!isRendered(editor)) continue;
      const root = editor.closest('[role="dialog"]') ?? ancestorContaining(editor, SEND);
      if (root) roots.add(root);
    }
    // Older builds: the body is an iframe's document (designMode or a contenteditable body), Send is here.
    for (const { frame } of frameEditorsIn(doc)) {
      const root = frame.closest('[role="dialog"]') ?? ancestorContaining(frame, SEND);
      if (root) roots.add(root);
    }
    return [...roots];
  },
  open(root): ComposeBox {
    return {
      root,
      editor: () => [...root.querySelectorAll<HTMLElement>(EDITOR)].find(isRendered) ?? frameEditorsIn(root)[0]?.editor,
      subject: () => root.querySelector<HTMLInputElement>('input[aria-label="Add a subject" i], input[placeholder="Add a subject" i]')?.value ?? '',
      recipients: () => recipientsIn(root),
      sendControlIn: (path) => firstInPath(path, root, isSend),
      enterSends: false,
      form: () => undefined,
    };
  },
};
