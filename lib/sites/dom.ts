import type { Recipient, RecipientField } from '../recipients/types';

/** Helpers shared by the site adapters: DOM reading only, no selectors of any one app. */

export const isElement = (node: unknown): node is Element => node instanceof Element;

/** Visible enough to be a real control: decoys are display:none, hidden, or zero-sized. */
export function isRendered(el: Element): boolean {
  if (!(el instanceof HTMLElement)) return true;
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
    if (el instanceof HTMLElement && test(el)) return el;
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
