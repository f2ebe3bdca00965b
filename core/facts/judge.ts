// Claim + facts → verdict, and which rule decided.
import type { Claim } from '../claims/claim';
import { ACTOR_ALIASES } from '../lexicon/data';
import type { SimpleDate } from '../types';
import { explain } from './explain';
import { dateInterval, factInterval, isoDay, overlap, qualifierInterval, simpleDay, type Interval } from './intervals';
import type { Fact, Verdict, VerdictRule } from './model';

export interface JudgeContext {
  /** The page's publication date: the as-of date of figures that give none. */
  published?: SimpleDate;
}

// Plain loops: these run for every candidate fact of every claim.
function actorsCompatible(claim: readonly string[], fact: readonly string[]): boolean {
  if (claim.length === 0 || fact.length === 0) return true;
  for (const a of claim) {
    if (fact.includes(a)) return true;
    const aliases = ACTOR_ALIASES[a];
    if (aliases) for (const x of aliases) if (fact.includes(x)) return true;
  }
  return false;
}

function placesCompatible(claim: readonly string[], fact: readonly string[]): boolean {
  if (claim.length === 0 || fact.length === 0) return true;
  for (const p of claim) if (fact.includes(p)) return true;
  return false;
}

function kindsCompatible(claim: Claim, fact: Fact): boolean {
  return claim.kind === 'count' ? fact.kind === 'count' : fact.kind !== 'count';
}

function claimInterval(claim: Claim): Interval {
  if (claim.qualifier === 'range') return { min: claim.min, max: claim.max };
  return qualifierInterval(claim.value, claim.qualifier);
}

/**
 * Plain data properties only: verdicts cross message boundaries, and Firefox's structured clone
 * does not carry accessor properties (lazy getters here once emptied every tooltip in Firefox).
 */
function verdict(kind: Verdict['verdict'], rule: VerdictRule, claim: Claim, fact: Fact | null): Verdict {
  return {
    verdict: kind,
    rule,
    factId: fact ? fact.id : null,
    expected: fact ? fact.value : null,
    expectedText: fact ? explain.value(fact) : null,
    explanation: explain.why(rule, claim, fact),
  };
}

function latest(facts: readonly Fact[]): Fact {
  let best = facts[0] as Fact;
  for (const f of facts) if ((isoDay(f.asOf) ?? 0) > (isoDay(best.asOf) ?? 0)) best = f;
  return best;
}

/**
 * Running totals are a monotone series (attacks so far): at time t the total is at least every
 * value dated on or before t. Below that is a mismatch; between the dated values is consistent;
 * above the newest value is "newer than the corpus": not confirmed, not contradicted.
 */
function judgeRunningTotal(claim: Claim, series: Fact[], ctx: JudgeContext): Verdict {
  const sorted = [...series].sort((a, b) => (isoDay(a.asOf) ?? 0) - (isoDay(b.asOf) ?? 0));
  const c = claimInterval(claim);
  const when = claim.at ?? ctx.published;
  const whenDay = when ? simpleDay(when) : null;
  // An undated page is held to the earliest value only: it fits anywhere on the series.
  const applicable = whenDay === null ? sorted.slice(0, 1) : sorted.filter((f) => (isoDay(f.asOf) ?? 0) <= whenDay);
  const newest = sorted[sorted.length - 1] as Fact;
  if (applicable.length === 0) return verdict('unverified', 'running-total-older', claim, sorted[0] as Fact);
  const floor = applicable.reduce((best, f) => (factInterval(f).min > factInterval(best).min ? f : best));
  if (c.max < factInterval(floor).min) return verdict('mismatch', 'running-total-below', claim, floor);
  if (c.min > factInterval(newest).min) return verdict('unverified', 'running-total-newer', claim, newest);
  return verdict('match', 'running-total-between', claim, floor);
}

/**
 * Consistent when either side's allowed range holds the other's figure. Overlapping two ±10%
 * ranges would apply the tolerance twice ("about 3,000" would agree with "about 2,500").
 */
function countsAgree(claim: Claim, c: Interval, f: Fact): boolean {
  const fi = factInterval(f);
  if (claim.qualifier === 'range') return overlap(c, fi);
  if (f.value >= c.min && f.value <= c.max) return true;
  if (claim.value >= fi.min && claim.value <= fi.max) return true;
  return claim.qualifier !== 'approx' && f.qualifier !== 'approx' && overlap(c, fi);
}

function coversSeveralPlaces(facts: readonly Fact[]): boolean {
  const first = facts[0]?.place.join(',');
  return facts.some((f) => f.place.join(',') !== first);
}

function judgeCount(claim: Claim, facts: Fact[]): Verdict {
  const c = claimInterval(claim);
  // The latest consistent fact, in one pass (this runs for every claim on every page).
  let best: Fact | null = null;
  for (const f of facts) {
    if (countsAgree(claim, c, f) && (!best || (isoDay(f.asOf) ?? 0) > (isoDay(best.asOf) ?? 0))) best = f;
  }
  if (best) {
    const exact = claim.qualifier === 'exact' && best.qualifier === 'exact' && best.value === claim.value;
    return verdict('match', exact ? 'equal' : 'within-range', claim, best);
  }
  // A figure with no place can't contradict facts about different places.
  if (claim.place.length === 0 && coversSeveralPlaces(facts)) return verdict('unverified', 'no-fact', claim, null);
  return verdict('mismatch', 'outside-range', claim, latest(facts));
}

function judgeDate(claim: Claim, facts: Fact[]): Verdict {
  if (!claim.date) return verdict('unverified', 'no-fact', claim, null);
  const claimDate = claim.date;
  const withDates = facts.filter((f) => f.date);
  // A year the page didn't write is a wildcard: "in July" agrees with July of the fact's year.
  const claimFor = (f: Fact) => dateInterval(claim.yearInferred ? { ...claimDate, year: (f.date as NonNullable<Fact['date']>).year } : claimDate);
  const consistent = withDates.filter((f) => overlap(claimFor(f), dateInterval(f.date as NonNullable<Fact['date']>)));
  if (consistent.length > 0) return verdict('match', 'same-period', claim, latest(consistent));
  if (withDates.length === 0) return verdict('unverified', 'no-fact', claim, null);
  return verdict('mismatch', 'different-period', claim, latest(withDates));
}

/**
 * Judge one claim against the facts of its measure. Returns null when the claim is about another
 * time than any fact ("in 2011 the US withdrew 40,000 troops"): a historical figure, not a claim
 * about the present that the corpus could check.
 */
export function judgeClaim(claim: Claim, measureFacts: readonly Fact[], ctx: JudgeContext = {}): Verdict | null {
  const facts: Fact[] = [];
  for (const f of measureFacts) {
    if (kindsCompatible(claim, f) && actorsCompatible(claim.actor, f.actor) && placesCompatible(claim.place, f.place)) facts.push(f);
  }
  if (facts.length === 0) return verdict('unverified', 'no-fact', claim, null);
  if (claim.kind !== 'count') return judgeDate(claim, facts);
  const running = facts.filter((f) => f.runningTotal);
  if (running.length > 0) return judgeRunningTotal(claim, running, ctx);
  if (claim.at && claim.rel !== 'since') {
    const year = claim.at.year;
    const sameTime = facts.filter((f) => (f.asOf ?? '').startsWith(String(year)));
    if (sameTime.length === 0) return null;
    return judgeCount(claim, sameTime);
  }
  return judgeCount(claim, facts);
}
