/**
 * The text of a compose editor, with a map from text offsets back to DOM text nodes, so findings (offsets
 * into the text) can be shown as Ranges without touching the editor's content.
 */

export interface TextSegment {
  /** The text node, or undefined for a line break the walk added (a <br> or a block boundary). */
  node: Text | undefined;
  /** Offset of this segment in the whole text. */
  start: number;
  length: number;
}

export interface EditorText {
  text: string;
  segments: TextSegment[];
}

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGURE', 'FOOTER', 'FORM',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE',
  'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/** Text of a contenteditable the way a reader sees it: blocks and <br> become line breaks. */
export function readEditableText(editor: Element): EditorText {
  const segments: TextSegment[] = [];
  let text = '';
  const push = (node: Text | undefined, value: string) => {
    if (!value) return;
    segments.push({ node, start: text.length, length: value.length });
    text += value;
  };
  const newline = () => { if (text.length > 0 && !text.endsWith('\n')) push(undefined, '\n'); };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        push(child as Text, (child as Text).data);
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const el = child as Element;
        if (SKIP.has(el.tagName)) continue;
        if (el.tagName === 'BR') { push(undefined, '\n'); continue; }
        const block = BLOCK.has(el.tagName);
        if (block) newline();
        walk(el);
        if (block) newline();
      }
    }
  };
  walk(editor);
  return { text, segments };
}

/** Where a text offset falls in the DOM. Offsets inside an added line break snap to the next text node. */
function locate(segments: readonly TextSegment[], offset: number, preferEnd: boolean): { node: Text; offset: number } | undefined {
  // Binary search: the last segment starting at or before offset.
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid]!.start <= offset) lo = mid; else hi = mid - 1;
  }
  for (let i = lo; i < segments.length && i >= 0; preferEnd ? i-- : i++) {
    const seg = segments[i]!;
    if (!seg.node) continue;
    const within = Math.min(Math.max(offset - seg.start, 0), seg.length);
    return { node: seg.node, offset: within };
  }
  return undefined;
}

/** A Range over [start, end) of the text, or undefined when the DOM changed under the map. */
export function rangeForOffsets(map: EditorText, start: number, end: number): Range | undefined {
  const from = locate(map.segments, start, false);
  const to = locate(map.segments, Math.max(start, end - 1), true);
  if (!from || !to || !from.node.isConnected || !to.node.isConnected) return undefined;
  // The editor's own document makes the Range: an editor in an iframe is highlighted by that frame's window.
  const range = from.node.ownerDocument.createRange();
  try {
    range.setStart(from.node, from.offset);
    // end-1 located, then one past it: the last character stays inside its own node.
    const toSeg = map.segments.find((s) => s.node === to.node)!;
    range.setEnd(to.node, Math.min(end - toSeg.start, toSeg.length));
  } catch {
    return undefined;
  }
  return range.collapsed ? undefined : range;
}
