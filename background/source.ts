// The source behind a flag as the tooltip shows it: the fact's provenance, with a link only when
// it is http(s).
import type { Fact } from '../core/index';
import type { SourceSummary } from '../extension/protocol';

/** The URL if it is http(s), else undefined (never render a javascript: or data: link). */
export function safeHttpUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

export function sourceSummary(fact: Fact | undefined): SourceSummary | null {
  if (!fact) return null;
  const s = fact.source;
  const summary: SourceSummary = {
    factId: fact.id,
    docId: s.docId,
    outlet: s.outlet,
    published: s.published,
    quote: s.quote,
    asOf: fact.asOf,
  };
  if (s.title) summary.title = s.title;
  const url = safeHttpUrl(s.url);
  if (url) summary.url = url;
  return summary;
}
