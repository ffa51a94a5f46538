import { describe, expect, it } from 'vitest';
import { isElement, isHTMLElement, isTextArea } from '../sites/dom';
import { framesBetween, NO_OFFSET, offsetThrough, translateRect, viewportOffset, type FrameBox } from './frames';

const rect = (left: number, top: number, width: number, height: number) => ({ left, top, width, height, right: left + width, bottom: top + height });

describe('iframe editor geometry', () => {
  it('no frames, no offset; the same rect object comes back untouched', () => {
    const r = rect(10, 20, 30, 40);
    expect(offsetThrough([])).toEqual({ x: 0, y: 0 });
    expect(translateRect(r, NO_OFFSET)).toBe(r);
  });

  it('a frame offsets by its box, border and padding', () => {
    const frame: FrameBox = { rect: { left: 100, top: 50 }, clientLeft: 1, clientTop: 2, paddingLeft: 4, paddingTop: 3 };
    expect(offsetThrough([frame])).toEqual({ x: 105, y: 55 });
    expect(translateRect(rect(10, 20, 30, 40), offsetThrough([frame]))).toEqual(rect(115, 75, 30, 40));
  });

  it('nested frames add up (a CKEditor inside a portal frame)', () => {
    const inner: FrameBox = { rect: { left: 8, top: 8 }, clientLeft: 1, clientTop: 1, paddingLeft: 0, paddingTop: 0 };
    const outer: FrameBox = { rect: { left: 200, top: -30 }, clientLeft: 0, clientTop: 0, paddingLeft: 0, paddingTop: 0 };
    expect(offsetThrough([inner, outer])).toEqual({ x: 209, y: -21 });
  });

  it('framesBetween walks frameElement up to the top document and stops at an unreachable parent', () => {
    const top = { defaultView: { frameElement: null } } as unknown as Document;
    const outerFrame = { ownerDocument: top } as unknown as HTMLIFrameElement;
    const middle = { defaultView: { frameElement: outerFrame } } as unknown as Document;
    const innerFrame = { ownerDocument: middle } as unknown as HTMLIFrameElement;
    const inner = { defaultView: { frameElement: innerFrame } } as unknown as Document;
    expect(framesBetween(inner, top)).toEqual([innerFrame, outerFrame]);
    expect(framesBetween(top, top)).toEqual([]);
    const orphan = { defaultView: { get frameElement() { throw new Error('cross-origin'); } } } as unknown as Document;
    expect(framesBetween(orphan, top)).toEqual([]);
    expect(viewportOffset(top, top)).toBe(NO_OFFSET);
  });
});

describe('realm-free element checks (nodes of an iframe are not instanceof this window\'s classes)', () => {
  const html = 'http://www.w3.org/1999/xhtml';
  it.each<[string, unknown, boolean, boolean, boolean]>([
    ['an HTML textarea', { nodeType: 1, namespaceURI: html, tagName: 'TEXTAREA' }, true, true, true],
    ['an HTML body', { nodeType: 1, namespaceURI: html, tagName: 'BODY' }, true, true, false],
    ['an SVG element', { nodeType: 1, namespaceURI: 'http://www.w3.org/2000/svg', tagName: 'path' }, true, false, false],
    ['a text node', { nodeType: 3 }, false, false, false],
    ['a document', { nodeType: 9 }, false, false, false],
    ['a window-like object', {}, false, false, false],
    ['null', null, false, false, false],
  ])('%s', (_, node, element, htmlElement, textarea) => {
    expect(isElement(node)).toBe(element);
    expect(isHTMLElement(node)).toBe(htmlElement);
    expect(isTextArea(node)).toBe(textarea);
  });
});
