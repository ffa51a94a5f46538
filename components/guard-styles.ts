/**
 * Styles of the guard UI, as a string for the shadow root (createShadowRootUi({ css: GUARD_CSS })).
 * Every selector is :host or starts with a .phig- class, so nothing reaches the page even if this text were
 * injected into the document by mistake. Sizes are in em (from the user's default font size, not the page's
 * rem) so the UI follows browser zoom and text-size settings; the dialog scrolls instead of overflowing.
 */
export const GUARD_CSS = String.raw`
:host { all: initial; }

.phig-root {
  --phig-fg: #1b1b1f;
  --phig-muted: #44474e;
  --phig-bg: #ffffff;
  --phig-surface: #f3f4f7;
  --phig-border: #74777f;
  --phig-primary: #0b57d0;
  --phig-primary-fg: #ffffff;
  --phig-danger: #a8201a;
  --phig-danger-bg: #fdecea;
  --phig-warn: #7a4d00;
  --phig-warn-bg: #fff4d6;
  --phig-ok: #146c2e;
  --phig-focus: #0b57d0;
  box-sizing: border-box;
  color: var(--phig-fg);
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  font-size: medium;
  font-weight: 400;
  line-height: 1.45;
  text-align: start;
  letter-spacing: normal;
}
@media (prefers-color-scheme: dark) {
  .phig-root {
    --phig-fg: #e3e2e6;
    --phig-muted: #c4c6d0;
    --phig-bg: #1b1b1f;
    --phig-surface: #2a2a2f;
    --phig-border: #8e9099;
    --phig-primary: #a8c7fa;
    --phig-primary-fg: #062e6f;
    --phig-danger: #ffb4ab;
    --phig-danger-bg: #410002;
    --phig-warn: #ffddb0;
    --phig-warn-bg: #3d2a00;
    --phig-ok: #8fd8a0;
    --phig-focus: #a8c7fa;
  }
}
.phig-root *, .phig-root *::before, .phig-root *::after { box-sizing: inherit; }
.phig-root :focus-visible { outline: 0.1875em solid var(--phig-focus); outline-offset: 0.125em; }
.phig-sr {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
.phig-muted { color: var(--phig-muted); }

/* Dialog */
.phig-backdrop {
  position: fixed; inset: 0; z-index: 2147483647;
  display: flex; align-items: center; justify-content: center;
  padding: 1em; background: rgb(0 0 0 / 0.45);
}
.phig-dialog {
  display: flex; flex-direction: column;
  width: min(44em, 100%); max-height: 100%;
  background: var(--phig-bg); color: var(--phig-fg);
  border: 1px solid var(--phig-border); border-radius: 0.75em;
  box-shadow: 0 0.5em 2em rgb(0 0 0 / 0.35);
  overflow: hidden;
}
.phig-dialog:focus, .phig-dialog:focus-visible { outline: none; } /* not a control: focus lands here only on open */
.phig-header { padding: 1em 1.25em 0.5em; border-bottom: 1px solid var(--phig-surface); }
.phig-title { margin: 0 0 0.25em; font-size: 1.25em; font-weight: 700; line-height: 1.3; }
.phig-description { margin: 0; color: var(--phig-muted); }
.phig-body { flex: 1 1 auto; min-height: 0; overflow: auto; padding: 0.5em 1.25em 1em; overscroll-behavior: contain; }
.phig-footer {
  padding: 0.75em 1.25em 1em; border-top: 1px solid var(--phig-surface);
  display: flex; flex-direction: column; gap: 0.5em;
}
.phig-footer p { margin: 0; }
.phig-unmet { color: var(--phig-warn); }
.phig-actions { display: flex; flex-wrap: wrap; justify-content: flex-end; gap: 0.5em; }

.phig-section, .phig-recipients, .phig-fieldset { margin: 1em 0 0; }
.phig-section-title { margin: 0 0 0.5em; padding: 0; font-size: 1.05em; font-weight: 700; }
.phig-group { margin: 0 0 0.75em; }
.phig-group-title { margin: 0 0 0.25em; font-size: 0.95em; font-weight: 700; }
.phig-count { font-weight: 400; color: var(--phig-muted); }
.phig-list { margin: 0; padding: 0; list-style: none; }

/* Findings */
.phig-finding {
  display: flex; flex-wrap: wrap; align-items: center; gap: 0.25em 0.75em;
  padding: 0.25em 0.5em; margin: 0 0 0.25em; border-radius: 0.375em; background: var(--phig-surface);
}
.phig-finding-main { flex: 1 1 14em; min-width: 0; overflow-wrap: anywhere; }
.phig-finding-type { font-weight: 600; margin-inline-end: 0.5em; }
.phig-finding-text { font-family: ui-monospace, "SF Mono", Consolas, monospace; font-size: 0.95em; }
.phig-finding-actions { display: flex; gap: 0.375em; flex: 0 0 auto; }
.phig-group--sensitive .phig-finding, .phig-group--psychotherapy .phig-finding { border-inline-start: 0.25em solid var(--phig-warn); }
.phig-why { flex: 1 1 100%; font-size: 0.9em; }
.phig-why[hidden] { display: none; }
.phig-explain { display: grid; grid-template-columns: max-content 1fr; gap: 0.125em 0.75em; margin: 0.25em 0 0; }
.phig-explain dt { font-weight: 600; }
.phig-explain dd { margin: 0; overflow-wrap: anywhere; }

/* Recipients */
.phig-recipient { padding: 0.25em 0; overflow-wrap: anywhere; }
.phig-recipient-field { font-size: 0.8em; font-weight: 700; color: var(--phig-muted); }
.phig-signals { margin: 0.25em 0 0.25em 1em; padding: 0; list-style: none; }
.phig-signal { margin: 0 0 0.25em; }
.phig-tag {
  display: inline-block; padding: 0 0.4em; border-radius: 0.25em; font-size: 0.8em; font-weight: 700;
  border: 1px solid currentColor;
}
.phig-tag--note { color: var(--phig-muted); }
.phig-tag--acknowledge { color: var(--phig-warn); background: var(--phig-warn-bg); }
.phig-tag--block { color: var(--phig-danger); background: var(--phig-danger-bg); }

/* Form controls */
.phig-fieldset { border: 1px solid var(--phig-border); border-radius: 0.5em; padding: 0.5em 0.75em 0.75em; }
.phig-fieldset > legend { padding: 0 0.25em; }
.phig-radio, .phig-check {
  display: flex; align-items: flex-start; gap: 0.6em; padding: 0.3em 0.25em; border-radius: 0.375em;
}
.phig-radio { cursor: pointer; }
.phig-radio:hover { background: var(--phig-surface); }
.phig-check { margin: 0.75em 0 0; background: var(--phig-warn-bg); padding: 0.5em 0.6em; }
.phig-radio input, .phig-check input {
  flex: 0 0 auto; width: 1.15em; height: 1.15em; margin: 0.15em 0 0; accent-color: var(--phig-primary);
}
.phig-radio-text { display: flex; flex-direction: column; }
.phig-radio-label { font-weight: 600; }
.phig-radio-text .phig-muted { font-size: 0.9em; }
.phig-check label { cursor: pointer; }

/* Notices */
.phig-blocked, .phig-notice--block {
  margin: 0.75em 0 0; padding: 0.75em; border-radius: 0.5em;
  background: var(--phig-danger-bg); color: var(--phig-fg); border: 1px solid var(--phig-danger);
}
.phig-blocked > p { margin: 0.5em 0 0; }
.phig-blocked .phig-list { list-style: disc; padding-inline-start: 1.25em; }

/* Buttons */
.phig-btn {
  font: inherit; font-weight: 600; cursor: pointer;
  min-height: 2.5em; padding: 0.4em 1em; border-radius: 0.5em;
  color: var(--phig-primary); background: var(--phig-bg); border: 1px solid var(--phig-border);
}
.phig-btn:hover { background: var(--phig-surface); }
.phig-btn--small { min-height: 2em; padding: 0.15em 0.6em; font-size: 0.9em; }
.phig-btn--quiet { border-color: transparent; background: transparent; }
.phig-btn--primary { color: var(--phig-primary-fg); background: var(--phig-primary); border-color: var(--phig-primary); }
.phig-btn--primary:hover { filter: brightness(1.1); background: var(--phig-primary); }
.phig-btn:disabled, .phig-btn:disabled:hover {
  cursor: not-allowed; filter: none; color: var(--phig-muted); background: var(--phig-surface); border-color: var(--phig-border);
}

/* Status badge */
.phig-badge {
  display: inline-flex; align-items: center; gap: 0.35em;
  padding: 0.1em 0.55em; border-radius: 1em; font-size: 0.8em; font-weight: 600; line-height: 1.5;
  border: 1px solid currentColor; background: var(--phig-bg); white-space: nowrap;
}
.phig-badge--clear { color: var(--phig-ok); }
.phig-badge--phi { color: var(--phig-warn); background: var(--phig-warn-bg); }
.phig-badge--sensitive { color: var(--phig-danger); background: var(--phig-danger-bg); }
.phig-badge--scanning { color: var(--phig-muted); }
.phig-badge--error { color: var(--phig-danger); }
.phig-badge-icon { font-weight: 800; }

/* Tooltip */
.phig-tooltip {
  max-width: min(24em, calc(100vw - 1em)); padding: 0.5em 0.75em; font-size: 0.875em;
  background: var(--phig-bg); color: var(--phig-fg);
  border: 1px solid var(--phig-border); border-radius: 0.5em; box-shadow: 0 0.25em 1em rgb(0 0 0 / 0.25);
}
.phig-tooltip--placed { position: fixed; z-index: 2147483647; }
.phig-tooltip-title { margin: 0 0 0.25em; font-weight: 700; }

/* Short viewports (200% zoom, small windows): scroll the whole dialog so the body never shrinks to a sliver. */
@media (max-height: 36em) {
  .phig-backdrop { align-items: flex-start; overflow: auto; padding: 0.5em; }
  .phig-dialog { max-height: none; overflow: visible; }
  .phig-body { overflow: visible; }
  .phig-title { font-size: 1.1em; }
}
@media (max-width: 30em) {
  .phig-header, .phig-body, .phig-footer { padding-inline: 0.75em; }
}

@media (prefers-reduced-motion: no-preference) {
  .phig-btn, .phig-radio { transition: background-color 0.12s; }
}
@media (forced-colors: active) {
  .phig-dialog, .phig-badge, .phig-tooltip, .phig-btn { border: 1px solid CanvasText; }
  .phig-btn:disabled { color: GrayText; }
}
`;
