// Dates and years → claims about events (the coalition founded in 2014, the vote in early 2020…).
// The event is the rule whose concepts stand closest to the date.
import { BEING_THERE } from '../dates';
import type { FactDate } from '../facts/model';
import type { Hit } from '../lexicon/hits';
import type { Token } from '../text/tokenize';
import type { DateMention, Span } from '../types';
import { attacksStopped, denies, deniesOrStops, firstAttackDate, inCitation, inQuotedQuestion, isPlaceHit, quoteAround } from './cues';
import type { SentenceClaim, SentenceContext } from './extract';

/** Concepts further than this (in normalized characters) from the date don't describe it. */
const MAX_DISTANCE = 90;
/** The reach of a date that opens its sentence: long, but not past what a sentence holds ("On Sept. 27, …"). */
const OPENER_REACH = 220;
/** An event word this close to the date is its verb, and its subject may stand as far as SUBJECT_REACH. */
const VERB_AT_DATE = 12;
const SUBJECT_REACH = 160;
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

/** The distance an entity in the date's own clause counts for at most. */
const SUBJECT_DISTANCE = 40;

/** Added when the rule's event word (its first group) comes after the date: time usually follows its event. */
const AFTER_PENALTY = 30;
/** Added when the rule's nearest concept stands in a later clause than the date. */
const LATER_PENALTY = 30;

/** Concepts that name what a date's clause is about: with one there, no subject comes from the sentence before. */
const SUBJECT_CONCEPTS = new Set(['talks', 'attack', 'meeting', 'session', 'hamas', 'isis_ref', 'defmin', 'war', 'events']);

/** Concepts that name who, like entities: the group, the defence minister. */
const CONTEXT_CONCEPTS = new Set(['isis_ref', 'defmin']);
/** The distance a concept named only in the sentence before counts for. */
const CONTEXT_DISTANCE = 60;

/** Added to the distance of a concept in another clause: "defeat in 2017, and the mission ended in 2021". */
const CLAUSE_PENALTY = 45;

function clauseOf(clauses: readonly Span[], offset: number): number {
  for (let i = 0; i < clauses.length; i++) if (offset < (clauses[i] as Span).end) return i;
  return clauses.length - 1;
}

/** The text of the date's clause. */
function clauseText(ctx: SentenceContext, date: DateMention): string {
  const c = ctx.clauses[clauseOf(ctx.clauses, date.start)];
  return c ? ctx.text.slice(c.start, c.end) : '';
}

/**
 * How far the rule's concepts stand from the date: `d` in characters (the farthest group's nearest
 * hit), and `rank`, which adds CLAUSE_PENALTY when none of the rule's hits is in the date's clause
 * (the event the date's own clause names wins over one named in the clause before), and
 * LATER_PENALTY more when its nearest concept is in a later clause.
 */
/**
 * "in February after a drone killed…": what follows "after" in the same clause happened before the
 * date, not on it ("In January 2020, days after a drone killed Soleimani, parliament voted": the
 * vote, past the comma, is the date's).
 */
