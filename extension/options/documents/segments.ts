// Splits a document's text around its facts' quotes, so quotes can be wrapped in <mark> elements
// as text children (no HTML is ever built). Overlapping quotes are split at every boundary; each
// piece lists the facts whose quote covers it.
import type { Fact } from '../../../core/facts/model';
import { locateQuote } from '../facts/form-model';

export interface Segment {
  start: number;
  end: number;
  text: string;
  /** Ids of the facts quoting this piece (empty: plain text). */
  factIds: string[];
}

export interface QuoteSpan {
  factId: string;
  start: number;
  end: number;
}

/** Where each fact's quote is in `text` (its offsets when they still hold, else its first occurrence). */
export function quoteSpans(text: string, facts: readonly Fact[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  for (const f of facts) {
    const at = locateQuote(text, f.source.quote, { start: f.source.start, end: f.source.end });
    if (at && at.end > at.start) spans.push({ factId: f.id, ...at });
  }
  return spans;
}

export function segmentText(text: string, spans: readonly QuoteSpan[]): Segment[] {
  const cuts = new Set<number>([0, text.length]);
  for (const s of spans) {
    cuts.add(Math.max(0, Math.min(text.length, s.start)));
    cuts.add(Math.max(0, Math.min(text.length, s.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    const factIds = spans.filter((s) => s.start <= start && s.end >= end).map((s) => s.factId);
    const prev = out[out.length - 1];
    // Merge neighbours with the same covering facts (plain runs stay one text node).
    if (prev && prev.end === start && prev.factIds.join('\n') === factIds.join('\n')) {
      prev.end = end;
      prev.text = text.slice(prev.start, end);
    } else out.push({ start, end, text: text.slice(start, end), factIds });
  }
  return out;
}
