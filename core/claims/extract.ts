// Text → claims: find the coalition sentences, their figures and dates, and tie each figure to
// what it counts (measure), who (actor), where (place) and when.
import { findDates } from '../dates';
import type { CompiledLexicon } from '../lexicon/compile';
import { NON_CLAIM_UNITS } from '../lexicon/data';
import { findHits, isTopical, type Hit } from '../lexicon/hits';
import { findNumbers } from '../numbers';
import { normalize, toRawSpan, type Normalized } from '../text/normalize';
import { splitClauses, splitSentences } from '../text/sentences';
import { tokenize, type Token } from '../text/tokenize';
import type { DateMention, NumberMention, SimpleDate, Span } from '../types';
import type { Claim } from './claim';
import { attacksAimedAtOthers, countClaimsInSentence, isTotalMeasure, TOTAL_WORDS, type Before } from './counts';
import { deniesOrStops, firstAttackDate, RESTATING_LEAD, STARTS_PERIOD } from './cues';
import { eventClaimsInSentence, impliedReadings, phraseStart } from './events';

export interface ExtractOptions {
  /** The page's publication date: infers missing years, and is the as-of date of its figures. */
  published?: SimpleDate;
  /**
   * The page as a whole is about the coalition (its title says so: pageIsTopical). Sentences
   * outside the topic's chain then still yield event dates, attack totals and troop levels, the
   * measures whose cues are specific enough; other counts (the killed, the wounded) stay out.
   */
  topicalPage?: boolean;
  /**
   * The country the page is about, when one dominates its text (pageCountry): "in the country",
   * «على أرضنا» with no country named near them are there.
   */
  homeCountry?: string;
}

