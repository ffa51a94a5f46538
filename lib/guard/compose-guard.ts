import { scan as scanText } from '../detect/scan';
import type { Finding, ScanResult } from '../detect/types';
import type { Policy } from '../policy/schema';
import { analyzeRecipients } from '../recipients';
import type { Recipient, RecipientContext } from '../recipients/types';
import { autocompleteOpen, frameDocument, isElement, isHTMLElement, isTextArea } from '../sites/dom';
import type { ComposeBox } from '../sites/types';
import { chunkedScan, CHUNK_SIZE, PieceCache, scanAll } from './chunked-scan';
import { decideSend, type SendDecision } from './decide';
import type { LogInput } from './log-entry';
import { anchorRect, viewportOffset, type ViewRect } from './frames';
import { FindingMarks } from './marks';
import { badgeStateFor, type BadgeState } from './prompt-logic';
import { readEditableText, rangeForOffsets, type EditorText } from './text-map';
import type { DisclosureDecision, DisclosurePromptProps } from './types';

/** The per-compose UI the entrypoint mounts (badge, hover explanation, overlay layer) in a shadow root. */
export interface GuardView {
  /** A fixed-position container for textarea overlays. */
  layer: HTMLElement;
  render(state: { badge: BadgeState; count: number; anchor?: ViewRect; tooltip?: { finding: Finding; left: number; top: number } }): void;
  remove(): void;
}

export interface PromptHandle {
  update(props: DisclosurePromptProps): void;
  close(): void;
}

/** What the guard needs from the extension; the entrypoint provides it, tests can fake it. */
export interface GuardEnvironment {
  policy(): Policy;
  createView(box: ComposeBox, signal: AbortSignal): Promise<GuardView>;
  openPrompt(props: DisclosurePromptProps): Promise<PromptHandle>;
  log(input: Omit<LogInput, 'salt'>): void;
  recipientContext(): RecipientContext;
  rememberRecipients(recipients: readonly Recipient[]): void;
  scan?: typeof scanText;
}

/** Quiet time after the last keystroke before a rescan. */
export const RESCAN_DEBOUNCE_MS = 150;

/** How a held send is replayed after the user confirms. */
type SendAttempt =
  | { kind: 'click'; target: Element; control: HTMLElement; init: MouseEventInit }
  | { kind: 'key'; target: Element; init: KeyboardEventInit; withKeyup: boolean }
  | { kind: 'submit'; form: HTMLFormElement; submitter: HTMLElement | null };

interface Snapshot { text: string; map: EditorText | undefined; editor: HTMLElement | undefined }

/** The element that has focus, looking inside shadow roots (the portal's textarea) and same-origin iframes (TinyMCE). */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  for (;;) {
    const inner = active?.shadowRoot?.activeElement ?? (active ? frameDocument(active)?.activeElement : undefined);
    if (!inner) return active;
    active = inner;
  }
}

// By tag, not instanceof: a path can hold elements of a same-origin iframe (another realm).
const isNativeButton = (el: Element) =>
  isHTMLElement(el) && (el.tagName === 'BUTTON' || (el.tagName === 'INPUT' && ['submit', 'button', 'image'].includes((el as HTMLInputElement).type)));

/** A native button between the key's target and the send control turns Enter/Space into a (held) click. */
function activatesNatively(path: readonly EventTarget[], control: Element): boolean {
  for (const el of path) {
    if (isElement(el) && isNativeButton(el)) return true;
    if (el === control) return false;
  }
  return false;
}

/**
 * Guard one compose box until `signal` aborts: rescan while typing (debounced, in idle time, chunked for
 * huge pastes), mark findings in place, and hold every way of sending while the message has PHI.
 */
