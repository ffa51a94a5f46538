/**
 * Geometry for editors that live in a same-origin iframe (TinyMCE, CKEditor 4, older Outlook on the web):
 * their client rects are in the frame's viewport, while the guard's badge, tooltip and hit-tests are in the
 * viewport of the document that holds Send. No DOM reads in the pure helpers, so they can be unit-tested.
 */

/** The part of DOMRect the view uses; translated rects are plain objects. */
export type ViewRect = Pick<DOMRectReadOnly, 'left' | 'top' | 'right' | 'bottom' | 'width' | 'height'>;

export interface Offset { x: number; y: number }

export const NO_OFFSET: Offset = Object.freeze({ x: 0, y: 0 });

export function translateRect(rect: ViewRect, by: Offset): ViewRect {
  if (by.x === 0 && by.y === 0) return rect;
  return {
    left: rect.left + by.x, right: rect.right + by.x, top: rect.top + by.y, bottom: rect.bottom + by.y,
    width: rect.width, height: rect.height,
  };
}

/** A frame element as this module needs it: its box in its own document, border, padding. */
export interface FrameBox {
  rect: Pick<DOMRectReadOnly, 'left' | 'top'>;
  clientLeft: number;
  clientTop: number;
  paddingLeft: number;
  paddingTop: number;
}

/** Where the innermost frame's viewport starts, in the outer viewport: each frame's content-box origin, summed. */
export function offsetThrough(frames: readonly FrameBox[]): Offset {
  let x = 0;
  let y = 0;
  for (const f of frames) {
    x += f.rect.left + f.clientLeft + f.paddingLeft;
    y += f.rect.top + f.clientTop + f.paddingTop;
  }
  return { x, y };
}

/** The iframe elements between a node's document and `top` (innermost first); empty when it is `top`. */
export function framesBetween(doc: Document, top: Document): HTMLIFrameElement[] {
  const out: HTMLIFrameElement[] = [];
  for (let current = doc; current !== top;) {
    let frame: Element | null = null;
    try {
      frame = current.defaultView?.frameElement ?? null;
    } catch {
      frame = null; // a cross-origin parent: never the case for an editor the adapter could read
    }
    if (!frame) break;
    out.push(frame as HTMLIFrameElement);
    current = frame.ownerDocument;
  }
  return out;
}

/** Offset of `doc`'s viewport in `top`'s viewport, read now (frames scroll and move). */
export function viewportOffset(doc: Document, top: Document): Offset {
  if (doc === top) return NO_OFFSET;
  return offsetThrough(framesBetween(doc, top).map((frame) => {
    const style = frame.ownerDocument.defaultView?.getComputedStyle(frame);
    return {
      rect: frame.getBoundingClientRect(),
      clientLeft: frame.clientLeft,
      clientTop: frame.clientTop,
      paddingLeft: parseFloat(style?.paddingLeft ?? '') || 0,
      paddingTop: parseFloat(style?.paddingTop ?? '') || 0,
    };
  }));
}

/**
 * The box to anchor the badge to: the editor itself in this document; for an editor in a frame, the
 * outermost frame element here (a frame's body is often shorter than the frame the user sees).
 */
export function anchorRect(editor: Element, top: Document): ViewRect {
  if (editor.ownerDocument === top) return editor.getBoundingClientRect();
  const frames = framesBetween(editor.ownerDocument, top);
  const outer = frames.at(-1);
  return outer && outer.ownerDocument === top ? outer.getBoundingClientRect() : translateRect(editor.getBoundingClientRect(), viewportOffset(editor.ownerDocument, top));
}
