// A windowed list with a fixed row height: only the rows in (or near) the viewport exist in the
// DOM, so 10,000 facts cost what 10 do. Rows are absolutely placed inside a spacer of full height.
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

export interface VirtualListProps {
  count: number;
  rowHeight: number;
  renderRow(index: number): ComponentChildren;
  /** Stable key per row. */
  rowKey(index: number): string;
  label: string;
  /** Used until the viewport can be measured (and in jsdom, which has no layout). */
  fallbackHeight?: number;
  overscan?: number;
  /** Changing it scrolls back to the top (a new search or sort). */
  resetKey?: string;
}

export function visibleRange(scrollTop: number, viewport: number, rowHeight: number, count: number, overscan: number): [number, number] {
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(count, Math.ceil((scrollTop + viewport) / rowHeight) + overscan);
  return [first, Math.max(first, last)];
}

export function VirtualList({ count, rowHeight, renderRow, rowKey, label, fallbackHeight = 640, overscan = 4, resetKey }: VirtualListProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(fallbackHeight);
  const frame = useRef(0);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setViewport(el.clientHeight > 0 ? el.clientHeight : fallbackHeight);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [fallbackHeight]);

  useEffect(() => {
    if (ref.current) ref.current.scrollTop = 0;
    setScrollTop(0);
  }, [resetKey]);

  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  const onScroll = () => {
    if (typeof requestAnimationFrame === 'undefined') return setScrollTop(ref.current?.scrollTop ?? 0);
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(() => setScrollTop(ref.current?.scrollTop ?? 0));
  };

  const [first, last] = visibleRange(scrollTop, viewport, rowHeight, count, overscan);
  const rows: ComponentChildren[] = [];
  for (let i = first; i < last; i++) {
    rows.push(
      <div key={rowKey(i)} class="vlist__row" role="listitem" aria-posinset={i + 1} aria-setsize={count} style={{ top: `${i * rowHeight}px`, height: `${rowHeight}px` }}>
        {renderRow(i)}
      </div>,
    );
  }
  return (
    <div ref={ref} class="vlist" onScroll={onScroll}>
      <div class="vlist__spacer" role="list" aria-label={label} style={{ height: `${count * rowHeight}px` }}>
        {rows}
      </div>
    </div>
  );
}
