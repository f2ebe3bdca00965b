// Which flags to register as highlights on a page with many of them. Why: after every
// CSS.highlights change Chromium re-paints every registered range, visible or not (a 1 MB page
// with 435 flags: a 41 ms paint; 5 MB with 2,209: ~150 ms of jank after each change). On such
// pages only the flags within a few screens of the viewport are registered, and the window moves
// with scrolling.

/** Up to this many flags, all are registered (the paint stays a few ms). */
export const REGISTER_ALL_UP_TO = 200;
/** Screens above and below the viewport whose flags are registered too (so a scroll finds them painted). */
const MARGIN_SCREENS = 2;

interface Positioned {
  range: { getBoundingClientRect(): { top: number; bottom: number } };
}

/**
 * [from, to) of the flags (in document order) to register: all of them on a small page, else those
 * whose box lies within MARGIN_SCREENS of the viewport. Document order is top-to-bottom order on
 * article pages, so two binary searches find the window with a few dozen box reads.
 */
export function nearViewport(flags: readonly Positioned[], viewportHeight: number): [number, number] {
  const n = flags.length;
  if (n <= REGISTER_ALL_UP_TO || !(viewportHeight > 0)) return [0, n];
  const top = -MARGIN_SCREENS * viewportHeight;
  const bottom = (MARGIN_SCREENS + 1) * viewportHeight;
  const box = (i: number) => (flags[i] as Positioned).range.getBoundingClientRect();
  // First flag whose box ends below `top`.
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (box(mid).bottom < top) lo = mid + 1;
    else hi = mid;
  }
  const from = lo;
  // First flag whose box starts below `bottom`.
  hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (box(mid).top <= bottom) lo = mid + 1;
    else hi = mid;
  }
  return [from, Math.max(from, lo)];
}
