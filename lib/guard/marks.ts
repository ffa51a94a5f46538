import type { Finding, FindingCategory } from '../detect/types';
import { isTextArea } from '../sites/dom';
import { translateRect, viewportOffset, type ViewRect } from './frames';
import { rangeForOffsets, type EditorText } from './text-map';

/**
 * Findings marked in place without touching the editor: the CSS Custom Highlight API for contenteditable
 * (Ranges over the editor's own text nodes, so content and undo stay intact), and a mirror overlay for a
 * textarea (whose text has no DOM nodes to range over).
 */

const CATEGORIES: readonly FindingCategory[] = ['identifier', 'health', 'sensitive', 'psychotherapy'];
export const HIGHLIGHT_PREFIX = 'phi-guard-';

const HIGHLIGHT_CSS = `
::highlight(phi-guard-identifier) { background-color: rgb(255 214 0 / 0.35); text-decoration: underline wavy rgb(176 96 0); }
::highlight(phi-guard-health) { background-color: rgb(255 150 60 / 0.3); text-decoration: underline wavy rgb(176 60 0); }
::highlight(phi-guard-sensitive) { background-color: rgb(230 60 60 / 0.25); text-decoration: underline wavy rgb(168 32 26); }
::highlight(phi-guard-psychotherapy) { background-color: rgb(150 60 200 / 0.25); text-decoration: underline wavy rgb(100 30 150); }
`;

const OVERLAY_COLORS: Record<FindingCategory, string> = {
  identifier: 'rgb(255 214 0 / 0.35)', health: 'rgb(255 150 60 / 0.3)',
  sensitive: 'rgb(230 60 60 / 0.25)', psychotherapy: 'rgb(150 60 200 / 0.25)',
};

/**
 * The page-wide highlights of the editor's window: every compose box adds its own ranges and removes only
 * those. Highlights are per window, so an editor in an iframe gets them (and their style) in that frame.
 */
function sharedHighlight(category: FindingCategory, doc: Document): Highlight | undefined {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  if (!win || typeof win.CSS === 'undefined' || !('highlights' in win.CSS) || typeof win.Highlight === 'undefined') return undefined;
  const name = HIGHLIGHT_PREFIX + category;
  let highlight = win.CSS.highlights.get(name);
  if (!highlight) {
    highlight = new win.Highlight();
    win.CSS.highlights.set(name, highlight);
  }
  if (!doc.getElementById('phi-guard-highlight-style')) {
    const style = doc.createElement('style');
    style.id = 'phi-guard-highlight-style';
    style.textContent = HIGHLIGHT_CSS;
    (doc.head ?? doc.documentElement).append(style);
  }
  return highlight;
}

const MIRRORED = [
  'boxSizing', 'width', 'height', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
  'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'borderStyle',
  'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'letterSpacing', 'lineHeight', 'textTransform',
  'wordSpacing', 'textIndent', 'tabSize', 'direction', 'textAlign',
] as const;

/** A finding's rects, in the viewport of the guard's document (a frame's rects are offset into it). */
export interface Mark { finding: Finding; rects(): ViewRect[] }

export class FindingMarks {
  private ranges: { highlight: Highlight; range: Range }[] = [];
  private marks: Mark[] = [];
  private mirror: HTMLDivElement | undefined;

  constructor(private readonly layer: HTMLElement) {}

  /** Replace the marks of this editor with `findings`. */
  show(editor: HTMLElement, findings: readonly Finding[], map: EditorText | undefined, text: string): void {
    this.clear();
    if (isTextArea(editor)) this.showOverlay(editor, findings, text);
    else if (map) this.showHighlights(editor.ownerDocument, findings, map);
  }

  private showHighlights(doc: Document, findings: readonly Finding[], map: EditorText) {
    const inFrame = doc !== document;
    for (const finding of findings) {
      const range = rangeForOffsets(map, finding.start, finding.end);
      if (!range) continue;
      const highlight = sharedHighlight(finding.category, doc);
      if (highlight) {
        highlight.add(range);
        this.ranges.push({ highlight, range });
      }
      // Read the frame's offset at hit-test time: the page and the frame scroll independently.
      this.marks.push({ finding, rects: () => inFrame ? [...range.getClientRects()].map((r) => translateRect(r, viewportOffset(doc, document))) : [...range.getClientRects()] });
    }
  }

  private showOverlay(textarea: HTMLTextAreaElement, findings: readonly Finding[], text: string) {
    const mirror = document.createElement('div');
    mirror.className = 'phig-overlay';
    mirror.setAttribute('data-testid', 'phi-overlay');
    mirror.setAttribute('aria-hidden', 'true');
    const computed = getComputedStyle(textarea);
    for (const prop of MIRRORED) mirror.style[prop] = computed[prop];
    Object.assign(mirror.style, {
      position: 'fixed', margin: '0', overflow: 'hidden', whiteSpace: 'pre-wrap', overflowWrap: 'break-word',
      color: 'transparent', borderColor: 'transparent', background: 'transparent', pointerEvents: 'none',
    });
    let at = 0;
    for (const finding of findings) {
      if (finding.start < at) continue; // overlapping findings of two categories: the first one draws
      mirror.append(text.slice(at, finding.start));
      const mark = document.createElement('mark');
      mark.textContent = text.slice(finding.start, finding.end);
      mark.dataset.type = finding.type;
      Object.assign(mark.style, {
        color: 'transparent', background: OVERLAY_COLORS[finding.category], borderRadius: '2px',
        borderBottom: '2px solid rgb(168 32 26 / 0.7)',
      });
      mirror.append(mark);
      this.marks.push({ finding, rects: () => [...mark.getClientRects()] });
      at = finding.end;
    }
    mirror.append(text.slice(at) + '\u200b'); // a trailing newline still takes a line
    this.layer.append(mirror);
    this.mirror = mirror;
    this.place(textarea);
  }

  /** Keep the overlay on top of its textarea (scrolling, resizing). */
  place(editor: HTMLElement): void {
    if (!this.mirror || !isTextArea(editor)) return;
    const rect = editor.getBoundingClientRect();
    Object.assign(this.mirror.style, { left: `${rect.left}px`, top: `${rect.top}px`, width: `${rect.width}px`, height: `${rect.height}px` });
    this.mirror.scrollTop = editor.scrollTop;
    this.mirror.scrollLeft = editor.scrollLeft;
  }

  /** The finding under a point of the viewport, for the hover explanation. */
  hitTest(x: number, y: number): { finding: Finding; rect: ViewRect } | undefined {
    for (const mark of this.marks) {
      for (const rect of mark.rects()) {
        if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return { finding: mark.finding, rect };
      }
    }
    return undefined;
  }

  get count(): number { return this.marks.length; }

  clear(): void {
    for (const { highlight, range } of this.ranges) highlight.delete(range);
    this.ranges = [];
    this.marks = [];
    this.mirror?.remove();
    this.mirror = undefined;
  }
}

export { CATEGORIES as HIGHLIGHT_CATEGORIES };
