// Candidate facts for a new document: core's extractClaims over the text, with the lexicon of the
// current corpus (user terms included) and the document's publication date.
import { compileLexicon, extractClaims, parseIsoDate, type Claim } from '../../../core/index';
import type { CorpusDocument, Fact } from '../../../core/facts/model';
import { newFactId } from '../facts/form-model';

export interface Candidate {
  key: string;
  claim: Claim;
  fact: Fact;
}

function isoOf(d: { year: number; month?: number; day?: number }): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return d.month === undefined ? String(d.year) : d.day === undefined ? `${d.year}-${pad(d.month)}` : `${d.year}-${pad(d.month)}-${pad(d.day)}`;
}

/** The quote for a claim: its sentence in the raw text, trimmed, with offsets into that same text. */
function sentenceQuote(text: string, claim: Claim): { quote: string; start: number; end: number } {
  let start = claim.sentenceStart;
  let end = claim.sentenceEnd;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s]/.test(text[end - 1]!)) end--;
  return { quote: text.slice(start, end), start, end };
}

export function claimToFact(claim: Claim, doc: Pick<CorpusDocument, 'id' | 'outlet' | 'published' | 'title' | 'url' | 'lang' | 'text'>, id: string = newFactId()): Fact {
  const q = sentenceQuote(doc.text, claim);
  const fact: Fact = {
    id,
    kind: claim.kind,
    measure: claim.measure,
    actor: [...claim.actor],
    place: [...claim.place],
    value: claim.value,
    qualifier: claim.qualifier,
    asOf: doc.published,
    runningTotal: claim.rel === 'since',
    source: { docId: doc.id, outlet: doc.outlet, published: doc.published, quote: q.quote, start: q.start, end: q.end, lang: doc.lang },
    origin: 'user',
  };
  if (claim.kind === 'count' && (claim.qualifier === 'range' || claim.qualifier === 'vague')) {
    if (Number.isFinite(claim.min)) fact.min = claim.min;
    if (Number.isFinite(claim.max)) fact.max = claim.max;
  }
  if (claim.kind !== 'count' && claim.date) fact.date = { ...claim.date };
  if (claim.since) fact.since = isoOf(claim.since);
  if (doc.title) fact.source.title = doc.title;
  if (doc.url) fact.source.url = doc.url;
  return fact;
}

export function proposeCandidates(
  doc: Pick<CorpusDocument, 'id' | 'outlet' | 'published' | 'title' | 'url' | 'lang' | 'text'>,
  corpusFacts: readonly Fact[],
): Candidate[] {
  const published = parseIsoDate(doc.published);
  const claims = extractClaims(doc.text, compileLexicon(corpusFacts), published ? { published } : {});
  return claims.map((claim, i) => ({ key: `${i}:${claim.start}`, claim, fact: claimToFact(claim, doc, `${newFactId()}-${i}`) }));
}