const AFTER_WORDS = /(?:^|[\s،,«"\u201c(])(?:[وف]?(?:بعد|عقب|اثر|منذ)|after|following|since)(?=\s)/gi;
const CLAUSE_MARKS = /[,،;:؛]/;

function referenceAfter(text: string, date: DateMention, h: Hit): boolean {
  const between = text.slice(date.end, h.start);
  let last = -1;
  for (const m of between.matchAll(AFTER_WORDS)) last = m.index + m[0].length;
  return last >= 0 && !CLAUSE_MARKS.test(between.slice(last));
}

/** A time counted from the event word: "ten days after", "بعد أيام من" (and at most three words before the word). */
const SHIFTED_AFTER =
  /(?:\b(?:days|weeks|months|years|hours)\s+(?:after|following)|(?<![\u0621-\u064a])(?:بعد|عقب)\s+(?:\S+\s+)?(?:ايام|يوما|اسابيع|اسبوعا|اشهر|شهرا|سنوات|ساعات)\s+(?:من|علي))\s+(?:\S+\s+){0,3}$/i;

/** "ten days after the Hamas-led assault on Israel, on Oct. 17": the date, past a comma, is another day's. */
function referenceBefore(text: string, date: DateMention, h: Hit): boolean {
  return SHIFTED_AFTER.test(text.slice(Math.max(0, h.start - 60), h.start)) && /[,،]\s*(?:\S+\s*)?$/.test(text.slice(h.end, date.start));
}

/** "later", "after that", «بعد ذلك بثلاث سنوات», «قبلها بعام»: a time counted from another. */
const SHIFTED_FROM_THAT = /(?<![\u0621-\u064a])(?:بعد ذلك|بعدها|قبل ذلك|قبلها|لاحقا)(?![\u0621-\u064a])|\b(?:later|afterwards|after that|before that|earlier)\b/i;

/** «بعد», "after" (and an article or one word) right before an event word. */
const AFTER_EVENT = /(?:^|[^\p{L}])(?:[وف]?(?:بعد|عقب|اثر)|after|following)\s+(?:the\s+)?(?:\S+\s+)?$/iu;
const RELATIVE = /(?<![\u0621-\u064a])(?:التي|الذي|اللذين|اللتين|الذين|اللي)(?![\u0621-\u064a])|\b(?:which|that|who|when)\b/i;
/** Words that may stand between an event and its date: prepositions, day words. */
const DATE_LINKS = new Set(['في', 'وفي', 'يوم', 'من', 'فجر', 'ليله', 'صباح', 'on', 'in', 'at', 'the', 'of', 'early', 'late', 'dawn', 'night']);

/**
 * «بعد هجوم الأردن أضفنا سؤالاً في ٣٠ كانون الثاني»: an event after "after", then words of another
 * statement before the date: the date is that statement's ("after the attack on Jan. 28" is not).
 */
function pastReference(ctx: SentenceContext, h: Hit, date: DateMention): boolean {
  if (!AFTER_EVENT.test(ctx.text.slice(Math.max(0, h.start - 25), h.start))) return false;
  // Words of the event's own phrase stand between: a relative clause («الزيارة التي قام بها
  // الوزير… في آب 2023»), or another word of the event ("after its defense minister made the trip…").
  if (RELATIVE.test(ctx.text.slice(h.end, date.start)) || ctx.hits.some((o) => o.start >= h.end && o.end <= date.start && (o.type === 'concept' || (o.type === 'entity' && !ctx.lex.places.has(o.id))))) return false;
  let words = 0;
  for (const t of ctx.tokens) {
    if (t.start < h.end || t.kind === 'punct') continue;
    if (t.start >= date.start) break;
    if (DATE_LINKS.has(t.text.toLowerCase()) || ctx.hits.some((o) => o.type === 'entity' && o.start <= t.start && t.end <= o.end)) continue;
    words++;
  }
  return words >= 2;
}

/**
 * «وفي تموز 2021 توافق الجانبان على طيّ صفحة القتال», "in July 2021 they agreed to end combat": an
 * event agreed on at the date happens later, so a word after the agreement is not the date's.
 */
const AGREED = /(?<![\u0621-\u064a])[وف]?(?:اتفق|اتفقت|اتفقا|توافق|توافقت|توافقا|تعهد|تعهدت|قرر|قررت|وافق|وافقت)(?![\u0621-\u064a])|\b(?:agreed|decided|pledged|promised|vowed)\b/i;

interface RuleDistance {
  d: number;
  rank: number;
  /** The event word's distance when it stands before the date in its clause (else Infinity). */
  word: number;
  /** Where that event word starts (-1 when none). */
  wordAt: number;
}

const UNREACHED: RuleDistance = { d: Infinity, rank: Infinity, word: Infinity, wordAt: -1 };

/** A time counted from another ("the next day", "في اليوم التالي", "weeks later"): its clause's event is not on the date named elsewhere. */
const RELATIVE_TIME = /اليوم التالي|بعد (?:يوم|يومين|ايام|اسبوع|اسابيع|شهر|اشهر)(?![\u0621-\u064a])|\b(?:the (?:next|following) day|the day after|a day later|(?:days|weeks|months|a week|a month) later)\b/i;

function shiftedClause(ctx: SentenceContext, clause: number): boolean {
  const c = ctx.clauses[clause];
  return !!c && RELATIVE_TIME.test(ctx.text.slice(c.start, c.end));
}

const QUESTION_MARK = /[?\u061f]/;

/** A clause that opens with a contrast («بينما», «في حين», "while", "whereas"). */
const CONTRAST_OPENING = /^\s*(?:[وف]?(?:بينما|في حين)|while|whereas)(?![\p{L}])/iu;

function contrastClause(ctx: SentenceContext, clause: number): boolean {
  const c = ctx.clauses[clause];
  return !!c && CONTRAST_OPENING.test(ctx.text.slice(c.start, c.end));
}

/** A clause that opens with "then" («ثم», "and then"): what it tells came after the date before it. */
const THEN_OPENING = /^\s*(?:[وف]?ثم|(?:and\s+)?then|later|afterwards?)(?![\p{L}])/iu;

function thenClause(ctx: SentenceContext, clause: number): boolean {
  const c = ctx.clauses[clause];
  return !!c && THEN_OPENING.test(ctx.text.slice(c.start, c.end));
}

/** A clause that is only a date and its preposition ("Later that year, in 2014, the President…", "أي عام 2016"). */
const DATE_ONLY_LEAD = /^(?:(?:and|in|on|by|during|then|that is|i\.e\.|[وف]?(?:في|خلال|ثم|اي))\s+)?$/i;

/** Words that may stand before a date opening a later clause: "…, and in July the committee met". */
const CLAUSE_LEAD = /^(?:(?:and|but|then|while|so)\s+)?(?:(?:in|on|during|by)\s+)?$|^[وف]?(?:ثم\s+)?(?:في|خلال)?\s*$/i;

/**
 * The date opens a clause after the first ("…لم تكتمل، وفي تموز جلست اللجنة مرة ثانية"): that
 * clause's statement follows it, and is no less its event for standing after it.
 */
function leadsLaterClause(ctx: SentenceContext, date: DateMention, clause: number): boolean {
  const c = ctx.clauses[clause];
  return clause > 0 && c !== undefined && date.start >= c.start && CLAUSE_LEAD.test(ctx.text.slice(c.start, date.start).trim());
}

/** Nothing after the date in its clause, or a second year ("in 2016 and 2017,", «عامي 2016 و2017،»). */
const SECOND_YEAR_ONLY = /^(?:\s*(?:and|or|to|[-–]|و|او)\s*(?:19|20)[0-9]{2})?\s*$/;

/** The date is all of its clause, and a comma leads on to the next clause, which it dates. */
export function dateOnlyClause(ctx: SentenceContext, date: DateMention): boolean {
  const i = clauseOf(ctx.clauses, date.start);
  const c = ctx.clauses[i];
  if (c === undefined || i + 1 >= ctx.clauses.length) return false;
  const mark = ctx.text[c.end];
  return (mark === ',' || mark === '\u060c') && SECOND_YEAR_ONLY.test(ctx.text.slice(date.end, c.end)) && DATE_ONLY_LEAD.test(ctx.text.slice(c.start, date.start).trimStart());
}

/**
 * The clause a date belongs to: its own, or the next one when the date stands alone between commas
 * ("Later that year, in 2014, the President stood up a coalition"): that clause is its statement.
 */
function eventClauseOf(ctx: SentenceContext, date: DateMention): number {
  const i = clauseOf(ctx.clauses, date.start);
  return dateOnlyClause(ctx, date) ? i + 1 : i;
}

/** Some word of each group stands within `gap` tokens of some word of every other group. */
function groupsTogether(ctx: SentenceContext, groups: string[][], gap: number): boolean {
  const [first, ...rest] = groups.map((g) => ctx.hits.filter((h) => g.includes(h.id)));
  return (first ?? []).some((a) => rest.every((hs) => hs.some((b) => Math.abs(a.token - b.token) <= gap)));
}

/** The ids of a sentence's hits, once per sentence context. */
const HIT_IDS = new WeakMap<SentenceContext, Set<string>>();

function hitIds(ctx: SentenceContext): Set<string> {
  let ids = HIT_IDS.get(ctx);
  if (!ids) HIT_IDS.set(ctx, (ids = new Set(ctx.hits.map((h) => h.id))));
  return ids;
}

/** Counted nouns a rule may name as a group: the soldiers ("the three soldiers killed on January 28"). */
const PEOPLE_UNITS = new Set(['troops', 'americans']);

/** Gatherings: held at a date, they are its event ("تعقد اجتماعها المقبل في تموز"). */
const GATHERINGS = new Set(['meeting', 'session', 'sitting']);

function namesOwnEvent(ctx: SentenceContext, date: DateMention, dateClause: number): boolean {
  return ctx.hits.some((h) => h.type === 'concept' && GATHERINGS.has(h.id) && h.end <= date.start && clauseOf(ctx.clauses, h.start) === dateClause);
}

/** `useContext`: asked only when a group is missing, whether the sentence before may supply it. */
function ruleDistance(ctx: SentenceContext, groups: string[][], date: DateMention, useContext: () => boolean, placeFromContext = false): RuleDistance {
  // With no concept of the rule in the sentence at all, nothing can anchor it (see fromContext below).
  const ids = hitIds(ctx);
  if (!groups.some((group) => group.some((id) => ids.has(id)))) return UNREACHED;
  const { text, hits, clauses } = ctx;
  const context = ctx.context;
  const dateClause = eventClauseOf(ctx, date);
  const leads = leadsLaterClause(ctx, date, dateClause);
  const dateThen = thenClause(ctx, dateClause);
  // Only a sentence with a question mark can hold a quoted question.
  const asks = QUESTION_MARK.test(text);
  let worst = 0;
  let anchored = false;
  let later = false;
  let after = false;
  let fromContext = false;
  let eventLater = false;
  let word = Infinity;
  let wordAt = -1;
  for (const group of groups) {
    // A group the sentence lacks may be named by the sentence before ("Al-Abbasi flew to
    // Washington. The visit was in August 2023."), if another group stands in the date's clause.
    // Who, not what: the event word itself must be in the sentence ("the talks" or "the attack"
    // before is not this date's), and not a place ("the attack on Jan. 20" after a sentence on
    // Jordan may be any attack).
    if (context && groups.length > 1 && (placeFromContext || !group.some((id) => ctx.lex.places.has(id))) && !hits.some((h) => group.includes(h.id) && !insideDate(h, date)) && useContext()) {
      if (!context().some((h) => group.includes(h.id) && (h.type === 'entity' || CONTEXT_CONCEPTS.has(h.id)))) return UNREACHED;
      fromContext = true;
      worst = Math.max(worst, CONTEXT_DISTANCE);
      continue;
    }
    let best = Infinity;
    let bestLater = false;
    let bestAfter = false;
    let bestVerb = false;
    let bestAt = -1;
    let inOwnClause = false;
    for (const h of hits) {
      if ((h.type !== 'concept' && h.type !== 'entity' && !(h.type === 'unit' && PEOPLE_UNITS.has(h.id))) || !group.includes(h.id) || insideDate(h, date)) continue;
      if (h.start >= date.end && (referenceAfter(text, date, h) || AGREED.test(text.slice(date.end, h.start)))) continue;
      // "ten days after the Hamas-led assault on Israel, on Oct. 17": past the comma, another day.
      if (h.end <= date.start && (referenceBefore(text, date, h) || pastReference(ctx, h, date))) continue;
      const clause = clauseOf(clauses, h.start);
      // «…في ديسمبر 2011، وهذه أرقام لا صلة لها بالتحالف الذي وُلد بعد ذلك بثلاث سنوات»: an event
      // a later clause puts before or after "that" happened at another time.
      if (h.start >= date.end && clause !== clauseOf(clauses, date.start) && SHIFTED_FROM_THAT.test(text.slice(h.end, (clauses[clause] as Span).end))) continue;
      const sameClause = clause === dateClause;
      if (!sameClause && (shiftedClause(ctx, clause) || (clause > dateClause && thenClause(ctx, clause)))) continue;
      // «…توقفت إثر الضربة، ثم عادت في 11 شباط»: a "then" clause's date is not the event of the clause before.
      if (clause < dateClause && group === groups[0] && dateThen) continue;
      // «صدرت في 11 يوليو، بينما يُنتظر أن تلتئم اللجنة…»: a contrasting clause is another statement.
      if (clause > dateClause && group === groups[0] && contrastClause(ctx, clause)) continue;
      // 'in February when the question was "In what year did the parliament vote…?"': a question asks, it tells nothing.
      if (asks && inQuotedQuestion(text, h.start) && quoteAround(text, h.start) !== quoteAround(text, date.start)) continue;
      const d = h.type === 'entity' && sameClause ? Math.min(distance(h, date), SUBJECT_DISTANCE) : distance(h, date);
      if (d < best) {
        bestLater = clause > dateClause;
        bestAfter = h.start >= date.end && !(leads && sameClause);
        bestVerb = sameClause && !bestAfter;
        bestAt = h.start;
      }
      best = Math.min(best, d);
      if (sameClause) anchored = inOwnClause = true;
    }
    if (best > worst || (best === worst && bestLater)) later = bestLater;
    // The first group names the event itself (founded, suspended, voted…): where it stands decides.
    if (group === groups[0]) {
      after = bestAfter;
      eventLater = bestLater && !inOwnClause;
      // Only a word before the date in its clause can be its verb ("قد جُمّدت في 29 كانون الثاني").
      word = bestVerb ? best : Infinity;
      wordAt = bestVerb ? bestAt : -1;
    }
    worst = Math.max(worst, best);
  }
  // Time usually follows its event: a concept only in a later clause is a weaker reading ("Mosul
  // fell in June 2014, and the coalition was formed three months later, in September").
  if (fromContext && !anchored) return UNREACHED;
  // «تعقد اجتماعها المقبل في تموز، استكمالاً لمسار افتُتح بمحادثات…»: a date whose clause names its
  // own event before it (a meeting) is that event's, not one whose word only a later clause names.
  if (eventLater && namesOwnEvent(ctx, date, dateClause)) return UNREACHED;
  return { word, wordAt, d: worst, rank: (anchored ? worst : worst + CLAUSE_PENALTY) + (later && !anchored ? LATER_PENALTY : 0) + (after ? AFTER_PENALTY : 0) };
}

/** Words before a date that make it a citation or a time range, not an event's date. */
// "قبل السابع من تشرين الأول بأشهر", "after Oct. 7": a reference point, not the event's own date.
const NOT_EVENT_BEFORE = new Set(['accessed', 'retrieved', 'updated', 'update', 'note', 'ملاحظه', 'posted', 'published', 'between', 'بين', 'تحديث', 'نشر', 'اطلع', 'قبل', 'بعد', 'before', 'after', 'correction', 'clarification', 'تصحيح', 'استدراك']);
/** A time stamp's zone right before a date ("1930 gmt 28 Jan:"): a dateline, no event's date, not even in passing. */
const TIME_ZONES = new Set(['gmt', 'utc']);

/** The last word before the date (none past a number), passing over `skip` words. */
function wordBefore(ctx: SentenceContext, date: DateMention, skip?: ReadonlySet<string>): string | null {
  let prev: string | null = null;
  for (const tok of ctx.tokens) {
    if (tok.start >= date.start) break;
    const word = tok.text.toLowerCase();
    if ((tok.kind === 'arabic' || tok.kind === 'latin') && !skip?.has(word)) prev = word;
    else if (tok.kind === 'digits') prev = null;
  }
  return prev;
}

const RANGE_STARTS = new Set(['between', 'from', 'بين']);
const RANGE_LINKS = new Set(['and', 'to', 'until', 'through', 'و', 'الي', 'حتي']);

/**
 * Figures besides the dates, in the date's clause or after it: a "since" date there starts a count,
 * it is no event. A count in an earlier clause is another statement ("ينتشر 2500 منهم في العراق،
 * وأن مهمة التحالف تحولت منذ نهاية 2021 إلى المشورة").
 */
function hasCount(ctx: SentenceContext, date: DateMention): boolean {
  const dateClause = clauseOf(ctx.clauses, date.start);
  return ctx.numbers.some((n) => !n.label && (n.numStart >= date.end || clauseOf(ctx.clauses, n.numStart) === dateClause) && !ctx.dates.some((d) => d.start < n.numEnd && n.numStart < d.end));
}

// Words that lead into a date but are not part of it: "في شهر تموز", "since Oct. 17".
const LEAD_WORDS = new Set(['في', 'وفي', 'منذ', 'ومنذ', 'حتى', 'خلال', 'شهر', 'بحلول', 'بدءا', 'ابتداء', 'اعتبارا', 'من', 'بيوم', 'in', 'since', 'by', 'on', 'the', 'of', 'during', 'until', 'as']);

export function phraseStart(ctx: SentenceContext, date: DateMention): number {
  let start = date.start;
  for (const tok of ctx.tokens) {
    if (tok.end <= start) continue;
    if (tok.start >= date.end) break;
    const word = tok.text.toLowerCase();
    // «فمنذ», «وحتى»: a lead word with its conjunction glued on.
    if (!LEAD_WORDS.has(word) && !(/^[وف]/.test(word) && LEAD_WORDS.has(word.slice(1)))) break;
    start = tok.end;
  }
  // Skip the space after a skipped word.
  while (start < date.end && /\s/.test(ctx.text[start] as string)) start++;
  return start;
}

export interface EventClaim {
  claim: SentenceClaim;
  dateIndex: number;
  /** Only an implied reading (Claim.impliedOnly): the date stays free to time a count. */
  passive?: boolean;
}

interface Ranked {
  measure: string;
  /** The event word's own distance: between rules as near, the one whose event word is nearer wins. */
  word?: number;
  /** Where that event word starts, when it stands right before the date in its clause. */
  wordAt?: number;
  /** Distance with the clause penalty: lower is better. */
  d: number;
  /** One of the rule's concepts is in the date's own clause. */
  anchored: boolean;
  confirmOnly?: boolean;
}

/**
 * Characters between a date and the nearest counted figure (Infinity when none); a figure in
 * another clause counts CLAUSE_PENALTY more ("…للتحالف الدولي منذ 2014، وهو تحالف يضم اليوم 86 دولة").
 */
function countDistance(ctx: SentenceContext, date: DateMention): number {
  let best = Infinity;
  const dateClause = clauseOf(ctx.clauses, date.start);
  for (const n of ctx.numbers) {
    if (n.label || ctx.dates.some((d) => d.start < n.numEnd && n.numStart < d.end)) continue;
    const gap = n.numEnd <= date.start ? date.start - n.numEnd : n.numStart >= date.end ? n.numStart - date.end : 0;
    best = Math.min(best, gap + (clauseOf(ctx.clauses, n.numStart) === dateClause ? 0 : CLAUSE_PENALTY));
  }
  return best;
}

/** Words after a date that tell what happened then: "since Jan. 27, when a drone strike…". */
const WHEN_AFTER = new Set(['when', 'حين', 'عندما', 'حينما', 'يوم']);

/** The first word after the date (past a comma) is WHEN_AFTER. */
function introducesEvent(ctx: SentenceContext, date: DateMention): boolean {
  for (const tok of ctx.tokens) {
    if (tok.start < date.end) continue;
    if (tok.kind === 'punct' && (tok.text === ',' || tok.text === '،')) continue;
    return WHEN_AFTER.has(tok.text.toLowerCase());
  }
  return false;
}

/**
 * A date that opens the sentence as its own clause ("In March 2023, …", "في آذار 2023، …") dates
 * the sentence's statement, however long: its event may stand at the far end.
 */
function opensSentence(ctx: SentenceContext, date: DateMention): boolean {
  const first = ctx.clauses[0];
  // The date ends the first clause (a comma inside "Feb. 27, 2024" does not count).
  if (first === undefined || ctx.clauses.length < 2 || date.end < first.end || date.end > first.end + 1 || phraseStart(ctx, date) - first.start > 12) return false;
  // A comma, or a colon after a timeline entry's date ("أواخر 2022: التحالف يطوي دوره القتالي").
  const mark = ctx.text[first.end];
  return mark === ',' || mark === '،' || mark === ':' || mark === '\u2013' || mark === '\u2014';
}

/** Concepts of an absence: "no combat role since 2021" dates their event, "no attack since 4 February" does not. */
const ABSENCE_CONCEPTS = new Set(['end', 'suspend', 'advisory_role', 'withdraw']);

/** The date's clause is negated or says something stopped ("ولم يُسجَّل أي هجوم منذ ٤ شباط"). */
function negatedClause(ctx: SentenceContext, date: DateMention): boolean {
  return deniesOrStops(clauseText(ctx, date));
}

/** The date's clause denies, before the date, what happened before it: "not formed before 2015". */
function notBeforeClause(ctx: SentenceContext, date: DateMention): boolean {
  const clause = ctx.clauses[clauseOf(ctx.clauses, date.start)];
  return !!clause && denies(ctx.text.slice(clause.start, date.start));
}

/** Being there, then «من» (and «سنة/عام»): "since" in speech. */
const DIALECT_SINCE = new RegExp(`${BEING_THERE}\\s+من(?:\\s+(?:سنه|عام))?\\s*$`);

/** Being there: with the coalition and "since", the date it came. */
const PRESENCE =
  /(?<![\u0621-\u064a])[وف]?(?:موجود|موجوده|موجودين|متواجد|متواجده|يتواجد|تتواجد|جاي|جايين|قائم|قائما|ينتشر|تنتشر|منتشر|منتشره|يحتل|تحتل|احتل|يعمل|تعمل|يقاتل|تقاتل|يحارب|تحارب)(?![\u0621-\u064a])|علي الارض|علي الاراضي|في العراق منذ|\b(?:existed|exists|existence|been around|on (?:Iraqi|Syrian|Iraq's|Syria's) soil|been in (?:Iraq|Syria|this coalition|the coalition)|been at it|been there|been here|been over there|been in country|occupied|occupying|present in|operating in|fighting|battling)\b/i;

/** A member's part in the coalition, not the coalition's own start. */
const MEMBERSHIP =
  /(?<![\u0621-\u064a])[وف]?(?:انضم|انضمت|ينضم|تنضم|انضمام|عضو|عضوا|عضويه|اعضاء|شارك|شاركت|يشارك|تشارك|مشاركه|المشاركه|شريك|شريكا)(?![\u0621-\u064a])|\b(?:joined|join|joining|member|members|membership|partner|partners|part of|participated|participating|taken part|took part)\b/i;

/** The event rules that could describe a date, nearest first. `counted`: the sentence counts something. */
function rankEvents(ctx: SentenceContext, date: DateMention, counted: boolean): Ranked[] {
  const ranked: Ranked[] = [];
  // "since" in a negated clause says when something stopped: only an absence's event can be dated by it.
  // "No U.S. troops have died since Jan. 30, when…" names its event after the date.
  const absenceOnly = date.rel === 'since' && negatedClause(ctx, date) && !introducesEvent(ctx, date);
  // With a count, "since Oct. 17" starts it and "by February" dates it: neither is an event. Alone,
  // "no combat role since 2021" dates an event, and so does "since Jan. 27, when a drone strike…".
  // "أول هجوم على القوات الأميركية": the date starts the attacks' running total (extract.ts).
  const startsAttacks = date === ctx.dates[firstAttackDate(ctx)];
  if (!startsAttacks && (!counted || (date.rel !== 'since' && date.rel !== 'until' && date.rel !== 'asof') || introducesEvent(ctx, date))) {
    const reach = opensSentence(ctx, date) ? OPENER_REACH : MAX_DISTANCE;
    // Only a sentence that names no one may take its "who" from the sentence before ("Formed in
    // 2014, yes."); "the battle for Mosul was launched in 2016" has a subject of its own.
    // Only the date's clause counts, and what follows "after" there happened before ("It was put
    // together in September 2014, three months after Mosul fell, and it has 87 members, like NATO").
    let subjects: Hit[] | null = null;
    const subjectsOfClause = (): Hit[] => {
      const dateClause = clauseOf(ctx.clauses, date.start);
      return (subjects ??= ctx.hits.filter(
        (h) =>
          (h.type === 'entity' || (h.type === 'concept' && SUBJECT_CONCEPTS.has(h.id))) &&
          clauseOf(ctx.clauses, h.start) === dateClause &&
          !(h.start >= date.end && referenceAfter(ctx.text, date, h)),
      ));
    };
    for (const rule of ctx.lex.eventRules) {
      if (rule.existsSince !== undefined || rule.implied || (rule.together !== undefined && !groupsTogether(ctx, rule.all, rule.together)) || (absenceOnly && !rule.all.some((group) => group.some((id) => ABSENCE_CONCEPTS.has(id))))) continue;
      // "a commission the two governments agreed to set up last August": the commission is what
      // was set up, so the coalition named before is not.
      const namesNobody = (): boolean => !subjectsOfClause().some((h) => h.type === 'entity' || !rule.all.some((group) => group.includes(h.id)));
      const { d, rank, word, wordAt } = ruleDistance(ctx, rule.all, date, namesNobody);
      // The event word right at the date ("قد جُمّدت في 29 كانون الثاني") reaches its subject however
      // long the clause before it: "وكانت المحادثات …، والتي تجري …، قد جُمّدت".
      // With no subject of its own in its clause ("; they restarted in February"), it reaches the
      // sentence's subject however far.
      const reachHere = word <= VERB_AT_DATE ? (namesNobody() ? Infinity : Math.max(reach, SUBJECT_REACH)) : reach;
      if (d === Infinity || d > reachHere) continue;
      // One reading per event: the nearest of its rules ("أعلن العراقيون النصر" beats a victory
      // whose "ISIS" only the sentence before names).
      const reading: Ranked = { measure: rule.measure, d: rank, anchored: rank === d, word, wordAt };
      const same = ranked.findIndex((r) => r.measure === rule.measure);
      if (same < 0) ranked.push(reading);
      else if (rank < (ranked[same] as Ranked).d) ranked[same] = reading;
    }
  }
  // A day ("منذ 17 تشرين الأول") or a month without its year («منذ أواسط تشرين الأول») beside a count starts
  // the count; the coalition exists since a year or month.
  // «التحالف موجود من 2016», «جاي من 2016»: in speech «من» after being there is "since".
  const since = date.rel === 'since' || (date.rel === undefined && DIALECT_SINCE.test(ctx.text.slice(Math.max(0, date.start - 30), date.start)));
  if (ranked.length === 0 && since && !absenceOnly && !(counted && (date.day !== undefined || date.yearSpan === undefined))) {
    // "التحالف الذي تقوده واشنطن منذ 2014": the coalition has existed since then, even beside a
    // count, as long as the date stands closer to the coalition than to any counted figure.
    const toCount = counted ? countDistance(ctx, date) : Infinity;
    for (const rule of ctx.lex.eventRules) {
      if (rule.existsSince === undefined) continue;
      const { d, rank } = ruleDistance(ctx, rule.all, date, () => false);
      // "has been on Iraqi soil since 2013", "موجود منذ 2016" say when it came. Otherwise ("relations
      // with the coalition strained since 2020", "Kuwait joined it in 2015") the coalition only existed
      // by then, which can confirm its founding but not contradict it.
      const clause = ctx.clauses[clauseOf(ctx.clauses, date.start)];
      const arrived = clause !== undefined && PRESENCE.test(ctx.text.slice(clause.start, clause.end)) && !MEMBERSHIP.test(ctx.text);
      if (rank <= rule.existsSince && d < toCount) ranked.push({ measure: rule.measure, d: rank, anchored: true, confirmOnly: !arrived });
    }
  }
  // The event word right at the date is its verb ("…and picked them up again on Feb. 11" after
  // "the day of the Jordan attack"): that reading comes first.
  const atDate = (r: Ranked): number => ((r.word ?? Infinity) <= VERB_AT_DATE ? 0 : 1);
  return ranked.sort((a, b) => atDate(a) - atDate(b) || a.d - b.d || (a.word ?? Infinity) - (b.word ?? Infinity));
}

/** Words of aim: "لضمان الهزيمة الدائمة لداعش", "to ensure the lasting defeat of ISIS" is a goal, not an event. */
const PURPOSE = new Set(['لضمان', 'لتحقيق', 'بهدف', 'لاجل', 'اجل', 'سعيا', 'غايته', 'غايتها', 'ensure', 'achieve', 'aimed', 'aiming', 'seeking', 'secure', 'goal', 'aim']);

/** «لهزيمة داعش», «لدحر التنظيم»: a victory word with ل is an aim. */
const AIM_PREFIXED = /^ل(?:هزيمه|دحر|هزم|تحرير)/;

function afterPurpose(ctx: SentenceContext, h: Hit): boolean {
  if (h.id === 'victory' && AIM_PREFIXED.test(ctx.text.slice(h.start, h.end))) return true;
  for (let k = h.token - 1; k >= Math.max(0, h.token - 3); k--) if (PURPOSE.has((ctx.tokens[k] as { text: string }).text.toLowerCase())) return true;
  return howTo(ctx, h);
}

/** «كيف نهزم التنظيم», "how to defeat ISIS": a question of means, no event. */
function howTo(ctx: SentenceContext, h: Hit): boolean {
  const prev = ctx.tokens[h.token - 1]?.text.toLowerCase();
  const word = ctx.tokens[h.token]?.text ?? '';
  if (prev === 'to') return ctx.tokens[h.token - 2]?.text.toLowerCase() === 'how';
  return (prev === 'كيف' || prev === 'وكيف') && /^[نيت][\u0621-\u064a]{2,}/.test(word);
}

/** Verbs of saying: a date right after one dates the saying ("قالت في شباط إن…", "said on Monday that…"). */
const SPEECH_VERBS = new Set([
  'said', 'says', 'reported', 'told', 'wrote', 'claimed', 'stated', 'quoted', 'قال', 'قالت', 'ذكر', 'ذكرت', 'افاد', 'افادت', 'نقل', 'نقلت', 'كتب', 'كتبت', 'صرح', 'صرحت', 'زعم', 'زعمت',
]);
/** A document named with its year: «اتفاقية الإطار الاستراتيجي لسنة 2008», «قانون … لعام», "Agreement of 2008". */
const DOCUMENT_OF_YEAR =
  /(?:(?<![\u0621-\u064a])[وف]?(?:ال)?(?:اتفاقيه|اتفاق|قانون|معاهده|موازنه|ميزانيه|مذكره)(?:\s+[\u0621-\u064a]+){0,3}(?:\s+(?:ل|لل)?(?:سنه|عام))?|\b(?:agreement|treaty|act|law|budget|memorandum)\s+of)\s*$/i;

/** Events that are attacks: a clause saying the attacks stopped dates none of them. */
const ATTACK_EVENTS = new Set(['jordan_attack', 'oct7_attack']);

/** Events that are themselves statements: a speech verb dates them. */
const STATEMENTS = new Set(['mission_incomplete_statement']);

function speechBefore(ctx: SentenceContext, date: DateMention): boolean {
  // Past lead words outside the date's span ("said on Monday").
  const prev = wordBefore(ctx, date, LEAD_WORDS);
  return prev !== null && SPEECH_VERBS.has(prev.replace(/^[وف](?=[\u0621-\u064a]{3})/, ''));
}

/** Pieces of a newspaper: a date on one of them is when it ran, not when its subject happened. */
const PUBLICATION_BEFORE =
  /(?:\b(?:version|draft)\b[^.;:]{0,40}\b(?:on|dated)|\b(?:caption|story|article|graphic|column|editorial|headline|op-ed|piece|photo|post|tweet|video|broadcast|episode|issue|edition)\s+(?:published\s+|posted\s+|that ran\s+|aired\s+|dated\s+)?(?:on|of|from|dated)|(?<![\u0621-\u064a])(?:مقال|مقاله|تقرير|خبر|تغريده|منشور|عدد|حلقه)\s+(?:نشر|نشرت|منشور|صدر|بث|بثت)?\s*(?:في|بتاريخ|يوم)|(?<![\u0621-\u064a])(?:عدد|العدد)|\bissue of)\s*$/i;
const PUBLICATION_AFTER = /^\s*(?:story|article|graphic|column|editorial|headline|caption|op-ed|piece|issue|edition|episode)\b/i;

/** A document named in the comma-separated part right before a date that ends its sentence. */
const SOURCE_DOCUMENT =
  /(?:\b(?:statement|transcript|briefing|press release|news release|release|report|interview|testimony|hearing|remarks|bulletin|fact sheet|press conference)\b|(?<![\u0621-\u064a])(?:بيان|تقرير|مؤتمر صحفي|ايجاز صحفي|مقابله|نص)(?![\u0621-\u064a]))[^,،]{0,80}[,،]\s*$/i;

function citedSource(ctx: SentenceContext, date: DateMention): boolean {
  return /^[\s.)\]]*$/.test(ctx.text.slice(date.end)) && SOURCE_DOCUMENT.test(ctx.text.slice(Math.max(0, date.start - 100), date.start));
}

