// Locating: block-string offsets → a DOM Range through the block's segment table. Why separate
// from finding (hypothesis' text-range split): the engine works in text space and never sees the
// DOM; this module is the only place that turns its spans into nodes, and it refuses to do so
// when the text under a span changed since the snapshot (a stale range would paint the wrong words).

export interface Segments {
  text: string;
  nodes: readonly Text[];
  starts: readonly number[];
  lens: readonly number[];
}

/** Index of the first segment that ends after `pos` (contains it, or follows a separator gap). */
function firstEndingAfter(seg: Segments, pos: number): number {
  let lo = 0;
  let hi = seg.nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((seg.starts[mid] as number) + (seg.lens[mid] as number) > pos) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Index of the last segment that starts before `pos`. */
function lastStartingBefore(seg: Segments, pos: number): number {
  let lo = 0;
  let hi = seg.nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((seg.starts[mid] as number) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * The Range covering [start, end) of `seg.text`, spanning several text nodes when the figure does,
 * or null when the span is empty, out of bounds, or its nodes changed or left the document.
 */
export function locate(seg: Segments, start: number, end: number, doc: Document = document): Range | null {
  if (!(start >= 0 && end > start && end <= seg.text.length)) return null;
  const i = firstEndingAfter(seg, start);
  const j = lastStartingBefore(seg, end);
  if (i >= seg.nodes.length || j < i) return null;
  // Every piece of the span must still read as it did in the snapshot.
  for (let k = i; k <= j; k++) {
    const node = seg.nodes[k] as Text;
    const s = seg.starts[k] as number;
    const len = seg.lens[k] as number;
    if (!node.isConnected || node.data.length !== len) return null;
    const a = Math.max(start, s) - s;
    const b = Math.min(end, s + len) - s;
    if (node.data.slice(a, b) !== seg.text.slice(s + a, s + b)) return null;
  }
  const range = doc.createRange();
  range.setStart(seg.nodes[i] as Text, Math.max(0, start - (seg.starts[i] as number)));
  range.setEnd(seg.nodes[j] as Text, Math.min(seg.lens[j] as number, end - (seg.starts[j] as number)));
  return range;
}

/** A located range is alive while both of its boundary nodes are still in the document. */
export function rangeAlive(range: Range): boolean {
  const start = range.startContainer;
  // Most figures lie in one text node: one connectedness check (thousands of flags on big pages).
  return start.isConnected && (range.endContainer === start || range.endContainer.isConnected) && !range.collapsed;
}
