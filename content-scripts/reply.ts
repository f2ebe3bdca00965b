// Checks the background's replies before use. The background is trusted, but a verdict is
// rendered into the page's tooltip and drives highlights, so malformed entries are dropped
// rather than allowed to throw mid-pass. Strings stay strings: the tooltip renders them as text.
import type { JudgedClaim, SourceSummary } from '../extension/protocol';

const VERDICTS = new Set(['match', 'mismatch', 'unverified']);

function isStr(x: unknown): x is string {
  return typeof x === 'string';
}

function bilingual(x: unknown): { ar: string; en: string } | null {
  if (!x || typeof x !== 'object') return null;
  const o = x as { ar?: unknown; en?: unknown };
  return isStr(o.ar) && isStr(o.en) ? { ar: o.ar, en: o.en } : null;
}

function source(x: unknown): SourceSummary | null {
  if (!x || typeof x !== 'object') return null;
  const o = x as Record<string, unknown>;
  if (!isStr(o.outlet) || !isStr(o.quote)) return null;
  const s: SourceSummary = {
    factId: isStr(o.factId) ? o.factId : '',
    docId: isStr(o.docId) ? o.docId : '',
    outlet: o.outlet,
    published: isStr(o.published) ? o.published : '',
    quote: o.quote,
    asOf: isStr(o.asOf) ? o.asOf : '',
  };
  if (isStr(o.title)) s.title = o.title;
  if (isStr(o.url)) s.url = o.url;
  return s;
}

export function checkJudged(x: unknown): JudgedClaim | null {
  if (!x || typeof x !== 'object') return null;
  const v = (x as { verdict?: unknown }).verdict as Record<string, unknown> | undefined;
  if (!v || typeof v !== 'object' || !isStr(v.verdict) || !VERDICTS.has(v.verdict)) return null;
  const explanation = bilingual(v.explanation);
  if (!explanation) return null;
  const verdict: JudgedClaim['verdict'] = {
    verdict: v.verdict as JudgedClaim['verdict']['verdict'],
    rule: (isStr(v.rule) ? v.rule : 'no-fact') as JudgedClaim['verdict']['rule'],
    factId: isStr(v.factId) ? v.factId : null,
    expected: typeof v.expected === 'number' ? v.expected : null,
    expectedText: bilingual(v.expectedText),
    explanation,
  };
  return { verdict, source: source((x as { source?: unknown }).source) };
}

/** A figure of a check reply, with its source looked up. */
export interface ReceivedFigure extends JudgedClaim {
  piece: number;
  start: number;
  end: number;
  text: string;
  sentence: string;
}

/**
 * A figure of a check reply, or null when malformed: its piece must be one of the `pieces` texts
 * sent, and its source an index into the reply's `sources` (or -1).
 */
export function checkFigure(x: unknown, pieces: number, sources: readonly unknown[]): ReceivedFigure | null {
  if (!x || typeof x !== 'object') return null;
  const o = x as Record<string, unknown>;
  const judged = checkJudged({ verdict: o.verdict, source: typeof o.source === 'number' ? sources[o.source] : null });
  if (!judged) return null;
  const { piece, start, end, text, sentence } = o;
  if (!Number.isInteger(piece) || (piece as number) < 0 || (piece as number) >= pieces) return null;
  if (!Number.isInteger(start) || !Number.isInteger(end) || !isStr(text) || !isStr(sentence)) return null;
  return { ...judged, piece: piece as number, start: start as number, end: end as number, text, sentence };
}

export interface HelloReply {
  enabled: boolean;
  markConsistent: boolean;
  revision: number;
}

export function checkHello(x: unknown): HelloReply | null {
  if (!x || typeof x !== 'object') return null;
  const o = x as Record<string, unknown>;
  if (typeof o.enabled !== 'boolean') return null;
  return {
    enabled: o.enabled,
    markConsistent: o.markConsistent === true,
    revision: typeof o.revision === 'number' ? o.revision : 0,
  };
}
