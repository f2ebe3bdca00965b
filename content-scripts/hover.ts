// Hover without touching the page: a passive, capture-phase pointermove listener, throttled to
// one probe per animation frame, asks the browser which text position is under the pointer
// (caretPositionFromPoint in Firefox and new Chrome, caretRangeFromPoint in older Chrome) and
// tests it against the flagged ranges touching that text node, then confirms with the figure's
// client rects (the caret APIs snap to the nearest character even over blank space).
import type { Flag, FlagStore } from './flags';

export interface CaretPoint {
  node: Node;
  offset: number;
}

type CaretDoc = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

export function caretAt(doc: Document, x: number, y: number): CaretPoint | null {
  const d = doc as CaretDoc;
  try {
    if (typeof d.caretPositionFromPoint === 'function') {
      const p = d.caretPositionFromPoint(x, y);
      return p ? { node: p.offsetNode, offset: p.offset } : null;
    }
    if (typeof d.caretRangeFromPoint === 'function') {
      const r = d.caretRangeFromPoint(x, y);
      return r ? { node: r.startContainer, offset: r.startOffset } : null;
    }
  } catch {
    // A page-side exotic element under the pointer: no hit.
  }
  return null;
}

/** Is (x, y) inside one of the range's boxes (2 px of slack for antialiased edges)? */
export function rectsContain(range: Range, x: number, y: number, slack = 2): DOMRect | null {
  const rects = range.getClientRects();
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i] as DOMRect;
    if (x >= r.left - slack && x <= r.right + slack && y >= r.top - slack && y <= r.bottom + slack) return r;
  }
  return null;
}

/** The flag under (x, y), with the box the pointer is on. */
export function hitTest(doc: Document, store: FlagStore, x: number, y: number): { flag: Flag; rect: DOMRect } | null {
  const caret = caretAt(doc, x, y);
  if (!caret || caret.node.nodeType !== 3) return null;
  for (const flag of store.touching(caret.node)) {
    let inside = false;
    try {
      inside = flag.range.isPointInRange(caret.node, caret.offset);
    } catch {
      inside = false;
    }
    if (!inside) continue;
    const rect = rectsContain(flag.range, x, y);
    if (rect) return { flag, rect };
  }
  return null;
}

export interface HoverOptions {
  doc: Document;
  store: FlagStore;
  /** True when the event's target is Sanad's own tooltip. */
  isOwnTarget: (target: EventTarget | null) => boolean;
  onHit: (flag: Flag, rect: DOMRect) => void;
  onMiss: () => void;
  onOwn: () => void;
}

/** Starts hover tracking; returns the function that stops it. */
export function trackHover(o: HoverOptions): () => void {
  const win = o.doc.defaultView;
  let x = 0;
  let y = 0;
  let own = false;
  let frame = 0;
  const probe = () => {
    frame = 0;
    if (own) {
      o.onOwn();
      return;
    }
    if (o.store.list().length === 0) return;
    const hit = hitTest(o.doc, o.store, x, y);
    if (hit) o.onHit(hit.flag, hit.rect);
    else o.onMiss();
  };
  const onMove = (e: PointerEvent) => {
    if (!e.isTrusted || e.pointerType === 'touch') return;
    x = e.clientX;
    y = e.clientY;
    own = o.isOwnTarget(e.target);
    if (!frame) frame = win ? win.requestAnimationFrame(probe) : 0;
  };
  o.doc.addEventListener('pointermove', onMove, { passive: true, capture: true });
  return () => {
    o.doc.removeEventListener('pointermove', onMove, { capture: true });
    if (frame && win) win.cancelAnimationFrame(frame);
  };
}
