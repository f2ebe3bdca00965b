// Claim + facts → verdict, and which rule decided.
import type { Claim } from '../claims/claim';
import { ACTOR_ALIASES } from '../lexicon/data';
import type { SimpleDate } from '../types';
import { explain } from './explain';
import { dateInterval, isoDay, qualifierInterval, simpleDay, simpleDayEnd, type Interval } from './intervals';
import type { Fact, FactDate, Verdict, VerdictRule } from './model';
import { ACTOR_NAMES, ANY_ACTOR, APPROX, COUNT, DATED, PackedFacts, RUNNING_TOTAL } from './packed-facts';

export interface JudgeContext {
  /** The page's publication date: the as-of date of figures that give none. */
  published?: SimpleDate;
}

const SINCE_SUFFIX = '@since';
/** A start this much later than the corpus's (about two months, in day numbers) opens another window. */
const LATER_WINDOW = 62;

// By name: for lists given to judgeClaim, and actors past the bits of a PackedFacts.
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

/** The claim names fewer places than the fact counts over ("in Syria" against "in Iraq and Syria"). */
function countsPart(claim: Claim, fact: Fact): boolean {
  return claim.place.length > 0 && fact.place.some((p) => !claim.place.includes(p));
}

function claimInterval(claim: Claim): Interval {
  if (claim.qualifier === 'range') return { min: claim.min, max: claim.max };
  return qualifierInterval(claim.value, claim.qualifier);
}

/**
 * Plain data properties only: verdicts cross message boundaries, and Firefox's structured clone
 * does not carry accessor properties (lazy getters here once emptied every tooltip in Firefox).
 * The deciding fact is the i-th of the list, or none.
 */
function verdict(kind: Verdict['verdict'], rule: VerdictRule, claim: Claim, list?: PackedFacts, i = -1): Verdict {
  const fact = list?.facts[i];
  const texts = list && fact ? list.texts(i) : null;
  return {
    verdict: kind,
    rule,
    factId: fact ? fact.id : null,
    expected: fact ? fact.value : null,
    expectedText: texts ? { ar: texts.value.ar, en: texts.value.en } : null,
    explanation: explain.whyFrom(rule, claim, texts),
  };
}

/** The claim's actors and their aliases, as this list's bits. */
function actorMask(actors: readonly string[], list: PackedFacts): number {
  let mask = 0;
  for (const a of actors) {
    mask |= list.actorBit(a);
    const aliases = ACTOR_ALIASES[a];
    if (aliases) for (const x of aliases) mask |= list.actorBit(x);
  }
  return mask;
}

/** Fact i can be compared with the claim: same kind, and an actor in common (`actors`: actorMask). */
function fits(claim: Claim, list: PackedFacts, actors: number, i: number): boolean {
  const flags = list.flags(i);
  if ((flags & COUNT) !== (claim.kind === 'count' ? COUNT : 0)) return false;
  if (claim.actor.length === 0 || flags & ANY_ACTOR || list.actors(i) & actors) return true;
  return (flags & ACTOR_NAMES) !== 0 && actorsCompatible(claim.actor, (list.facts[i] as Fact).actor);
}

// The judges below scan the facts that fit in index order and pick in one pass, without sorting or
// filtered copies (this runs for every claim). Among equally dated facts the first one wins, but
// for the newest value of a running total the last one does.

/** A lower bound under this share of the corpus's reached total is no reading of it. */
const UNDERSTATED = 0.6;

/**
 * Running totals are a monotone series (attacks so far): at time t the total is at least every
 * value dated on or before t. Below that is a mismatch; between the dated values is consistent;
 * above the newest value is "newer than the corpus": not confirmed, not contradicted.
 */
