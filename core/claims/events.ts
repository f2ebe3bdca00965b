// Dates and years → claims about events (the coalition founded in 2014, the vote in early 2020…).
// The event is the rule whose concepts stand closest to the date.
import type { FactDate } from '../facts/model';
import type { Hit } from '../lexicon/hits';
import type { DateMention } from '../types';
import type { SentenceClaim, SentenceContext } from './extract';

/** Concepts further than this (in normalized characters) from the date don't describe it. */
const MAX_DISTANCE = 90;
/** An event within this many more characters than the nearest one is an alternative reading. */
const ALT_SLACK = 25;

function distance(hit: Hit, date: DateMention): number {
  if (hit.end <= date.start) return date.start - hit.end;
  if (hit.start >= date.end) return hit.start - date.end;
  return 0;
}

/** Spans that belong to the date itself (its part word "نهاية" is not the event "end"). */
function insideDate(hit: Hit, date: DateMention): boolean {
  return hit.start >= date.start && hit.end <= date.end;
}

function ruleDistance(groups: string[][], hits: Hit[], date: DateMention): number {
  let worst = 0;
  for (const group of groups) {
    let best = Infinity;
    for (const h of hits) {
      if ((h.type !== 'concept' && h.type !== 'entity') || !group.includes(h.id) || insideDate(h, date)) continue;
      best = Math.min(best, distance(h, date));
    }
    worst = Math.max(worst, best);
  }
  return worst;
}

// Words that lead into a date but are not part of it: "في شهر تموز", "since Oct. 17".
const LEAD_WORDS = new Set(['في', 'وفي', 'منذ', 'ومنذ', 'حتى', 'خلال', 'شهر', 'بحلول', 'in', 'since', 'by', 'on', 'the', 'of', 'during', 'until', 'as']);

export function phraseStart(ctx: SentenceContext, date: DateMention): number {
  let start = date.start;
  for (const tok of ctx.tokens) {
    if (tok.end <= start) continue;
    if (tok.start >= date.end) break;
    if (!LEAD_WORDS.has(tok.text.toLowerCase())) break;
    start = tok.end;
  }
  // Skip the space after a skipped word.
  while (start < date.end && /\s/.test(ctx.text[start] as string)) start++;
  return start;
}

export interface EventClaim {
  claim: SentenceClaim;
  dateIndex: number;
}

export function eventClaimsInSentence(ctx: SentenceContext): EventClaim[] {
  const out: EventClaim[] = [];
  ctx.dates.forEach((date, dateIndex) => {
    if (date.rel === 'since' || date.year === undefined) return;
    const ranked: Array<{ measure: string; d: number }> = [];
    for (const rule of ctx.lex.eventRules) {
      const d = ruleDistance(rule.all, ctx.hits, date);
      if (d <= MAX_DISTANCE && !ranked.some((r) => r.measure === rule.measure)) ranked.push({ measure: rule.measure, d });
    }
    ranked.sort((a, b) => a.d - b.d);
    const best = ranked[0];
    if (!best) return;
    const value: FactDate = { year: date.year as number };
    if (date.month !== undefined) value.month = date.month;
    if (date.day !== undefined) value.day = date.day;
    if (date.part !== undefined) value.part = date.part;
    const kind = date.month !== undefined || date.day !== undefined ? 'date' : 'year';
    // Highlight the year digits when written; otherwise the date phrase without its preposition.
    const span = kind === 'year' && date.yearSpan ? date.yearSpan : { start: phraseStart(ctx, date), end: date.end };
    const claim: SentenceClaim = {
      kind,
      measure: best.measure,
      actor: [],
      place: [],
      value: date.year as number,
      min: date.year as number,
      max: date.year as number,
      qualifier: 'exact',
      date: value,
      start: span.start,
      end: span.end,
    };
    if (date.rel) claim.rel = date.rel;
    if (date.yearSpan === undefined) claim.yearInferred = true;
    // Only events about as close as the best one are real alternatives.
    const alts = ranked.slice(1).filter((r) => r.d <= best.d + ALT_SLACK);
    if (alts.length > 0) claim.altMeasures = alts.map((r) => r.measure);
    out.push({ claim, dateIndex });
  });
  return out;
}
