import type { SiteAdapterId } from '../policy/schema';
import type { Recipient } from '../recipients/types';

/** The editable element of a compose box: a textarea (possibly inside a shadow root) or a contenteditable. */
export type ComposeEditor = HTMLTextAreaElement | HTMLElement;

/**
 * One open compose box as a site adapter sees it. Every selector of a web app lives behind this interface,
 * so the guard never knows which app it is in.
 */
export interface ComposeBox {
  /** The element that holds the whole compose box (editor, recipients, send controls). */
  root: Element;
  /** The body editor, or undefined while the app has not rendered it yet. */
  editor(): ComposeEditor | undefined;
  subject(): string;
  /** To/Cc/Bcc, chips included. */
  recipients(): Recipient[];
  /**
   * The send control an event's composed path went through, or undefined. Clicks land on inner icons and
   * inside shadow roots, so adapters look at every element of the path, not just the target.
   */
  sendControlIn(path: readonly EventTarget[]): HTMLElement | undefined;
  /** Plain Enter in the body sends (chat-style portal boxes). */
  enterSends: boolean;
  /** The form whose submit sends the message, when there is one. */
  form(): HTMLFormElement | undefined;
  /** This compose is a reply-all, as far as the app shows it. */
  replyAll?(): boolean;
  /**
   * The patient this thread is about, when the app shows it (a portal's patient banner or thread header).
   * The recipient analysis warns when the message names a different patient (wrong_patient).
   */
  threadPatient?(): { name?: string; address?: string } | undefined;
}

/**
 * A site adapter, shaped like a refined-github feature: `include` says whether it applies to a page,
 * `findComposeRoots` lists the compose boxes now open, `open` reads one. The guard calls init/teardown
 * around each box with one AbortSignal.
 */
export interface SiteAdapter {
  id: SiteAdapterId;
  /** Whether this adapter understands the page at all (policy.sites decides whether it is guarded). */
  include(url: URL): boolean;
  findComposeRoots(doc: Document): Element[];
  open(root: Element): ComposeBox;
}