function judgeRunningTotal(claim: Claim, list: PackedFacts, actors: number, ctx: JudgeContext): Verdict {
  const c = claimInterval(claim);
  // A total "by mid-January" is held to what the corpus had by the end of that period.
  const whenDay = claim.at ? simpleDayEnd(claim.at) : ctx.published ? simpleDay(ctx.published) : null;
  let oldest = -1;
  let newest = -1;
  // The highest value already reached at `when` (the earliest dated one among equals).
  let floor = -1;
  for (let i = 0; i < list.length; i++) {
    if (!(list.flags(i) & RUNNING_TOTAL) || !fits(claim, list, actors, i)) continue;
    const day = list.day(i);
    if (oldest < 0 || day < list.day(oldest)) oldest = i;
    if (newest < 0 || day >= list.day(newest)) newest = i;
    if (whenDay === null || day > whenDay) continue;
    if (floor < 0 || list.min(i) > list.min(floor) || (list.min(i) === list.min(floor) && day < list.day(floor))) floor = i;
  }
  // Counted from well after the series' start ("three attacks since early August"): another window.
  if (claim.since && oldest >= 0) {
    const from = isoDay((list.facts[oldest] as Fact).since);
    if (from !== null && simpleDay(claim.since) > from + LATER_WINDOW) return verdict('unverified', 'later-start', claim, list, oldest);
  }
  // An undated page is held to the earliest value only: it fits anywhere on the series.
  if (whenDay === null) floor = oldest;
  if (floor < 0) return verdict('unverified', 'running-total-older', claim, list, oldest);
  // "More than 165" counts 166 and up: "about 150" (at most 165) falls short of it. The figure
  // itself, "165 attacks", is the corpus's own number restated, not a lower one.
  const floorFact = list.facts[floor] as Fact;
  const exclusive = floorFact.qualifier === 'gt' && claim.value !== list.value(floor) ? 1 : 0;
  if (c.max < list.min(floor) + exclusive) {
    // Attacks "in Syria alone", or at one base, may well be fewer than those in Iraq and Syria.
    if (claim.confirmOnly || countsPart(claim, floorFact)) return verdict('unverified', 'part-of-total', claim, list, floor);
    return verdict('mismatch', 'running-total-below', claim, list, floor);
  }
  // "More than 65 times" on a page from after "more than 165": a lower bound far below the one the
  // corpus had reached by then misstates the count (a digit dropped), though it is not false.
  if ((claim.qualifier === 'gt' || claim.qualifier === 'gte') && claim.value < list.value(floor) * UNDERSTATED && !claim.confirmOnly && !countsPart(claim, floorFact)) {
    return verdict('mismatch', 'running-total-below', claim, list, floor);
  }
  // A lower bound one above the corpus's own ("at least 166" after "more than 165") says no more than it.
  const slack = claim.qualifier === 'gt' || claim.qualifier === 'gte' ? 1 : 0;
  if (c.min > list.min(newest) + slack) return verdict('unverified', 'running-total-newer', claim, list, newest);
  return verdict('match', 'running-total-between', claim, list, floor);
}

/**
 * Consistent when either side's allowed range holds the other's figure. Overlapping two ±10%
 * ranges would apply the tolerance twice ("about 3,000" would agree with "about 2,500").
 */
function countsAgree(claim: Claim, c: Interval, list: PackedFacts, i: number): boolean {
  const min = list.min(i);
  const max = list.max(i);
  const overlaps = c.min <= max && min <= c.max;
  if (claim.qualifier === 'range') return overlaps;
  const value = list.value(i);
  if (value >= c.min && value <= c.max) return true;
  if (claim.value >= min && claim.value <= max) return true;
  return claim.qualifier !== 'approx' && !(list.flags(i) & APPROX) && overlaps;
}

/**
 * Counts, among the facts as of `year` when given ("in 2011": a figure about then). Null when no
 * fact is of that year.
 */
function judgeCount(claim: Claim, list: PackedFacts, actors: number, year: string | null): Verdict | null {
  const c = claimInterval(claim);
  // The latest consistent fact, the latest fact, and whether they name different places.
  let best = -1;
  let latest = -1;
  let firstPlaces: string | null = null;
  let severalPlaces = false;
  for (let i = 0; i < list.length; i++) {
    if (!fits(claim, list, actors, i)) continue;
    if (year !== null && !((list.facts[i] as Fact).asOf ?? '').startsWith(year)) continue;
    const day = list.day(i);
    if (latest < 0 || day > list.day(latest)) latest = i;
    if ((best < 0 || day > list.day(best)) && countsAgree(claim, c, list, i)) best = i;
    if (claim.place.length === 0 && !severalPlaces) {
      const places = (list.facts[i] as Fact).place.join(',');
      firstPlaces ??= places;
      severalPlaces = places !== firstPlaces;
    }
  }
  if (latest < 0) return null;
  if (best >= 0) {
    const fact = list.facts[best] as Fact;
    const exact = claim.qualifier === 'exact' && fact.qualifier === 'exact' && fact.value === claim.value;
    return verdict('match', exact ? 'equal' : 'within-range', claim, list, best);
  }
  // A figure with no place can't contradict facts about different places.
  if (severalPlaces) return verdict('unverified', 'no-fact', claim);
  if (claim.confirmOnly) {
    // "7,000 at Ain al-Asad and Harir" against 2,500 in all of Iraq: a part can't exceed its whole.
    if (claim.partOfPlace && c.min > list.max(latest)) return verdict('mismatch', 'part-exceeds-total', claim, list, latest);
    return verdict('unverified', 'part-of-total', claim, list, latest);
  }
  return verdict('mismatch', 'outside-range', claim, list, latest);
}