/** Measures a sentence outside the topic's chain may still claim on a topical page (and soldiers' counts). */
const PAGE_TOPIC_MEASURES = new Set(['attacks', 'troops', 'davos_session']);
/** "4,500 of us", "5,000 of our people", "we've got 3,500 kids": a soldier's or a family's troops, which no unit word names. */
const OF_US = /[0-9] of (?:us|our (?:people|guys|men|kids|sons|boys))\b|\bwe(?:'ve| have)?(?: still)? (?:got|have|had) [0-9][0-9,]* (?:people|guys|men|kids|sons|boys)\b/i;

/** A hit that could give such a sentence a claim: a concept (events are named by them) or a unit of those measures. */
function isPageTopicCue(h: Hit, lex: CompiledLexicon): boolean {
  if (h.type === 'concept' || (h.type === 'entity' && h.id === 'DAVOS')) return true;
  return h.type === 'unit' && lex.countRules.some((r) => PAGE_TOPIC_MEASURES.has(r.measure) && r.units.includes(h.id));
}

/** Is a page's title about the coalition (ExtractOptions.topicalPage)? */
function pageIsTopical(title: string, lex: CompiledLexicon): boolean {
  const text = normalize(title).text;
  if (isTopical(text, lex)) return true;
  // "ألفان وخمسمئة جندي وسؤال واحد", "Wait, we still have troops in Iraq?": troops named in a
  // title, with a figure or one of the coalition's places, are the coalition's.
  const tokens = tokenize(text);
  const hits = findHits(text, tokens, lex);
  const troops = hits.some((h) => h.type === 'unit' && h.id === 'troops');
  return troops && (hits.some((h) => h.type === 'entity' && CONTINUATION_PLACES.has(h.id)) || findNumbers(text, tokens).length > 0);
}

/** Topical sentences that make a page about the coalition, whatever its title ("Day 97: Goldfish crackers…"). */
const TOPICAL_BODY_SENTENCES = 3;

/**
 * The page's text names the coalition's topic in at least TOPICAL_BODY_SENTENCES distinct
 * sentences: like a topical title, it makes the whole page topical (ExtractOptions.topicalPage).
 * `texts` may overlap (a piece and the context before it): each sentence counts once.
 */
function hasTopicalBody(texts: readonly string[], lex: CompiledLexicon): boolean {
  const seen = new Set<string>();
  for (const raw of texts) {
    const text = normalize(raw).text;
    for (const s of splitSentences(text)) {
      const sentence = text.slice(s.start, s.end);
      if (seen.has(sentence) || !isTopical(sentence, lex)) continue;
      seen.add(sentence);
      if (seen.size >= TOPICAL_BODY_SENTENCES) return true;
    }
  }
  return false;
}

/** The page is about the coalition: its title says so, or its text does (hasTopicalBody). */
export function isTopicalPage(title: string | undefined, texts: readonly string[], lex: CompiledLexicon): boolean {
  return (!!title && pageIsTopical(title, lex)) || hasTopicalBody(texts, lex);
}

/** Mentions of each country, as nouns ("العراق", "Syria"): the page's country is the one named most. */
const COUNTRY_NAMES: Array<[string, RegExp]> = [
  ['IQ', /(?<![\u0621-\u064a])[وفبل]?(?:ال|لل)?عراق(?![\u0621-\u064a])|\bIraq\b/g],
  ['SY', /(?<![\u0621-\u064a])[وفبل]?(?:سوريا|سوريه)(?![\u0621-\u064a])|\bSyria\b/g],
];
/** A page's country is named at least this often, and this many times as often as the other. */
const HOME_MENTIONS = 3;
const HOME_RATIO = 2;

/** The one of Iraq and Syria that the page's title and text name far more than the other, if any. */
export function pageCountry(title: string | undefined, texts: readonly string[]): string | undefined {
  const text = normalize([title ?? '', ...texts].join('\n')).text;
  const counts = COUNTRY_NAMES.map(([id, re]) => [id, text.match(re)?.length ?? 0] as const).sort((a, b) => b[1] - a[1]);
  const [first, second] = counts as [readonly [string, number], readonly [string, number]];
  return first[1] >= HOME_MENTIONS && first[1] >= HOME_RATIO * second[1] ? first[0] : undefined;
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
  /** The page's publication date, when known. */
  published?: SimpleDate;
  /** ExtractOptions.homeCountry. */
  homeCountry?: string;
  /** The hits of the sentence before in the topic (computed on demand), for events it named. */
  context?: () => readonly Hit[];
}

/** A claim before its offsets are mapped back to the raw text (offsets relative to the sentence). */
export type SentenceClaim = Omit<Claim, 'start' | 'end' | 'text' | 'sentenceStart' | 'sentenceEnd' | 'sentence'> & Span;

// Anaphora: a sentence that names only Iraq/Syria or "the group" continues the topic of the one before.
const CONTINUATION_PLACES = new Set(['IQ', 'SY', 'JO']);
// "the number" / "العدد الفعلي" speaks of the count just given.
const ANAPHORA =
  /التنظيم|the group|the militants|the jihadists|the mission|المهمه|(that|the|this) attack\b|(ذلك|هذا) الهجوم|الهجوم (نفسه|ذاته)|العدد (?!من)|الرقم (?!من)|\bthe (?:real |actual |true |official )?(?:number|figure)\b(?! of)/;
const FOOTNOTE = /^[0-9]{1,3}$/;
/** «من», «من يوم», «من تاريخ» right before a day: the start of a period. */
const FROM_DAY = /(?<![\u0621-\u064a])[وف]?(?:من|منذ)(?: يوم| تاريخ)?\s*$/;

/** A reply of at most five words that names nothing new ("— لا يا ولدي.", "No, mate.", "Respectfully,"). */
const SHORT_ASIDE = /^[\s\-\u2013\u2014]*(?:لا|نعم|اي|ايوه|صح|صحيح|طيب|no|yes|yeah|nope|right|well|respectfully|actually|wrong)(?![\p{L}])\S*(?:\s+\S+){0,4}\s*$/iu;
const QUESTION_END = /[?\u061f]["'»”)]*$/;
/** A timeline entry, "17 تشرين الأول 2023: …": a list of them stays on its topic. */
const TIMELINE_ENTRY = /^[^:]{0,40}[0-9]{4}\s*:/;

/** "It was three.", «كانوا ثلاثة.»: a figure restated in a short sentence of its own. */
const RESTATED = new RegExp(`^(?:${RESTATING_LEAD})(?:the )?\\S+[.!]?$`, 'i');

/** A short sentence, after a speaker's label at most: an answer in a transcript ("GEN. RYDER: Three."). */
const SHORT_ANSWER = /^(?:[^:]{1,40}:)?\s*\S+(?:\s+\S+){0,3}$/;

/** The claims of `raw`, in the order their figures appear. */
export function extractClaims(raw: string, lex: CompiledLexicon, opts: ExtractOptions = {}): Claim[] {
  const norm = normalize(raw);
  const claims: Claim[] = [];
  // Topic carries to the next sentence, across a paragraph break too (news paragraphs are short).
  // Filter cheapest first: one topic test per sentence (each sentence is tested once, its result
  // kept for the next), then the figure hint only for sentences that could be claims.
  const sentences = splitSentences(norm.text);
  /** The previous sentence was topical, or was itself a continuation of a topical one. */
  let carried = false;
  let prevIsTopical = false;
  /** What the previous sentences of the topic counted (a unit id), or the text of one to read it from. */
  /** A table's header row that names no counted noun keeps the unit of the caption before it. */
  type Counted = { unit: string } | { text: string; before: Counted | null };
  let counted: Counted | null = null;
  const resolve = (c: Counted | null): string => {
    if (!c) return '';
    return 'unit' in c ? c.unit : (lastUnitIn(c.text, lex) ?? resolve(c.before));
  };
  const unitBefore = (): string | null => {
    if (counted && 'text' in counted) counted = { unit: resolve(counted) };
    return counted?.unit || null;
  };
  /** The topic's last count, unless a later sentence counted something else. */
  let lastCount: (Before['claim'] & { unit: string }) | null = null;
  /** The sentence that set lastCount. */
  let lastCountAt = -1;
  /** The sentence before ended with a question mark (`answering`: this one may be a bare answer). */
  let asked = false;
  let answering = false;
  /** That question's text, and what a bare answer to it claims (computed on first use). */
  let question: string | null = null;
  let questionClaim: Before['claim'] | undefined;
  const before: Before = {
    levelPlace: null,
    unit: unitBefore,
    get claim() {
      if (!answering) return null;
      const unit = unitBefore();
      const same = lastCount && (unit === null || unit === lastCount.unit) ? lastCount : null;
      return question ? (questionClaim ??= answeredClaim(question, same, lex)) : same;
    },
  };
  /** The sentence before, and its hits once computed (events may take a concept from it). */
  let previous: PreviousSentence | null = null;
  for (let si = 0; si < sentences.length; si++) {
    const sentence = sentences[si] as Span;
    const text = norm.text.slice(sentence.start, sentence.end);
    // A footnote marker glued to the sentence before ("…admit to.1"): no sentence of its own.
    if (FOOTNOTE.test(text) && sentence.start > 0 && !/\s/.test(norm.text[sentence.start - 1] as string)) continue;
    const context = previous;
    const current: PreviousSentence = (previous = { text, hits: null });
    // "…four soldiers died in the drone attack in Jordan. It was three.": a figure restated short
    // after a count says the same thing, like a bare answer to a question.
    // (Only right after the count it restates: "…put the toll at four. The real figure is three.")
    const restated = !asked && lastCount !== null && lastCountAt === si - 1 && RESTATED.test(text);
    answering = asked || restated;
    question = asked ? (context?.text ?? null) : null;
    questionClaim = undefined;
    asked = QUESTION_END.test(text);
    const topical = isTopical(text, lex);
    const after: boolean = carried || prevIsTopical || restated;
    prevIsTopical = topical;
    carried = false;
    /** Outside the topic's chain, read only because the page is topical. */
    let pageOnly = false;
    if (!topical && !after) {
      counted = null;
      lastCount = null;
      before.levelPlace = null;
      if (!opts.topicalPage) continue;
      pageOnly = true;
    }
    if (!lex.figureHint.test(text)) {
      // A question without a figure ("How many troops…?") says what the answer counts; a short
      // aside («— لا يا ولدي.», "Respectfully,") passes on what was counted before it.
      // (Or one sentence with nothing counted: "…four thousand US troops in Iraq. I finally sent him a
      // spreadsheet. Iraq, about 2,500; Syria, about 900.")
      counted = { text, before: text.includes('\t') || SHORT_ASIDE.test(text) || (counted !== null && 'unit' in counted) ? counted : null };
      carried = after; // and it passes the topic on ("…four service members killed? Where does it stand? — Three.")
      if (asked) {
        const place = askedPlace(text, lex); // "وفي سوريا؟"
        if (place) before.levelPlace = [place];
      }
      continue;
    }
    const tokens = tokenize(text);
    const hits = findHits(text, tokens, lex);
    current.hits = hits;
    if (!topical && !pageOnly) {
      // An answer continues the question it answers ("And in Iraq? — Some lawmakers say 4,000 soldiers.").
      const continues =
        answering || hits.some((h) => h.type === 'entity' && CONTINUATION_PLACES.has(h.id)) || ANAPHORA.test(text) || SHORT_ANSWER.test(text) || TIMELINE_ENTRY.test(text);
      // In the topic's chain, one with a specific cue (an event word, troops, attacks) is
      // read like a sentence of a topical page: "…the Higher Military Commission. Haddad said the
      // commission held its second meeting in June."
      if (!continues) {
        if (!opts.topicalPage && !(after && hits.some((h) => isPageTopicCue(h, lex)))) continue;
        pageOnly = true;
      }
    }
    // A sentence read for the page's sake needs a cue for what it may claim (an event word, troops,
    // attacks) before the costlier passes, and does not carry the topic to the next one.
    if (pageOnly && (!(hits.some((h) => isPageTopicCue(h, lex)) || OF_US.test(text)) || otherFront(text, hits))) continue;
    if (!pageOnly) carried = true;
    const ctx: SentenceContext = {
      text,
      tokens,
      numbers: findNumbers(text, tokens),
      dates: findDates(text, { ...(opts.published ? { ref: opts.published } : {}), yearMarks: yearMarksOf(hits), ...monthBefore(text, context, opts) }),
      hits,
      clauses: splitClauses(text, { start: 0, end: text.length }),
      lex,
    };
    if (opts.published) ctx.published = opts.published;
    if (opts.homeCountry) ctx.homeCountry = opts.homeCountry;
    if (context) ctx.context = () => (context.hits ??= findHits(context.text, tokenize(context.text), lex));
    if (ctx.numbers.length === 0 && ctx.dates.length === 0 && !hits.some((h) => h.type === 'dual')) continue;
    const events = eventClaimsInSentence(ctx);
    const usedDates = new Set(events.filter((e) => !e.passive).map((e) => e.dateIndex));
    const result = countClaimsInSentence(ctx, usedDates, before);
    const lastUnit = result.lastUnit;
    // Soldiers killed count too: only tolls of people in general ("28,000 dead in Gaza") stay out.
    const counts = pageOnly ? result.claims.filter((c) => PAGE_TOPIC_MEASURES.has(c.measure) || result.soldiers.has(c)) : result.claims;
    const last = counts[counts.length - 1];
    // Levels in two places ("2,500 in Iraq and about 900 in Syria") leave "the official number"
    // of the next sentence without a place of its own.
    const levelPlaces = new Map<string, string[]>();
    for (const c of counts) if (c.measure === 'troops' && c.place.length > 0) levelPlaces.set(c.place.join(), c.place);
    if (levelPlaces.size > 0) before.levelPlace = [...levelPlaces.values()];
    if (lastUnit) {
      counted = { unit: lastUnit };
      if (last) {
        lastCount = { measure: last.measure, actor: last.actor, place: last.place, unit: lastUnit };
        lastCountAt = si;
      }
    }
    const since = sinceClaims(ctx, counts, usedDates, unitBefore);
    if (events.length + counts.length + since.length === 0) continue;
    const place = new SentencePlace(raw, norm, sentence);
    // In text order: hosts rely on it (the content script keeps flags in document order).
    const read: SentenceClaim[] = events.filter((e) => !e.passive).map((e) => e.claim).concat(counts, since);
    // A date read only in passing gives way to any other reading of its figures.
    const passive = events.filter((e) => e.passive && !read.some((c) => c.start < e.claim.end && e.claim.start < c.end)).map((e) => e.claim);
    const found = passive.length > 0 ? read.concat(passive) : read;
    if (found.length > 1) found.sort((a, b) => a.start - b.start || a.end - b.end);
    for (const c of found) claims.push(place.toRawClaim(c));
  }
  return claims;
}

/** Other theatres of the Gaza war: a sentence read only for the page's sake is about them, not the coalition. */
const OTHER_FRONTS = /(?<![\u0621-\u064a])(?:[وف]?(?:ب|ل)?(?:لبنان|اليمن|اليمنيه|البحر الاحمر|حزب الله|الحوثي|الحوثيون|الحوثيين|الاجتياح البري))(?![\u0621-\u064a])|\b(?:Lebanon|Yemen|Red Sea|Hezbollah|Houthis?|IDF|Israel Defense Forces|Israeli army|ground operation|ground offensive)\b/i;

function otherFront(text: string, hits: readonly Hit[]): boolean {
  return OTHER_FRONTS.test(text) && !hits.some((h) => h.type === 'entity' && CONTINUATION_PLACES.has(h.id));
}

/** A starting verb right before the date: "the attacks started on Oct. 7", «الهجمات بدأت في 7 أكتوبر». */
const STARTED_ON = /(?:^|[^\p{L}])(?:بدات|بدت|بدا|بلشت|بلش|انطلقت|اندلعت|began|started|start)\s+(?:\S+\s+)?(?:في|يوم|منذ|on|in)?\s*$/iu;

/** Event verbs that take a bare year as their object: «البرلمان صوّت 2019», "the coalition formed 2016". */
const YEAR_VERBS = new Set(['found', 'vote', 'victory_declared', 'end']);

function yearMarksOf(hits: readonly Hit[]): Set<number> {
  const marks = new Set<number>();
  for (const h of hits) if (h.type === 'concept' && YEAR_VERBS.has(h.id)) marks.add(h.end);
  return marks;
}

interface PreviousSentence {
  text: string;
  hits: Hit[] | null;
}

const CASUALTY_CONCEPTS = new Set(['kill', 'wound']);

/**
 * What a bare answer ("About 2,500.") to a question claims: the topic's last count when the
 * question asks about it again, else a troop level when the question asks how many troops a place
 * has ("…three soldiers dead in Jordan. So how many American troops are in Iraq?").
 */
function answeredClaim(question: string, last: Before['claim'], lex: CompiledLexicon): Before['claim'] {
  const hits = findHits(question, tokenize(question), lex);
  const place = placeNamed(hits, lex);
  const casualties = hits.some((h) => h.type === 'concept' && CASUALTY_CONCEPTS.has(h.id));
  const lastIsCasualty = last !== null && (last.measure === 'killed' || last.measure === 'wounded');
  const samePlace = !place || !last || last.place.length === 0 || last.place.includes(place[0] as string);
  const names = (id: string): boolean => hits.some((h) => h.type === 'concept' && h.id === id);
  const asksUnit = hits.some((h) => h.type === 'unit');
  // "…the four service members killed at Tower 22… Where does the investigation stand?": a follow-up.
  if (last && !place && !asksUnit && !casualties) return last;
  if (last && casualties === lastIsCasualty) {
    if (samePlace) return last;
    // "And in Syria?": the same count, in the place asked about.
    if (!asksUnit) return { ...last, place: place as string[] };
  }
  if (!place) return null;
  if (names('kill') && !names('wound')) return { measure: 'killed', actor: [], place };
  const asksTroops = hits.some((h) => h.type === 'unit' && h.id === 'troops');
  return asksTroops && !casualties ? { measure: 'troops', actor: [], place } : null;
}

/** The one place a question names ("And in Syria?"), or null. */
function askedPlace(text: string, lex: CompiledLexicon): string[] | null {
  return placeNamed(findHits(text, tokenize(text), lex), lex);
}

/** «من الشهر نفسه», «منه», "of that month": a day of a month named before. */
const SAME_MONTH = /(?<![\u0621-\u064a])(?:منه|(?:من )?(?:ذلك )?الشهر (?:نفسه|ذاته))(?![\u0621-\u064a])|\bof (?:that|the same) month\b/i;

/** The last month the sentence before named, when this one counts days of "the same month". */
function monthBefore(text: string, context: PreviousSentence | null, opts: ExtractOptions): { monthBefore?: { month: number; year?: number } } {
  if (!context || !SAME_MONTH.test(text)) return {};
  const dates = findDates(context.text, opts.published ? { ref: opts.published } : {});
  const last = [...dates].reverse().find((d) => d.month !== undefined);
  if (!last || last.month === undefined) return {};
  return { monthBefore: last.year !== undefined && (last.yearSpan !== undefined || last.yearKnown) ? { month: last.month, year: last.year } : { month: last.month } };
}

function placeNamed(hits: readonly Hit[], lex: CompiledLexicon): string[] | null {
  const places = hits.filter((h) => h.type === 'entity' && !h.adjective && lex.places.has(h.id));
  return places.length > 0 && places.every((h) => h.id === (places[0] as Hit).id) ? [(places[0] as Hit).id] : null;
}

/** The last counted noun (a unit hit) of a sentence. */
function lastUnitIn(text: string, lex: CompiledLexicon): string | null {
  const hits = findHits(text, tokenize(text), lex);
  // A table's header row names its place column ("البلد", "country"): that is not what it counts.
  const header = text.includes('\t');
  for (let i = hits.length - 1; i >= 0; i--) {
    const h = hits[i] as Hit;
    if (h.type === 'unit' && !NON_CLAIM_UNITS.has(h.id) && !(header && h.id === 'countries')) return h.id;
  }
  return null;
}

/**
 * "منذ 17 أكتوبر" / "since Oct. 17": the start of a running total is itself checkable, against the
 * `since` of the corpus's running totals (measure "<count measure>@since").
 */
function sinceClaims(ctx: SentenceContext, counts: SentenceClaim[], usedDates: ReadonlySet<number>, unitBefore: () => string | null): SentenceClaim[] {
  const out: SentenceClaim[] = [];
  // With "the attacks began…", the date in the clause that says so (else the first date not said to
  // come after something) is their start (cues.firstAttackDate).
  const firstAttack = firstAttackDate(ctx);
  for (const [i, date] of ctx.dates.entries()) {
    const lead = ctx.text.slice(Math.max(0, date.start - 20), date.start);
    // «من 17 تشرين الأول», «العدّ يبدأ من يوم 17»: from a day, as "since" is.
    const fromDay = date.day !== undefined && FROM_DAY.test(lead);
    const starts = date.rel === 'since' || i === firstAttack || fromDay || STARTS_PERIOD.test(lead);
    if (usedDates.has(i) || !starts || date.year === undefined || (date.month === undefined && date.day === undefined)) continue;
    // Only a running total has a start ("2,500 troops … since 2014" dates no troop count). A count
    // in another clause is not the one a stated start of the attacks belongs to ("TWO THOUSAND for
    // the troops in Syria, and … the militia attacks began on Oct. 7").
    const dateClause = ctx.clauses.find((c) => c.end > date.start);
    const otherClause = (c: SentenceClaim): boolean => dateClause !== undefined && (c.start < dateClause.start || c.start >= dateClause.end);
    const count = counts.find((c) => c.kind === 'count' && !(i === firstAttack && otherClause(c) && !isTotalMeasure(ctx, c.measure)));
    if (count && !isTotalMeasure(ctx, count.measure)) continue;
    // "…170 times since Oct. 17, but no attack had been recorded since early February": a negated
    // clause of its own (or one that says the attacks stopped) starts nothing.
    if (count && negatedOtherClause(ctx, date, count)) continue;
    // Without a count, only a plain statement dates the attacks: "no attack since 4 February" does not.
    // "What's the total since Oct. 17?" after a sentence about attacks asks for the same total.
    const attacks =
      ctx.hits.some((h) => h.type === 'concept' && h.id === 'attack') || (TOTAL_WORDS.test(ctx.text) && unitBefore() === 'attacks') || firstAttack >= 0;
    // The denial must be the date's own clause's: "…began on 19 October, saying the reply would not…" denies nothing of it.
    const denied = deniesOrStops(dateClause ? ctx.text.slice(dateClause.start, dateClause.end) : ctx.text);
    const measure = count ? count.measure : attacks && !denied && !attacksAimedAtOthers(ctx) ? 'attacks' : null;
    if (!measure) continue;
    const value: SentenceClaim['date'] = { year: date.year };
    if (date.month !== undefined) value.month = date.month;
    if (date.day !== undefined) value.day = date.day;
    if (date.part !== undefined) value.part = date.part;
    const claim: SentenceClaim = {
      kind: 'date', measure: `${measure}@since`, actor: [], place: [], value: date.year, min: date.year, max: date.year,
      qualifier: 'exact', date: value, rel: 'since', start: phraseStart(ctx, date), end: date.end,
    };
    if (date.yearSpan === undefined && !date.yearKnown) claim.yearInferred = true;
    // "since October 7": counted loosely from the Hamas attack, which that day may confirm. Not a
    // date said to start the attacks («الهجمات بدأت في 7 أكتوبر»): that is their start, and wrong.
    const implied = i === firstAttack && STARTED_ON.test(ctx.text.slice(Math.max(0, date.start - 30), date.start)) ? [] : impliedReadings(ctx, date, new Set(ctx.lex.countRules.filter((r) => r.measure === measure).flatMap((r) => r.near ?? [])));
    if (implied.length > 0) claim.impliedMeasures = implied;
    out.push(claim);
  }
  return out;
}

function negatedOtherClause(ctx: SentenceContext, date: DateMention, count: SentenceClaim): boolean {
  const clause = ctx.clauses.find((c) => c.end > date.start);
  if (!clause || (count.start >= clause.start && count.start < clause.end)) return false;
  return deniesOrStops(ctx.text.slice(clause.start, clause.end));
}

/** One sentence's place in the raw text, computed once for all of its claims. */
class SentencePlace {
  private readonly start: number;
  private readonly end: number;
  private readonly text: string;

  constructor(
    private readonly raw: string,
    private readonly norm: Normalized,
    private readonly sentence: Span,
  ) {
    const sent = toRawSpan(norm, sentence.start, sentence.end);
    this.start = sent.start;
    this.end = sent.end;
    this.text = raw.slice(sent.start, sent.end).replace(/\s+/g, ' ').trim();
  }

  toRawClaim(c: SentenceClaim): Claim {
    const fig = toRawSpan(this.norm, this.sentence.start + c.start, this.sentence.start + c.end);
    const claim = c as unknown as Claim;
    // The sentence claim becomes the raw claim in place: it is not used again.
    claim.start = fig.start;
    claim.end = fig.end;
    claim.text = this.raw.slice(fig.start, fig.end);
    claim.sentenceStart = this.start;
    claim.sentenceEnd = this.end;
    claim.sentence = this.text;
    return claim;
  }
}
