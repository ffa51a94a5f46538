import type { Recipient, RecipientField } from '../recipients/types';

/** Helpers shared by the site adapters: DOM reading only, no selectors of any one app. */

/*
 * Nodes of a same-origin iframe's document belong to that frame's window: `instanceof Element` (this
 * window's Element) is false for them. The checks below go by nodeType and namespace, which hold in any realm.
 */
const HTML_NS = 'http://www.w3.org/1999/xhtml';

export const isElement = (node: unknown): node is Element =>
  typeof node === 'object' && node !== null && (node as Node).nodeType === 1;

/** An HTML element of any same-origin frame (SVG and MathML elements are not). */
export const isHTMLElement = (node: unknown): node is HTMLElement => isElement(node) && node.namespaceURI === HTML_NS;

export const isTextArea = (node: unknown): node is HTMLTextAreaElement => isHTMLElement(node) && node.tagName === 'TEXTAREA';

/** Visible enough to be a real control: decoys are display:none, hidden, or zero-sized. */
export function isRendered(el: Element): boolean {
  if (!isHTMLElement(el)) return true;
  if (el.hidden || el.closest('[hidden],[aria-hidden="true"]')) return false;
  return el.getClientRects().length > 0;
}

/** querySelectorAll that also looks into open shadow roots (portal web components). */
export function deepQueryAll<T extends Element = Element>(root: ParentNode, selector: string): T[] {
  const out: T[] = [...root.querySelectorAll<T>(selector)];
  const walker = document.createTreeWalker(root as Node, NodeFilter.SHOW_ELEMENT);
  for (let node = walker.currentNode as Node | null; node; node = walker.nextNode()) {
    const shadow = (node as Element).shadowRoot;
    if (shadow) out.push(...deepQueryAll<T>(shadow, selector));
  }
  return out;
}

/** Elements of an event's composed path, innermost first. */
export function pathElements(path: readonly EventTarget[]): Element[] {
  return path.filter(isElement);
}

/** The first element of the path that matches, when it sits inside `root` (shadow hosts count). */
export function firstInPath(path: readonly EventTarget[], root: Element, test: (el: Element) => boolean): HTMLElement | undefined {
  if (!path.includes(root)) return undefined;
  for (const el of pathElements(path)) {
    if (el === root) return undefined;
    if (isHTMLElement(el) && test(el)) return el;
  }
  return undefined;
}

/** The label of a control, by the attributes apps use for it (tooltip, aria-label, title). */
export function labelOf(el: Element): string {
  return (el.getAttribute('data-tooltip') ?? el.getAttribute('aria-label') ?? el.getAttribute('title') ?? '').trim();
}

/** "Send", "Send (Ctrl-Enter)", "Send & Archive" — but never "More send options" (a menu, not a send). */
export function looksLikeSend(el: Element): boolean {
  if (el.getAttribute('aria-haspopup') && el.getAttribute('aria-haspopup') !== 'false') return false;
  const label = labelOf(el) || (el.textContent ?? '').trim();
  return /^send\b/i.test(label);
}

const ADDRESS = /[^\s<>,;"()]+@[^\s<>,;"()]+\.[^\s<>,;"()]+/g;

/** Addresses written in a free-text recipient field ("a@x.org, Jane <j@y.com>"). */
export function addressesIn(text: string, field: RecipientField): Recipient[] {
  return [...text.matchAll(ADDRESS)].map((m) => ({ address: m[0], field }));
}

/** Each address once per field: chips often carry the same address in several attributes. */
export function uniqueRecipients(list: Recipient[]): Recipient[] {
  const seen = new Set<string>();
  return list.filter((r) => {
    const key = `${r.field}\u0000${r.address.toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The nearest ancestor of `from` that also contains a match for `selector`: the box around an editor. */
export function ancestorContaining(from: Element, selector: string, stop?: Element): Element | undefined {
  for (let el = from.parentElement; el && el !== stop; el = el.parentElement) {
    if (el.querySelector(selector)) return el;
  }
  return undefined;
}

/** Is an autocomplete list open for this field? Then Enter picks a suggestion, it does not send. */
export function autocompleteOpen(target: Element | undefined): boolean {
  if (!target) return false;
  const owner = target.closest('[aria-expanded]');
  if (owner?.getAttribute('aria-expanded') === 'true') return true;
  const list = target.getAttribute('aria-controls') ?? target.getAttribute('aria-owns');
  const listbox = list ? target.ownerDocument.getElementById(list) : null;
  return !!listbox && listbox.getAttribute('role') === 'listbox' && isRendered(listbox);
}

/** The document inside a same-origin iframe, or undefined (cross-origin frames deny access: skipped). */
export function frameDocument(frame: Element): Document | undefined {
  if (!isHTMLElement(frame) || frame.tagName !== 'IFRAME') return undefined;
  try {
    return (frame as HTMLIFrameElement).contentDocument ?? undefined;
  } catch {
    return undefined;
  }
}

const FRAME_EDITABLE = '[contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]';

/**
 * The rich-text editor inside a same-origin iframe: TinyMCE (classic mode) and CKEditor 4 make the frame's
 * body contenteditable, older Outlook on the web builds put the frame's document in designMode. Else the
 * outermost rendered contenteditable of the frame. Undefined while the frame is hidden or not editable.
 */
export function frameEditorOf(frame: Element): HTMLElement | undefined {
  const doc = frameDocument(frame);
  const body = doc?.body;
  if (!doc || !body || !isRendered(frame)) return undefined;
  if (doc.designMode === 'on' || body.isContentEditable) return body;
  return [...doc.querySelectorAll(FRAME_EDITABLE)].find(
    (el): el is HTMLElement => isHTMLElement(el) && !el.parentElement?.closest(FRAME_EDITABLE) && isRendered(el),
  );
}

/** Same-origin iframes under `root` (in this document) that hold an editor, with that editor. */
export function frameEditorsIn(root: ParentNode): { frame: HTMLIFrameElement; editor: HTMLElement }[] {
  const out: { frame: HTMLIFrameElement; editor: HTMLElement }[] = [];
  for (const frame of root.querySelectorAll('iframe')) {
    const editor = frameEditorOf(frame);
    if (editor) out.push({ frame, editor });
  }
  return out;
}