function judgeDate(claim: Claim, list: PackedFacts, actors: number): Verdict {
  const claimDate = claim.date;
  if (!claimDate) return verdict('unverified', 'no-fact', claim);
  // A year the page didn't write is a wildcard: "in July" agrees with July of the fact's year.
  const fixed = claim.yearInferred ? null : dateInterval(claimDate);
  let latestDated = -1;
  let latestConsistent = -1;
  for (let i = 0; i < list.length; i++) {
    if (!(list.flags(i) & DATED) || !fits(claim, list, actors, i)) continue;
    const day = list.day(i);
    if (latestDated < 0 || day > list.day(latestDated)) latestDated = i;
    if (latestConsistent >= 0 && day <= list.day(latestConsistent)) continue;
    const c = fixed ?? dateInterval(claimDate, (list.facts[i]?.date as FactDate).year);
    if (c.min <= list.dateMax(i) && list.dateMin(i) <= c.max) latestConsistent = i;
  }
  if (latestConsistent >= 0) {
    // A year the page didn't write is the consistent fact's year when checking the narrower facts.
    const probe = fixed ?? dateInterval(claimDate, (list.facts[latestConsistent]?.date as FactDate).year);
    const narrower = excludingFact(list, actors, claim, probe);
    return narrower >= 0 ? verdict('mismatch', 'different-period', claim, list, narrower) : verdict('match', 'same-period', claim, list, latestConsistent);
  }
  if (latestDated < 0) return verdict('unverified', 'no-fact', claim);
  // "attacked three times since early August" counts a later window than the corpus's series.
  if (claim.measure.endsWith(SINCE_SUFFIX) && dateInterval(claimDate).min > list.dateMax(latestDated) + LATER_WINDOW) return verdict('unverified', 'later-start', claim, list, latestDated);
  if (claim.confirmOnly) return verdict('unverified', 'implied-only', claim, list, latestDated);
  return verdict('mismatch', 'different-period', claim, list, latestDated);
}

/**
 * One event has one date: facts that agree with each other all hold ("2020", "early 2020", "days
 * after Soleimani's killing" = January 2020), so a claim that only the looser ones allow ("March
 * 2020") is contradicted by the narrowest. Returns that fact's index, or -1 (also when the facts
 * disagree among themselves and no single date is known).
 */
function excludingFact(list: PackedFacts, actors: number, claim: Claim, c: Interval): number {
  let min = -Infinity;
  let max = Infinity;
  let excluding = -1;
  for (let i = 0; i < list.length; i++) {
    if (!(list.flags(i) & DATED) || (list.flags(i) & RUNNING_TOTAL) || !fits(claim, list, actors, i)) continue;
    min = Math.max(min, list.dateMin(i));
    max = Math.min(max, list.dateMax(i));
    if (list.dateMax(i) < c.min || c.max < list.dateMin(i)) excluding = i;
  }
  return min <= max ? excluding : -1;
}

/**
 * Judge one claim against the facts of its measure. Returns null when the claim is about another
 * time than any fact ("in 2011 the US withdrew 40,000 troops"): a historical figure, not a claim
 * about the present that the corpus could check.
 */
export function judgeClaim(claim: Claim, measureFacts: readonly Fact[], ctx: JudgeContext = {}): Verdict | null {
  return judgePacked(claim, new PackedFacts(measureFacts.filter((f) => placesCompatible(claim.place, f.place))), ctx);
}

/** judgeClaim over facts whose places fit the claim's, as FactIndex.packedCandidates gives them. */
export function judgePacked(claim: Claim, list: PackedFacts, ctx: JudgeContext): Verdict | null {
  const actors = actorMask(claim.actor, list);
  let any = false;
  let running = false;
  for (let i = 0; i < list.length && !running; i++) {
    if (!fits(claim, list, actors, i)) continue;
    any = true;
    running = (list.flags(i) & RUNNING_TOTAL) !== 0;
  }
  if (!any) return verdict('unverified', 'no-fact', claim);
  if (claim.kind !== 'count') return judgeDate(claim, list, actors);
  if (running) return judgeRunningTotal(claim, list, actors, ctx);
  return judgeCount(claim, list, actors, claim.at && claim.rel !== 'since' ? String(claim.at.year) : null);
}