/**
 * "the Feb. 2 retaliatory strikes": an English date between "the" and a noun is that noun's; with
 * no event word of ours among the next words ("the Jan. 28 drone attack" has one; a single "drone
 * strike" is an attack too), no event here.
 */
function attributiveElsewhere(ctx: SentenceContext, date: DateMention): boolean {
  const after = ctx.text.slice(date.end, date.end + 40);
  if (!/\bthe\s+$/i.test(ctx.text.slice(Math.max(0, date.start - 5), date.start)) || !/^\s+[a-z]/i.test(after)) return false;
  if (/^\s+(?:\S+\s+)?strike\b/i.test(after)) return false;
  const next = ctx.tokens.findIndex((t) => t.start >= date.end);
  return next >= 0 && !ctx.hits.some((h) => (h.type === 'concept' || h.type === 'entity') && h.token >= next && h.token < next + 3);
}

const YEARS_AGO_BEFORE = /\b(?:years?|decades?) ago\s*$|(?<![\u0621-\u064a])(?:قبل\s+\S+\s+(?:سنوات|اعوام|عاما|سنه))\s*(?:في\s*)?$/i;

/** A quoted title closed right before the date (`,"` or `",`): a citation's date. */
const CITED_TITLE_BEFORE = /(?:,\s*["\u201d\u00bb]|["\u201d\u00bb]\s*,)\s*$/;