export function guardCompose(box: ComposeBox, env: GuardEnvironment, signal: AbortSignal): { rescanNow(): ScanResult | undefined } {
  const scan = env.scan ?? scanText;
  const on = <E extends Event>(target: EventTarget, type: string, listener: (event: E) => void, capture = true, scope: AbortSignal = signal) =>
    target.addEventListener(type, listener as EventListener, { capture, signal: scope });

  const pieces = new PieceCache();
  let view: GuardView | undefined;
  const marks = { current: undefined as FindingMarks | undefined };
  let result: { text: string; scan: ScanResult | undefined; error?: unknown } | undefined;
  let debounce: ReturnType<typeof setTimeout> | undefined;
  let idle: number | undefined;
  let tooltip: { finding: Finding; left: number; top: number } | undefined;
  let prompt: { handle: Promise<PromptHandle>; attempt: SendAttempt; focus: Element | null; decision: SendDecision } | undefined;
  /** One-shot bypass for our own replay of a confirmed send: lives here, never on the DOM. */
  let replaying = false;

  signal.addEventListener('abort', () => {
    clearTimeout(debounce);
    if (idle !== undefined) cancelIdleCallback(idle);
    marks.current?.clear();
    view?.remove();
    void prompt?.handle.then((h) => h.close());
    prompt = undefined;
  }, { once: true });

  void env.createView(box, signal).then((v) => {
    if (signal.aborted) { v.remove(); return; }
    view = v;
    marks.current = new FindingMarks(v.layer);
    schedule(0);
  });

  function snapshot(): Snapshot {
    const editor = box.editor();
    if (!editor) return { text: '', map: undefined, editor };
    followEditor(editor);
    if (isTextArea(editor)) return { text: editor.value, map: undefined, editor };
    const map = readEditableText(editor);
    return { text: map.text, map, editor };
  }

  function render(snap?: Snapshot) {
    if (!view) return;
    const editor = snap?.editor ?? box.editor();
    const current = result;
    const badge = current?.error !== undefined ? 'error' : badgeStateFor(current?.scan, { scanning: !current });
    const shown = current?.scan ? decideSend(current.scan, undefined, env.policy()).findings : [];
    if (snap && marks.current && editor && current?.text === snap.text) marks.current.show(editor, shown, snap.map, snap.text);
    view.render({ badge, count: shown.length, anchor: editor ? anchorRect(editor, document) : undefined, tooltip });
  }

  /** Rescan after a pause in typing, in idle time, piece by piece for a huge paste. */
  function schedule(delay = RESCAN_DEBOUNCE_MS) {
    clearTimeout(debounce);
    if (idle !== undefined) cancelIdleCallback(idle);
    idle = undefined;
    debounce = setTimeout(() => {
      const snap = snapshot();
      if (result?.text === snap.text) { render(snap); return; }
      const run = chunkedScan(snap.text, env.policy(), scan, pieces);
      const step = (deadline?: IdleDeadline) => {
        idle = undefined;
        try {
          do {
            const done = run.step();
            if (done) {
              result = { text: snap.text, scan: done };
              render(snap);
              return;
            }
          } while (deadline && deadline.timeRemaining() > 8);
        } catch (error) {
          result = { text: snap.text, scan: undefined, error };
          render(snap);
          return;
        }
        idle = requestIdleCallback(step, { timeout: 500 });
      };
      // One piece scans right away; more (a long thread, a huge paste) wait for idle periods.
      if (snap.text.length <= CHUNK_SIZE) step(); else idle = requestIdleCallback(step, { timeout: 500 });
    }, delay);
  }

  /** The scan of exactly what would be sent now (Send cannot wait for idle time). */
  function currentScan(): { snap: Snapshot; scan: ScanResult | undefined; error?: unknown } {
    const snap = snapshot();
    if (result?.text !== snap.text) {
      try {
        result = { text: snap.text, scan: scanAll(snap.text, env.policy(), scan, pieces) };
      } catch (error) {
        result = { text: snap.text, scan: undefined, error };
      }
      render(snap);
    }
    return { snap, scan: result.scan, error: result.error };
  }

  function evaluate(): { decision: SendDecision; snap: Snapshot; recipients: Recipient[] } {
    const { snap, scan: scanned, error } = currentScan();
    const policy = env.policy();
    const recipients = box.recipients();
    const context: RecipientContext = { ...env.recipientContext(), replyAll: box.replyAll?.() };
    // Read at send time: single-page portals swap the thread (and its patient) without reloading.
    const threadPatient = scanned ? box.threadPatient?.() : undefined;
    if (threadPatient) context.threadPatient = threadPatient;
    const risk = scanned ? analyzeRecipients(recipients, { ...scanned, text: snap.text }, policy, context) : undefined;
    return { decision: decideSend(scanned, risk, policy, error), snap, recipients };
  }

  /** Stop the page (and the app) from seeing this event at all. */
  function hold(event: Event) {
    event.preventDefault();
    event.stopPropagation();
    event.stopImmediatePropagation();
  }

  /** A send attempt: let it through when nothing needs a decision, else hold it and ask. */
  function attempt(event: Event, make: () => SendAttempt) {
    if (replaying) return;
    if (prompt) { hold(event); return; } // one prompt per compose box; repeated clicks wait for it
    const { decision, snap, recipients } = evaluate();
    if (decision.action === 'send') return;
    hold(event);
    void openPrompt(make(), decision, snap, recipients);
  }

  function logInput(outcome: LogInput['outcome'], decision: SendDecision, text: string, recipients: readonly Recipient[], choice?: DisclosureDecision): Omit<LogInput, 'salt'> {
    return { outcome, site: location.host, text, findings: decision.findings, recipients, risk: decision.recipients, decision: choice };
  }

  async function openPrompt(sendAttempt: SendAttempt, decision: SendDecision, snap: Snapshot, recipients: Recipient[]) {
    const focus = deepActiveElement();
    let latest = { decision, snap, recipients };
    const close = (handle: PromptHandle) => {
      handle.close();
      prompt = undefined;
    };
    const propsFor = (d: SendDecision): DisclosurePromptProps => ({
      findings: d.findings,
      verdict: d.verdict,
      recipients: d.recipients,
      policy: env.policy(),
      blockedReasons: d.blockedReasons,
      onConfirm(choice) {
        void handle.then((h) => {
          if (!prompt) return;
          close(h);
          env.log(logInput('sent', latest.decision, latest.snap.text, latest.recipients, choice));
          if (latest.decision.verdict.phi) env.rememberRecipients(latest.recipients);
          replay(sendAttempt);
        });
      },
      onCancel() {
        void handle.then((h) => {
          if (!prompt) return;
          close(h);
          if (latest.decision.action !== 'block') env.log(logInput('cancelled', latest.decision, latest.snap.text, latest.recipients));
          if (isHTMLElement(focus) && focus.isConnected) focus.focus();
        });
      },
      onJump(finding) { selectFinding(finding); },
      onRedact(finding) {
        redactFinding(finding);
        latest = evaluate();
        void handle.then((h) => h.update(propsFor(latest.decision)));
      },
    });
    const handle = env.openPrompt(propsFor(decision));
    prompt = { handle, attempt: sendAttempt, focus, decision };
    if (decision.action === 'block') env.log(logInput('blocked', decision, snap.text, recipients));
    await handle;
  }

  /** Replay the held action exactly once, with the bypass set only while it is being dispatched. */
  function replay(held: SendAttempt) {
    replaying = true;
    try {
      if (held.kind === 'click') {
        const target = held.target.isConnected ? held.target : held.control;
        for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup'] as const) {
          const Ctor = type.startsWith('pointer') ? PointerEvent : MouseEvent;
          target.dispatchEvent(new Ctor(type, { ...held.init, bubbles: true, cancelable: true, composed: true }));
        }
        target.dispatchEvent(new MouseEvent('click', { ...held.init, bubbles: true, cancelable: true, composed: true }));
      } else if (held.kind === 'key') {
        const init = { ...held.init, bubbles: true, cancelable: true, composed: true };
        // In the target's own realm: an editor in an iframe gets that frame's KeyboardEvent.
        const Key = (held.target.ownerDocument.defaultView as (Window & typeof globalThis) | null)?.KeyboardEvent ?? KeyboardEvent;
        const proceed = held.target.dispatchEvent(new Key('keydown', init));
        if (proceed) held.target.dispatchEvent(new Key('keypress', init));
        held.target.dispatchEvent(new Key('keyup', init));
      } else {
        const submitter = held.submitter?.isConnected ? held.submitter : null;
        held.form.requestSubmit(submitter && 'form' in submitter && (submitter as HTMLButtonElement).form === held.form ? submitter : null);
      }
    } finally {
      replaying = false;
    }
  }

  function rangeOf(finding: Finding): Range | undefined {
    const snap = snapshot();
    return snap.map ? rangeForOffsets(snap.map, finding.start, finding.end) : undefined;
  }

  function selectFinding(finding: Finding) {
    const editor = box.editor();
    if (isTextArea(editor)) {
      editor.setSelectionRange(finding.start, finding.end);
      editor.scrollIntoView({ block: 'nearest' });
      return;
    }
    const range = rangeOf(finding);
    if (!range) return;
    // The editor's own window holds its selection (an iframe editor has its own).
    const selection = (editor?.ownerDocument ?? document).getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    range.startContainer.parentElement?.scrollIntoView({ block: 'nearest' });
  }

  /** Replace the finding through the editor's own editing path, so undo can bring it back. */
  function redactFinding(finding: Finding) {
    const editor = box.editor();
    if (!editor) return;
    const placeholder = `[${finding.type.replace(/_/g, ' ')} removed]`;
    editor.focus();
    selectFinding(finding);
    if (!editor.ownerDocument.execCommand('insertText', false, placeholder) && isTextArea(editor)) {
      editor.setRangeText(placeholder, finding.start, finding.end, 'end');
      editor.dispatchEvent(new Event('input', { bubbles: true }));
    }
  }

  // --- While typing ---------------------------------------------------------------------------------
  // Listeners sit on `window` and filter by the event's path. An editor in a same-origin iframe (TinyMCE,
  // CKEditor 4, older Outlook) gets its events in its own window, which never reach this one: `followEditor`
  // adds the same listeners there, and a path through that editor counts as in the box.
  let framed: { editor: HTMLElement; scope: AbortController } | undefined;
  const inPath = (path: readonly EventTarget[]) => path.includes(box.root) || (!!framed && path.includes(framed.editor));
  const inBox = (event: Event) => inPath(event.composedPath());
  const onTyping = (event: Event) => { if (inBox(event)) schedule(); };

  let frame: number | undefined;
  const reposition = () => {
    if (frame !== undefined) return;
    frame = requestAnimationFrame(() => {
      frame = undefined;
      const editor = box.editor();
      followEditor(editor);
      if (editor) marks.current?.place(editor);
      render();
    });
  };
  signal.addEventListener('abort', () => { if (frame !== undefined) cancelAnimationFrame(frame); }, { once: true });

  // Hovering a mark says what it is and why (highlights have no events of their own: hit-test the rects).
  const onMouseMove = (event: MouseEvent) => {
    const editor = box.editor();
    // A frame's mouse coordinates are in its own viewport; the marks' rects are in this one.
    const at = editor ? viewportOffset(editor.ownerDocument, document) : undefined;
    const over = editor && at && event.composedPath().includes(editor) ? marks.current?.hitTest(event.clientX + at.x, event.clientY + at.y) : undefined;
    const next = over ? { finding: over.finding, left: over.rect.left, top: over.rect.bottom + 6 } : undefined;
    if (next?.finding !== tooltip?.finding) { tooltip = next; render(); }
  };

  const keyInit = (e: KeyboardEvent): KeyboardEventInit => ({
    key: e.key, code: e.code, keyCode: e.keyCode, which: e.which, ctrlKey: e.ctrlKey, metaKey: e.metaKey,
    shiftKey: e.shiftKey, altKey: e.altKey, location: e.location, repeat: false, view: e.view ?? window,
  } as KeyboardEventInit);
  const onKeydown = (event: KeyboardEvent) => {
    // IME composition: Enter commits the composed text, it does not send (refined-github #4323 idea).
    if (event.isComposing || event.keyCode === 229) return;
    const path = event.composedPath();
    if (!inPath(path)) return;
    const target = isElement(path[0]) ? path[0] : box.root;
    const enter = event.key === 'Enter';
    if (enter && (event.ctrlKey || event.metaKey)) {
      attempt(event, () => ({ kind: 'key', target, init: keyInit(event), withKeyup: true }));
      return;
    }
    const control = box.sendControlIn(path);
    if (control && (enter || event.key === ' ') && !activatesNatively(path, control)) {
      // Native buttons turn Enter/Space into a click, which the click listener holds.
      attempt(event, () => ({ kind: 'key', target, init: keyInit(event), withKeyup: true }));
      return;
    }
    const editor = box.editor();
    if (enter && !event.shiftKey && !event.altKey && box.enterSends && editor && path.includes(editor) && !autocompleteOpen(target)) {
      attempt(event, () => ({ kind: 'key', target, init: keyInit(event), withKeyup: true }));
    }
  };
  const onKeyup = (event: KeyboardEvent) => {
    // Space activates a role=button on keyup: hold that half too while a prompt is open.
    if (replaying || event.key !== ' ') return;
    const path = event.composedPath();
    const control = box.sendControlIn(path);
    if (control && !activatesNatively(path, control) && prompt) hold(event);
  };

  /** What a window needs for typing, hovering and the keyboard ways of sending. */
  function listenIn(target: Window, scope: AbortSignal) {
    for (const type of ['input', 'paste', 'drop', 'cut']) on(target, type, onTyping, true, scope);
    on(target, 'scroll', reposition, true, scope);
    on(target, 'mousemove', onMouseMove, true, scope);
    on(target, 'keydown', onKeydown, true, scope);
    on(target, 'keyup', onKeyup, true, scope);
  }

  /**
   * Keep listeners and an observer on the editor's own window when it is not this one, and move them when
   * the frame is replaced or reloaded (a new document, so a new editor element).
   */
  function followEditor(editor: HTMLElement | undefined) {
    if (signal.aborted) return;
    const away = editor && editor.ownerDocument !== document ? editor : undefined;
    if (framed?.editor === away) return;
    framed?.scope.abort();
    framed = undefined;
    const win = away?.ownerDocument.defaultView;
    if (!away || !win) return;
    const scope = new AbortController();
    signal.addEventListener('abort', () => scope.abort(), { once: true, signal: scope.signal });
    framed = { editor: away, scope };
    listenIn(win, scope.signal);
    // This box's observer below cannot see into the frame's document.
    const frameObserver = new MutationObserver(() => schedule());
    frameObserver.observe(away, { childList: true, characterData: true, subtree: true });
    scope.signal.addEventListener('abort', () => frameObserver.disconnect(), { once: true });
  }

  listenIn(window, signal);
  // Apps rewrite the editor without input events (chips, signatures, templates): watch the box itself.
  const observer = new MutationObserver(() => schedule());
  observer.observe(box.root, { childList: true, characterData: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  on(window, 'resize', reposition);
  // A frame's load event stays in this document (it never reaches window): an editor frame (re)loaded.
  on(document, 'load', (event: Event) => {
    if (isElement(event.target) && event.target.tagName === 'IFRAME' && box.root.contains(event.target)) {
      followEditor(box.editor());
      schedule();
    }
  });
  followEditor(box.editor());

  // --- Every way of sending -------------------------------------------------------------------------
  // Presses on the send control are swallowed too: some apps send on mousedown/mouseup, not click.
  for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup']) {
    on(window, type, (event: MouseEvent) => {
      if (replaying || event.button !== 0 || !box.sendControlIn(event.composedPath())) return;
      if (prompt || evaluate().decision.action !== 'send') hold(event);
    });
  }
  on(window, 'click', (event: MouseEvent) => {
    const path = event.composedPath();
    const control = box.sendControlIn(path);
    if (!control) return;
    const target = isElement(path[0]) ? path[0] : control;
    attempt(event, () => ({
      kind: 'click', target, control,
      init: { clientX: event.clientX, clientY: event.clientY, screenX: event.screenX, screenY: event.screenY, button: 0, detail: event.detail, view: window },
    }));
  });
  on(window, 'submit', (event: SubmitEvent) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || !(form === box.form() || box.root.contains(form))) return;
    attempt(event, () => ({ kind: 'submit', form, submitter: event.submitter }));
  });

  return {
    rescanNow: () => currentScan().scan,
  };
}
