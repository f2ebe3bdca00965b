// Text → claims: find the coalition sentences, their figures and dates, and tie each figure to
// what it counts (measure), who (actor), where (place) and when.
import { findDates } from '../dates';
import type { CompiledLexicon } from '../lexicon/compile';
import { findHits, isTopical, type Hit } from '../lexicon/hits';
import { findNumbers } from '../numbers';
import { normalize, toRawSpan, type Normalized } from '../text/normalize';
import { splitClauses, splitSentences } from '../text/sentences';
import { tokenize, type Token } from '../text/tokenize';
import type { DateMention, NumberMention, SimpleDate, Span } from '../types';
import type { Claim } from './claim';
import { countClaimsInSentence } from './counts';
import { eventClaimsInSentence, phraseStart } from './events';

export interface ExtractOptions {
  /** The page's publication date: infers missing years, and is the as-of date of its figures. */
  published?: SimpleDate;
}

/** Everything the claim builders need to know about one sentence. */
export interface SentenceContext {
  text: string;
  tokens: Token[];
  numbers: NumberMention[];
  dates: DateMention[];
  hits: Hit[];
  clauses: Span[];
  lex: CompiledLexicon;
}

/** A claim before its offsets are mapped back to the raw text (offsets relative to the sentence). */
export type SentenceClaim = Omit<Claim, 'start' | 'end' | 'text' | 'sentenceStart' | 'sentenceEnd' | 'sentence'> & Span;

// Anaphora: a sentence that names only Iraq/Syria or "the group" continues the topic of the one before.
const CONTINUATION_PLACES = new Set(['IQ', 'SY', 'JO']);
/** Most figures are digits: a cheap test before the word hint. */
const DIGIT = /[0-9]/;
const ANAPHORA = /التنظيم|the group|the militants|the jihadists|the mission|المهمه/;

export function extractClaims(raw: string, lex: CompiledLexicon, opts: ExtractOptions = {}): Claim[] {
  const norm = normalize(raw);
  const claims: Claim[] = [];
  // Topic carries to the next sentence, across a paragraph break too (news paragraphs are short).
  // Filter late: a sentence with no figure hint costs one regex test; topicality is only checked
  // (for it and the sentence before) when it may hold a figure.
  const sentences = splitSentences(norm.text);
  let prevTopical = false;
  for (let si = 0; si < sentences.length; si++) {
    const sentence = sentences[si] as Span;
    const text = norm.text.slice(sentence.start, sentence.end);
    if (!DIGIT.test(text) && !lex.figureHint.test(text)) {
      prevTopical = false;
      continue;
    }
    const prev = sentences[si - 1];
    if (!prevTopical && prev) prevTopical = isTopical(norm.text.slice(prev.start, prev.end), lex);
    const topical = isTopical(text, lex);
    if (!topical && !prevTopical) continue;
    const tokens = tokenize(text);
    const hits = findHits(text, tokens, lex);
    if (!topical) {
      const continues = hits.some((h) => h.type === 'entity' && CONTINUATION_PLACES.has(h.id)) || ANAPHORA.test(text);
      if (!continues) {
        prevTopical = false;
        continue;
      }
    }
    prevTopical = true;
    const ctx: SentenceContext = {
      text,
      tokens,
      numbers: findNumbers(text, tokens),
      dates: findDates(text, opts.published ? { ref: opts.published } : {}),
      hits,
      clauses: splitClauses(text, { start: 0, end: text.length }),
      lex,
    };
    if (ctx.numbers.length === 0 && ctx.dates.length === 0 && !hits.some((h) => h.type === 'dual')) continue;
    const events = eventClaimsInSentence(ctx);
    const usedDates = new Set(events.map((e) => e.dateIndex));
    const counts = countClaimsInSentence(ctx, usedDates);
    const since = sinceClaims(ctx, counts);
    for (const c of [...events.map((e) => e.claim), ...counts, ...since]) claims.push(toRawClaim(c, raw, norm, sentence));
  }
  return claims;
}

/**
 * "منذ 17 أكتوبر" / "since Oct. 17": the start of a running total is itself checkable, against the
 * `since` of the corpus's running totals (measure "<count measure>@since").
 */
function sinceClaims(ctx: SentenceContext, counts: SentenceClaim[]): SentenceClaim[] {
  const out: SentenceClaim[] = [];
  for (const date of ctx.dates) {
    if (date.rel !== 'since' || date.year === undefined || (date.month === undefined && date.day === undefined)) continue;
    const count = counts.find((c) => c.kind === 'count');
    const measure = count ? count.measure : ctx.hits.some((h) => h.type === 'concept' && h.id === 'attack') ? 'attacks' : null;
    if (!measure) continue;
    const value: SentenceClaim['date'] = { year: date.year };
    if (date.month !== undefined) value.month = date.month;
    if (date.day !== undefined) value.day = date.day;
    if (date.part !== undefined) value.part = date.part;
    const claim: SentenceClaim = {
      kind: 'date', measure: `${measure}@since`, actor: [], place: [], value: date.year, min: date.year, max: date.year,
      qualifier: 'exact', date: value, rel: 'since', start: phraseStart(ctx, date), end: date.end,
    };
    if (date.yearSpan === undefined) claim.yearInferred = true;
    out.push(claim);
  }
  return out;
}

function toRawClaim(c: SentenceClaim, raw: string, norm: Normalized, sentence: Span): Claim {
  const fig = toRawSpan(norm, sentence.start + c.start, sentence.start + c.end);
  const sent = toRawSpan(norm, sentence.start, sentence.end);
  const { start: _s, end: _e, ...rest } = c;
  return {
    ...rest,
    start: fig.start,
    end: fig.end,
    text: raw.slice(fig.start, fig.end),
    sentenceStart: sent.start,
    sentenceEnd: sent.end,
    sentence: raw.slice(sent.start, sent.end).replace(/\s+/g, ' ').trim(),
  };
}