/** Attackers of Israel other than Hamas, and Hamas's own names. */
const IRAN_AXIS = /(?<![\u0621-\u064a])(?:[وف]?(?:ب|ل)?(?:ال)?(?:ايران|ايراني|ايرانيه|حوثي|حوثيين|الحوثيون)|حزب الله)(?![\u0621-\u064a])|\b(?:Iran|Iranian|Iran's|Hezbollah|Houthis?)\b/i;
const HAMAS_NAMED = /حماس|طوفان الاقصي|\bHamas\b|Al-Aqsa Flood/i;

/** Event words that keep a date right after them for their own event ("خلال زيارته واشنطن في نيسان"). */
const OWN_DATE_EVENTS = new Set(['visit']);
/** Most tokens between such a word and the date (a place, "في"). */
const OWN_DATE_REACH = 3;

/** The concept of an OWN_DATE_EVENTS word standing right before the date in its clause, or null. */
function ownEventBefore(ctx: SentenceContext, date: DateMention): string | null {
  const dateClause = clauseOf(ctx.clauses, date.start);
  const first = ctx.tokens.findIndex((t) => t.end > date.start);
  const last = ctx.tokens.findIndex((t) => t.end >= date.end);
  for (const h of ctx.hits) {
    if (h.type !== 'concept' || !OWN_DATE_EVENTS.has(h.id) || clauseOf(ctx.clauses, h.start) !== dateClause) continue;
    if (h.end <= date.start && first - h.lastToken <= OWN_DATE_REACH) return h.id;
    // "al-Sudani's April 15 visit": the noun right after the date.
    if (h.start >= date.end && h.token === last + 1) return h.id;
  }
  return null;
}

/** «تشكيل لجنة ثنائية لإنهاء مهمة التحالف», "set up a commission": the founding of another body. */
const OTHER_BODY = /^(?:[وف]?(?:لجنه|اللجنه|لجان|هيئه|فريق|مجلس)|committee|commission|panel|working)$/i;

/** A quoted name right after the verb, not a quoted time («تأسس «عام 2015»», 'formed "in 2016'). */
const QUOTED_NAME_AFTER = /^\s*[«"“](?!\s*(?:[0-9]|(?:[وف]?(?:في|عام|سنه|بعام|منذ)|in|on|at|back|since)(?![\p{L}])))\p{L}/u;

/** «وُلد الشاعر», «ولدت الفكرة»: a verb of birth with another definite noun right after it is that one's birth. */
const BORN = /^[وف]?(?:ولد|ولدت)$/;
const TIME_NOUNS = new Set(['العام', 'السنه', 'الشهر', 'اليوم', 'الاسبوع']);

function bornSomeoneElse(ctx: SentenceContext, h: Hit): boolean {
  if (h.id !== 'found' || !BORN.test(ctx.text.slice(h.start, h.end))) return false;
  const next = ctx.tokens[h.lastToken + 1];
  if (!next || next.kind !== 'arabic' || !next.text.startsWith('ال') || TIME_NOUNS.has(next.text)) return false;
  return !ctx.hits.some((o) => o.type === 'entity' && o.id === 'COALITION' && o.token === h.lastToken + 1);
}

function foundsSomethingElse(ctx: SentenceContext, h: Hit): boolean {
  if (bornSomeoneElse(ctx, h)) return true;
  if (h.id === 'coalition_born') return ANNOUNCED_BY.test(ctx.text.slice(h.end, h.end + 6)) && ctx.text.slice(h.start, h.end).includes('اعلان');
  // «تأسست «السواحل» بعد…»: a name in quotes right after the verb is what was founded.
  return h.id === 'found' && (OTHER_BODY.test(ctx.tokens[h.lastToken + 1]?.text ?? '') || QUOTED_NAME_AFTER.test(ctx.text.slice(h.end, h.end + 20)));
}

/** «إعلان التحالف عن مقتل…», «إعلان التحالف أن…»: the coalition's announcement, not its founding. */
const ANNOUNCED_BY = /^\s*(?:عن|ان|انه|انها)(?![\u0621-\u064a])/;

/** «وزير الدفاع الأمريكي», «وزير الدفاع لويد أوستن»: Washington's defence secretary, not Iraq's minister. */
const US_SECRETARY_AFTER = /^\s*(?:الامريكي|الاميركي|لويد|اوستن|بيت هيغسيث|Lloyd|Austin|of the United States)(?![\u0621-\u064a\w])/i;

function usDefenseSecretary(ctx: SentenceContext, h: Hit): boolean {
  return h.id === 'defmin' && US_SECRETARY_AFTER.test(ctx.text.slice(h.end, h.end + 20));
}

/** «استأنفت اجتماعاتها», "resumed its meetings": meetings resumed are the talks, no one meeting. */
function pluralMeetings(ctx: SentenceContext, h: Hit): boolean {
  if (h.id !== 'meeting' || !/اجتماعات|\bmeetings\b/i.test(ctx.text.slice(h.start, h.end))) return false;
  const clause = clauseOf(ctx.clauses, h.start);
  return ctx.hits.some((r) => r.id === 'resume' && clauseOf(ctx.clauses, r.start) === clause);
}

/** "انطلاقاً من إقليم كردستان": "from" a place, not a launch or a founding. */
const ADVERBIAL_FROM = new Set(['انطلاقا', 'وانطلاقا']);
/** "…، وانتهاءً بإعلان النصر": "and ending with", a span's last item, not an end event. */
const ADVERBIAL_ENDING = new Set(['انتهاء', 'وانتهاء']);

function adverbialFrom(ctx: SentenceContext, h: Hit): boolean {
  if (h.token !== h.lastToken) return false;
  const word = (ctx.tokens[h.token] as { text: string }).text;
  const next = ctx.tokens[h.token + 1]?.text ?? '';
  return (ADVERBIAL_FROM.has(word) && next === 'من') || (ADVERBIAL_ENDING.has(word) && next.startsWith('ب'));
}

/** "أعلنت بغداد النصر", «بإعلان الحكومة العراقية النصر»: a declaring word and النصر a few words on. */
const DECLARING = /^[وف]?ب?(?:اعلن|اعلنت|اعلان|يعلن|تعلن)$/;
const DECLARED_REACH = 4;

function declaredVictories(ctx: SentenceContext): Hit[] {
  const out: Hit[] = [];
  ctx.tokens.forEach((t, k) => {
    if (!DECLARING.test(t.text)) return;
    for (let j = k + 1; j <= k + DECLARED_REACH && j < ctx.tokens.length; j++) {
      const w = ctx.tokens[j] as Token;
      if (w.kind === 'punct') return;
      if (w.text === 'النصر') {
        out.push({ type: 'concept', id: 'victory_declared', start: t.start, end: w.end, token: k, lastToken: j });
        return;
      }
    }
  });
  // «النصر المعلن», «النصر الذي أُعلن»: the victory, then its declaring.
  ctx.tokens.forEach((t, k) => {
    const next = ctx.tokens[k + 1];
    const declared = next && (DECLARED_AFTER.has(next.text) || (next.text === 'الذي' && DECLARING.test(ctx.tokens[k + 2]?.text ?? '')));
    if (/^[وف]?(?:ب|ل)?النصر$/.test(t.text) && declared) out.push({ type: 'concept', id: 'victory_declared', start: t.start, end: next.end, token: k, lastToken: k + 1 });
  });
  return out;
}

const DECLARED_AFTER = new Set(['المعلن', 'المعلنه']);

const NONE: ReadonlySet<string> = new Set();

/** "counting from Oct. 17", «ابتداءً من»: where a count starts (not "dates from", which dates an event). */
const COUNTING_FROM = /(?:\b(?:counting|counted|starting|beginning|tallied)\s+(?:from|on)?|(?<![\u0621-\u064a])(?:ابتداء|بدءا|اعتبارا)\s+من(?:\s+يوم)?)\s*$/i;

/** "after the fall of Mosul", «بعد سقوط الموصل»: an event named as a point of reference. */
const REFERENCE_BEFORE = /(?:^|[^\p{L}])(?:after|before|since|following|[وف]?(?:بعد|قبل|منذ|عقب|اثر|إثر))\s*$/u;

/** «أول رد أمريكي على هجوم الأردن», "in response to the Jordan attack": the response's date, not the attack's. */
const RESPONSE_TO = /(?<![\u0621-\u064a])(?:ال)?(?:رد|ردا|ردود)(?:\s+[\u0621-\u064a]+){0,2}\s+علي\s*$|\b(?:response to|responding to|retaliation for|reprisal for)\s+(?:the\s+)?$/i;

/** "on the 20th anniversary of the invasion", «في الذكرى العشرين للغزو»: the event is years before the date. */
const ANNIVERSARY_OF = /\banniversary of (?:the )?$|(?<![\u0621-\u064a])[وف]?(?:في )?(?:ال)?ذكري (?:ال[\u0621-\u064a]+ )?(?:ل|لل)?$/i;

/**
 * Whether `date` is the first date after some word of `group`, or opens its sentence with the word
 * right after it (a timeline's «أيلول 2014: إعلان التحالف»).
 */
function nearestDateOf(ctx: SentenceContext, group: string[], date: DateMention): boolean {
  const words = ctx.hits.filter((h) => group.includes(h.id) && !insideDate(h, date));
  if (opensSentence(ctx, date) && words.some((h) => h.start >= date.end && h.start - date.end <= 3)) return true;
  return words.some((h) => h.end <= date.start && !ctx.dates.some((other) => other.start >= h.end && other.end <= date.start));
}

/** The implied readings (EventRule.implied) whose concepts stand within reach of the date, nearest first. */
export function impliedReadings(ctx: SentenceContext, date: DateMention, assumed: ReadonlySet<string> = NONE): string[] {
  const reach = opensSentence(ctx, date) ? OPENER_REACH : MAX_DISTANCE;
  const found: Array<{ measure: string; d: number }> = [];
  for (const rule of ctx.lex.eventRules) {
    if (!rule.implied || (rule.implied === 'day' && date.day === undefined) || (rule.implied === 'month' && date.month === undefined) || found.some((f) => f.measure === rule.measure)) continue;
    if (rule.together !== undefined && !groupsTogether(ctx, rule.all, rule.together)) continue;
    // A year is read in passing only by the event word just before it: «سقطت الموصل في حزيران
    // 2014، وأُعلن التحالف في أيلول من العام نفسه» announces September, not June.
    if (rule.implied === 'year' && !nearestDateOf(ctx, rule.all[0] ?? [], date)) continue;
    // `assumed`: concepts the caller's claim already stands for (a count of attacks is about attacks).
    if (rule.all.every((group) => group.some((id) => assumed.has(id)))) {
      found.push({ measure: rule.measure, d: 0 });
      continue;
    }
    const { d, rank } = ruleDistance(ctx, rule.all, date, () => rule.placeFromContext === true, rule.placeFromContext);
    if (d <= reach) found.push({ measure: rule.measure, d: rank });
  }
  return found.sort((a, b) => a.d - b.d).map((f) => f.measure);
}

export function eventClaimsInSentence(sentence: SentenceContext): EventClaim[] {
  // A date's part word ("مع نهاية 2021") is no event word for another date ("هزيمته في ديسمبر 2017").
  const aims = sentence.hits.filter(
    (h) =>
      h.type !== 'concept' ||
      !(
        afterPurpose(sentence, h) ||
        adverbialFrom(sentence, h) ||
        pluralMeetings(sentence, h) ||
        foundsSomethingElse(sentence, h) ||
        usDefenseSecretary(sentence, h) ||
        ANNIVERSARY_OF.test(sentence.text.slice(Math.max(0, h.start - 40), h.start)) ||
        RESPONSE_TO.test(sentence.text.slice(Math.max(0, h.start - 30), h.start)) ||
        sentence.dates.some((d) => insideDate(h, d))
      ),
  );
  const declared = sentence.hits.some((h) => h.id === 'victory') ? declaredVictories(sentence) : [];
  const ctx = aims.length < sentence.hits.length || declared.length > 0 ? { ...sentence, hits: aims.concat(declared) } : sentence;
  let rangeOpen = false;
  // "Iran's missile attack on Israel on October 1" is not Hamas's attack of 7 October.
  const otherAttackOnIsrael = IRAN_AXIS.test(ctx.text) && !HAMAS_NAMED.test(ctx.text);
  const candidates: Array<{ date: DateMention; dateIndex: number; ranked: Ranked[]; implied: string[] }> = [];
  /** Dates with no reading of their own that an implied one may still confirm. */
  const passive: Array<{ date: DateMention; dateIndex: number; implied: string[] }> = [];
  /** Years that reject the date before them ("January 2020, not 2019"): they name its event. */
  const rejected: number[] = [];
  ctx.dates.forEach((date, dateIndex) => {
    if (date.year === undefined) return;
    if (date.rejected) {
      rejected.push(dateIndex);
      return;
    }
    // An endnote's date after a cited title: 'CJTF-OIR, "…Advise, Assist, Enable," Dec. 9, 2021.'
    if (CITED_TITLE_BEFORE.test(ctx.text.slice(Math.max(0, date.start - 4), date.start))) return;
    // "U.S. Central Command, statement on Jordan attack, Jan. 28, 2024": a source list's date.
    if (citedSource(ctx, date) || inCitation(ctx, date.start, date.end)) return;
    // "the Feb. 2 retaliatory strikes": a date before its noun names that thing.
    if (attributiveElsewhere(ctx, date)) return;
    // «اتفاقية الإطار الاستراتيجي لسنة 2008», "the Strategic Framework Agreement of 2008": a document's year.
    if (DOCUMENT_OF_YEAR.test(ctx.text.slice(Math.max(0, date.start - 60), date.start))) return;
    // "assembled ten years ago this September, in 2014": an anniversary's day, years after the event.
    if (YEARS_AGO_BEFORE.test(ctx.text.slice(Math.max(0, date.start - 30), date.start))) return;
    // "A caption on March 8 misidentified…", "a Feb. 6 story", "مقال نُشر في 3 آذار": a publication's date.
    if (PUBLICATION_BEFORE.test(ctx.text.slice(Math.max(0, date.start - 70), date.start)) || PUBLICATION_AFTER.test(ctx.text.slice(date.end, date.end + 20))) return;
    // "ما بعد 7 تشرين الأول، يوم شنّت حماس هجومها", "since the October 7 attack": a date that only
    // marks a time may still be the attack's, which can confirm it.
    const implied = otherAttackOnIsrael ? [] : impliedReadings(ctx, date);
    const before = wordBefore(ctx, date)?.replace(/^[وف]/, '') ?? null;
    // "between mid-October and early February": both ends of a range.
    // The link may be glued to the second end ("بين منتصف تشرين الأول ومطلع شباط").
    const rangeEnd = rangeOpen && ((before !== null && RANGE_LINKS.has(before)) || ctx.text[date.start] === 'و');
    rangeOpen = before !== null && RANGE_STARTS.has(before);
    // «لم يُشكَّل قبل 2015», "was not formed before 2015": it was formed then, not before.
    const notBefore = (before === 'قبل' || before === 'before') && notBeforeClause(ctx, date);
    // "more than 165 times, counting from Oct. 17": the start of the count, no event of its own.
    const countsFrom = COUNTING_FROM.test(ctx.text.slice(Math.max(0, date.start - 24), date.start)) && hasCount(ctx, date);
    if (before !== null && TIME_ZONES.has(before)) return;
    if (rangeEnd || countsFrom || (before !== null && NOT_EVENT_BEFORE.has(before) && !notBefore)) {
      if (implied.length > 0) passive.push({ date, dateIndex, implied });
      return;
    }
    // "reported in February that four soldiers had died": the date is the report's.
    const said = speechBefore(ctx, date);
    // "the meeting … announced during his visit to Washington in April": April is the visit's.
    const own = ownEventBefore(ctx, date);
    const ranked = rankEvents(ctx, date, hasCount(ctx, date)).filter(
      (r) =>
        (!said || STATEMENTS.has(r.measure)) &&
        (own === null || ctx.lex.eventRules.some((rule) => rule.measure === r.measure && rule.all.some((g) => g.includes(own)))) &&
        !(r.measure === 'oct7_attack' && otherAttackOnIsrael) &&
        // «وحتى توقف الهجمات تقريباً في فبراير»: when the attacks stopped is no attack's day.
        !(ATTACK_EVENTS.has(r.measure) && attacksStopped(clauseText(ctx, date))),
    );
    // "أما معركة الموصل فانطلقت في تشرين الأول 2016": another event named before the date in its
    // clause is what the date is about, whatever verb stands nearer.
    // (Not one said to come before: "بعد سقوط الموصل أُنشئ في أيلول 2015 تحالف" dates the coalition.)
    const other = ranked.findIndex(
      (r) =>
        r.word !== undefined &&
        Number.isFinite(r.word) &&
        !REFERENCE_BEFORE.test(ctx.text.slice(Math.max(0, (r.wordAt ?? 0) - 12), r.wordAt)) &&
        ctx.lex.eventRules.some((rule) => rule.other && rule.measure === r.measure),
    );
    if (other > 0) ranked.unshift(...ranked.splice(other, 1));
    if (ranked.length > 0) candidates.push({ date, dateIndex, ranked, implied });
    else if (implied.length > 0) passive.push({ date, dateIndex, implied });
  });
  // An event named in a date's own clause is that date's: another date reaching it across a clause
  // boundary reads something else ("advise-and-assist role since the end of 2021, and the coalition
  // has done this since it stood up in 2014": 2021 is not the founding).
  const owned = new Set<string>();
  for (const c of candidates) if (c.ranked[0]?.anchored) owned.add(c.ranked[0].measure);
  for (const c of candidates) c.ranked = c.ranked.filter((r) => r.anchored || !owned.has(r.measure));
  // And one event, one date: of the dates whose best reading is the same event, the nearest keeps
  // it ("التحالف المولود في أيلول 2014 … حين أعلنت بغداد النصر في 9 كانون الأول 2017"), unless
  // each date has its own event word right before it ("صوّت عام 2019 …، بأن التصويت جرى مطلع 2020").
  const nearest = new Map<string, Ranked>();
  for (const { ranked } of candidates) {
    const best = ranked[0];
    if (best && best.d < (nearest.get(best.measure)?.d ?? Infinity)) nearest.set(best.measure, best);
  }
  // `word` is finite only with an event word before the date, which `wordAt` then locates.
  const ownVerb = (r: Ranked, near: Ranked): boolean => (r.word ?? Infinity) <= VERB_AT_DATE && r.wordAt !== near.wordAt;
  const out: EventClaim[] = [];
  for (const { date, dateIndex, ranked, implied } of candidates) {
    const usable = ranked.filter((r) => {
      const near = nearest.get(r.measure);
      return near === undefined || r.d <= near.d || ownVerb(r, near);
    });
    const best = usable[0];
    if (!best || (best.measure === 'victory_over_isis' && victoryElsewhere(ctx, date))) {
      if (implied.length > 0) passive.push({ date, dateIndex, implied });
      continue;
    }
    const claim = eventClaim(ctx, date, best, usable);
    const extra = implied.filter((m) => m !== best.measure && !claim.altMeasures?.includes(m));
    if (extra.length > 0) claim.impliedMeasures = extra;
    if (ctx.lex.eventRules.some((r) => r.other && r.measure === best.measure)) {
      // Another event's date: only a reading in passing may still confirm something.
      delete claim.altMeasures;
      claim.impliedOnly = true;
      out.push({ claim, dateIndex, passive: true });
      continue;
    }
    out.push({ claim, dateIndex });
  }
  for (const dateIndex of rejected) {
    const corrected = out.find((e) => e.dateIndex === dateIndex - 1 && !e.passive);
    if (!corrected) continue;
    const claim = eventClaim(ctx, ctx.dates[dateIndex] as DateMention, { measure: corrected.claim.measure, d: 0, anchored: true }, []);
    if (corrected.claim.altMeasures) claim.altMeasures = corrected.claim.altMeasures;
    out.push({ claim, dateIndex });
  }
  for (const { date, dateIndex, implied } of passive) {
    const [first, ...rest] = implied as [string, ...string[]];
    const claim = eventClaim(ctx, date, { measure: first, d: 0, anchored: true }, []);
    claim.impliedOnly = true;
    if (rest.length > 0) claim.impliedMeasures = rest;
    out.push({ claim, dateIndex, passive: true });
  }
  if (passive.length + rejected.length > 0) out.sort((a, b) => a.claim.start - b.claim.start);
  return out;
}

/**
 * The victory the date's clause places in Syria, not Iraq ("أما في سوريا فسقط آخر معاقله في
 * الباغوز في 23 آذار 2019"): the corpus's victory is Iraq's, so this date is another event.
 */
function victoryElsewhere(ctx: SentenceContext, date: DateMention): boolean {
  const clause = clauseOf(ctx.clauses, date.start);
  const all = ctx.hits.filter((h) => isPlaceHit(ctx, h));
  const own = all.filter((h) => clauseOf(ctx.clauses, h.start) === clause);
  // A date closing its sentence alone in its clause takes the places before it: "…lost its last
  // territory in Syria, at Baghouz, in March 2019".
  const places = own.length > 0 ? own : all.filter((h) => h.end <= date.start);
  return places.some((h) => h.id === 'SY') && !places.some((h) => h.id === 'IQ');
}

function eventClaim(ctx: SentenceContext, date: DateMention, best: Ranked, ranked: Ranked[]): SentenceClaim {
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
  if (date.yearSpan === undefined && !date.yearKnown) claim.yearInferred = true;
  if (best.confirmOnly) claim.confirmOnly = true;
  // Only events about as close as the best one are real alternatives.
  const alts = ranked.filter((r) => r !== best && r.d <= best.d + ALT_SLACK);
  if (alts.length > 0) claim.altMeasures = alts.map((r) => r.measure);
  return claim;
}
