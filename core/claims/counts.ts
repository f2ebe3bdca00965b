// Counted figures → claims: "2500 عسكري في العراق", "three U.S. service members were killed".
// The unit (what is counted) comes first; concepts near the figure then pick the measure.
import type { Hit } from '../lexicon/hits';
import { NON_CLAIM_UNITS } from '../lexicon/data';
import type { Token } from '../text/tokenize';
import type { DateMention, NumberMention, Qualifier, SimpleDate, Span } from '../types';
import { denies, inCitation, isPlaceHit, quoteAround, RESTATING_LEAD } from './cues';
import { dateOnlyClause } from './events';
import type { SentenceClaim, SentenceContext } from './extract';

/** A figure to be tied to a unit: a number mention, or a dual noun that counts 2. */
interface Figure {
  start: number;
  end: number;
  /** Start of the whole mention, its qualifier included ("أكثر من ١٦٥"). */
  lead: number;
  /** End of the whole mention, a qualifier after the figure included ("١٦٠ على الأقل"). */
  tail: number;
  firstToken: number;
  lastToken: number;
  value: number;
  min: number;
  max: number;
  qualifier: Qualifier;
  ordinal: boolean;
  /** Also a label's bare year (DateMention.label): a count only as the label's value. */
  labelYear?: boolean;
  /** Written with the article: an ordinal ("الدورة الرابعة") or a numeral after its noun ("الجنود الأربعة"). */
  definite: boolean;
}

interface UnitMatch {
  id: string;
  /** Last token of the unit (or of the figure when the unit was found elsewhere). */
  lastToken: number;
  /** Tokens between the figure and the unit (English modifiers: "U.S.", "American"). */
  between: [number, number] | null;
}

const ACTOR_IDS = new Set(['US', 'COALITION', 'FOREIGN_FORCES', 'FACTIONS', 'ISIS', 'PARLIAMENT', 'LOCAL_FORCES', 'NATO', 'OTHER_STATES']);
const PARTITIVE = new Set(['من', 'of']);
/** Smaller counts of soldiers are people in a story, not a troop level. */
const MIN_TROOP_LEVEL = 50;
const ATTACKERS = new Set(['FACTIONS', 'ISIS']);
/** Actors that have troops of their own (a parliament or a militia naming a figure only speaks of them). */
const TROOP_OWNERS = new Set(['US', 'COALITION', 'FOREIGN_FORCES', 'NATO', 'LOCAL_FORCES', 'OTHER_STATES']);
/** The actor of troops from "other countries": no fact's, so they are never the US's level. */
const OTHER_NATIONS = 'OTHER_NATIONS';
const PASSIVE = new Set(['were', 'was', 'been', 'have', 'had', 'are', 'being']);
const COUNT_OF = new Set(['عدد', 'حصيله', 'مجموع', 'اجمالي', 'number', 'toll', 'tally', 'count', 'total']);
// '.' too: some outlets put a stray period mid-sentence ("في العراق .نحو 900 في سوريا").
/** Words that join a figure to the one before it, whose noun it shares ("…2,500 troops, not 4,000", «ثلاثة جنود لا خمسة»). */
const CONNECTORS = new Set(['و', 'and', ',', '،', '.', 'بينما', 'while', 'plus', 'not', 'لا', 'ليس', 'مو', 'مش', 'بدل']);
const ORDINAL_SUFFIX = new Set(['th', 'st', 'nd', 'rd']);
/** Words right after a counted noun that make the figure a rate. */
const RATE_WORDS = new Set(['يوميا', 'اسبوعيا', 'شهريا', 'سنويا', 'daily', 'weekly', 'monthly', 'yearly', 'annually']);
const RATE_PHRASES = /^\s*(?:(?:a|per|each|every)\s+(?:day|week|month|year)|(?:في|كل)\s+(?:اليوم|يوم|الاسبوع|اسبوع|الشهر|شهر|العام|عام|السنه|سنه))(?![\p{L}])/u;

function isRate(ctx: SentenceContext, lastToken: number): boolean {
  const next = ctx.tokens[lastToken + 1];
  if (!next) return false;
  if (RATE_WORDS.has(next.text.toLowerCase())) return true;
  return RATE_PHRASES.test(ctx.text.slice(next.start - 1));
}

/** "closer to 3,000 if you count the contractors", "بما في ذلك المتعاقدون": troops plus others. */
// Not "دون احتساب المتعاقدين" / "not counting contractors": those leave them out.
const WITH_CONTRACTORS =
  /\b(?<!not |without )(?:if you (?:count|include|add)|including|counting|plus|with)\s+(?:the\s+)?(?:private\s+)?contractors\b|(?<!دون |بدون |غير )(?:بما في ذلك|بمن فيهم|بالاضافه الي|اضافه الي|مع|احتساب)\s+(?:ال)?متعاقد/i;
const PLACE_PREPOSITION = /^[وف]?(?:في|علي|داخل)$|^(?:in|on|inside|at)$/i;
/** "two-thirds of them", "one-quarter": a fraction, not a count ("fifty-third" is an ordinal). */
const FRACTION_AFTER = /^-?\s?(?:thirds|quarters|fifths|halves)\b/i;
const ONE_FRACTION_AFTER = /^-?\s?(?:third|quarter|fifth|half)\b|^-(?:way|off|sided|time)\b/i;
/** "4 of them in Syria", "٤ منها": a part of something counted before, not a total of its own. */
const PARTITIVE_AFTER = /^\s*(?:منها|منهم|منهن|of them|of those)(?![\p{L}])/iu;

/** "رقم 54", "number 54": the figure numbers the noun before it. */
const NUMBER_SIGN = new Set(['رقم', 'number', 'no']);
/** Units that, before "attacks", only say what the attacks used. */
const WEAPONS = new Set(['rockets', 'drones']);
const QUOTES = new Set(['"', '«', '»', '“', '”']);
/** "5,000 of our people in Iraq": a family's or a veteran's word for the troops. */
const OUR_PEOPLE = new Set(['people', 'guys', 'men', 'kids', 'sons', 'boys']);
/** "we've got", "we have", "we still have": the speaker's side owns the figure's people. */
const WE_HAVE_BEFORE = /\bwe(?:'ve| have)?(?: still)? (?:got|have|had)\s*$/i;
/** Tokens searched around a figure for concepts like "killed" or "attack" ("U.S." alone is 4 tokens). */
const NEAR_BEFORE = 10;
/** A narrower window for concepts that veto a measure (a "killed" far away is another event). */
const VETO_BEFORE = 6;
const NEAR_AFTER = 5;
const ENGLISH_MODIFIERS = 8;
/** Below this, an exact count of a running-total measure needs a "since" or a total word (CountRule.total). */
const SMALL_COUNT = 10;
export const TOTAL_WORDS = /اجمالي|حصيله|مجموع|حتي الان|total|so far|in all|altogether|to date|tally/i;

export function isTotalMeasure(ctx: SentenceContext, measure: string): boolean {
  return ctx.lex.countRules.some((r) => r.total && r.measure === measure);
}

function tokenIndexAtOrAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function hitsAtToken(hits: readonly Hit[], token: number, types: readonly string[]): Hit[] {
  return hits.filter((h) => h.token === token && types.includes(h.type));
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** "165 rocket and drone attacks" / "strikes": the weapons modify the head noun, and the whole is attacks. */
function headNoun(hits: readonly Hit[], unit: Hit): Hit | UnitMatch {
  if (!WEAPONS.has(unit.id)) return unit;
  const head = hits.find((h) => h.type === 'unit' && (h.id === 'attacks' || h.id === 'strikes') && h.token > unit.lastToken && h.token <= unit.lastToken + 3);
  return head ? { id: 'attacks', lastToken: head.lastToken, between: null } : unit;
}

/** "who died with him", «قُتلا معه»: the figure counts the others beside one person. */
const WITH_ONE_MORE = /^[^.;:!?،]{0,30}?(?:\b(?:with|alongside|beside|besides) (?:him|her)\b|(?<![\u0621-\u064a])(?:معه|معها|برفقته|الي جانبه)(?![\u0621-\u064a]))/i;

/** A verb of dying, then «منهم», right before the figure. */
const KILLED_OF_THEM = /(?<![\u0621-\u064a])[وف]?(?:قتل|مات|ماتوا|سقط|راح|استشهد|فقد)\s+منهم\s*$/;

/** Pay for people: the figure after it counts whom a country pays, not its own troops. */
const PAID_BEFORE = /(?:(?<![\u0621-\u064a])(?:رواتب|مرتبات|رواتبهم|مرتباتهم)|\b(?:salaries|salary|stipends|paychecks|wages)(?:\s+(?:of|for))?)\s*$/i;

/** Verbs of dying or being hurt that need no noun: "three of them died", "over 40 others hurt". */
const DIED = new Set(['died', 'perished']);
const HURT = new Set(['hurt', 'injured', 'wounded', 'needing', 'needed', 'treated', 'evacuated', 'hospitalized']);
const LOST = new Set(['lost']);
/** Words allowed between the figure and "died": "three of them died", "40 others hurt". */
const OF_THEM = new Set(['of', 'them', 'us', 'others', 'more']);
/** What may follow "lost N" when nothing is named: a place or the end of the clause. */
const AFTER_LOST = new Set(['at', 'in', 'on', ',', '.', ';', '—']);

function diedAfter(tokens: readonly Token[], fig: Figure): UnitMatch | null {
  for (let k = fig.lastToken + 1; k <= fig.lastToken + 3 && k < tokens.length; k++) {
    const word = (tokens[k] as Token).text.toLowerCase();
    if (DIED.has(word)) return { id: 'killed', lastToken: k, between: null };
    if (HURT.has(word) && k > fig.lastToken + 1) return { id: 'wounded', lastToken: k, between: null };
    if (!OF_THEM.has(word)) break;
  }
  const before = tokens[tokenIndexAtOrAfter(tokens, fig.lead) - 1]?.text.toLowerCase() ?? '';
  const after = tokens[fig.lastToken + 1]?.text.toLowerCase();
  return LOST.has(before) && (after === undefined || AFTER_LOST.has(after)) ? { id: 'killed', lastToken: fig.lastToken, between: null } : null;
}

/** A qualifier written between a figure and its noun (within the mention's tail). */
const QUALIFIER_BEFORE_NOUN = /^\s*(?:علي الاقل|تقريبا|علي اقل تقدير)(?![\u0621-\u064a])/;

function findUnit(ctx: SentenceContext, fig: Figure): UnitMatch | null {
  const { tokens, hits } = ctx;
  let t = fig.lastToken + 1;
  // A qualifier after the figure, before its noun: "١٦٠ على الأقل هجوم".
  const postfix = QUALIFIER_BEFORE_NOUN.exec(ctx.text.slice(fig.end, fig.tail + 1));
  if (postfix) while (tokens[t] && tokens[t]!.start < fig.end + postfix[0].length) t++;
  // A quote may close between them: «لا يقل عن أربعة آلاف» جندي, "no fewer than 4,000" Americans;
  // or the bracket of «نحو (2500) مستشار».
  if (tokens[t]?.kind === 'punct' && (QUOTES.has((tokens[t] as Token).text) || (tokens[t]?.text === ')' && tokens[fig.firstToken - 1]?.text === '('))) t++;
  // Arabic: the noun follows at once, or after partitive من ("ثلاثة من جنودها").
  const next = tokens[t];
  if (next && PARTITIVE.has(next.text.toLowerCase())) t++;
  // A numbers card: "2500 عدد العسكريين الأميركيين في العراق" (the figure first, then what it numbers).
  if (tokens[t] && isCountOf(tokens[t]) && tokens.slice(0, fig.firstToken).every((tok) => tok.kind === 'punct')) t++;
  // "there were 4,000 of us over there": a soldier counting his own; "5,000 of our people/guys".
  if (tokens[t]?.text === 'us' && tokens[t - 1]?.text === 'of') return { id: 'troops', lastToken: t, between: null };
  if (tokens[t - 1]?.text === 'of' && tokens[t]?.text === 'our' && OUR_PEOPLE.has(tokens[t + 1]?.text.toLowerCase() ?? '')) return { id: 'troops', lastToken: t + 1, between: null };
  // "We've got 3,500 kids over there in Iraq": a speaker's own people, sent somewhere.
  if (OUR_PEOPLE.has(tokens[t]?.text.toLowerCase() ?? '') && WE_HAVE_BEFORE.test(ctx.text.slice(Math.max(0, fig.lead - 24), fig.lead))) return { id: 'troops', lastToken: t, between: null };
  const died = diedAfter(tokens, fig);
  if (died) return died;
  // «الأمريكان قُتل منهم خمسة», «راح منهم خمسة»: of them, so many were killed.
  if (KILLED_OF_THEM.test(ctx.text.slice(Math.max(0, fig.lead - 20), fig.lead))) return { id: 'killed', lastToken: fig.lastToken, between: null };
  const direct = hitsAtToken(hits, t, ['unit', 'dual'])[0];
  if (direct) {
    const head = headNoun(hits, direct);
    return { id: head.id, lastToken: head.lastToken, between: null };
  }
  // English: up to a few modifiers ("2,500 U.S. troops", "three American service members").
  for (let k = fig.lastToken + 1; k <= fig.lastToken + ENGLISH_MODIFIERS && k < tokens.length; k++) {
    const tok = tokens[k] as Token;
    if (tok.kind === 'digits' || tok.kind === 'arabic') break;
    if (tok.kind === 'punct' && !['.', '-', "'"].includes(tok.text) && !QUOTES.has(tok.text)) break;
    // "2,500 at Iraqi bases": a noun after a preposition is where the figure is, not what it counts.
    if (UNIT_STOP_PREPOSITIONS.has(tok.text.toLowerCase())) break;
    const unit = hitsAtToken(hits, k, ['unit'])[0];
    if (unit) {
      const head = headNoun(hits, unit);
      return { id: head.id, lastToken: head.lastToken, between: [fig.lastToken + 1, k - 1] };
    }
    if (tok.kind === 'latin' && PASSIVE.has(tok.text.toLowerCase())) {
      // "34 were wounded", "three have been killed"
      for (let j = k + 1; j <= k + 2 && j < tokens.length; j++) {
        const c = hitsAtToken(hits, j, ['concept']).find((h) => h.id === 'kill' || h.id === 'wound');
        if (c) return { id: c.id === 'kill' ? 'killed' : 'wounded', lastToken: j, between: null };
      }
      break;
    }
  }
  // "عدد الهجمات … 170", "the death toll … three": the noun stands before the figure, in its clause.
  const clauseStart = ctx.clauses[clauseIndex(ctx, fig.start)]?.start ?? 0;
  for (let k = fig.firstToken - 1; k >= Math.max(0, fig.firstToken - 12); k--) {
    const tok = tokens[k] as Token;
    if (tok.kind === 'digits' || tok.start < clauseStart) break;
    // A nearer noun of its own: "عدد القتلى ثلاثة وأن الجرحى «أكثر من 40»".
    if (hitsAtToken(hits, k, ['unit']).some((h) => h.id === 'killed' || h.id === 'wounded') && !isCountOf(tokens[k - 1]) && !isCountOf(tokens[k - 2]) && adjacentTo(tokens, k, fig)) break;
    if (isCountOf(tok)) {
      for (let j = k + 1; j <= k + 3 && j < fig.firstToken; j++) {
        const unit = hitsAtToken(hits, j, ['unit'])[0];
        if (unit) return { id: unit.id, lastToken: fig.lastToken, between: null };
      }
    }
  }
  return subjectUnit(ctx, fig, clauseStart) ?? putAt(ctx, fig) ?? forceOf(ctx, fig) ?? labelUnit(ctx, fig) ?? valueFirstUnit(ctx, fig);
}

/** Prepositions that end the English modifiers between a figure and its noun. */
const UNIT_STOP_PREPOSITIONS = new Set(['at', 'in', 'on', 'inside', 'across', 'near', 'to', 'into', 'from', 'within']);

/**
 * A force named right before its size: "a contingent of roughly 2,500", "a force numbering 900",
 * «قوة قوامها ٢٥٠٠», «يبلغ تعدادها نحو 900». The size counts troops.
 */
const FORCE_OF_BEFORE =
  /(?:\b(?:contingent|force|garrison|deployment|presence|footprint)\s+(?:of|numbering|totaling|totalling|totaling some|of some|that numbers|which numbers)|(?<![\u0621-\u064a])(?:قوامها|قوامه|تعدادها|تعداده|عديدها|عديده|عددها|عدده)(?:\s+(?:يبلغ|يصل الي|بلغ))?)\s*$/i;

function forceOf(ctx: SentenceContext, fig: Figure): UnitMatch | null {
  if (!FORCE_OF_BEFORE.test(ctx.text.slice(Math.max(0, fig.lead - 40), fig.lead))) return null;
  // «عددها» is any number's own word («الهجمات … عددها 165»): only with a force named before it.
  const before = ctx.text.slice(Math.max(0, fig.lead - 60), fig.lead);
  if (/(?:عددها|عدده)(?:\s+\S+)?\s*$/.test(before) && !/(?<![\u0621-\u064a])(?:قوه|قوات|بقوه|وحده|فرقه)(?![\u0621-\u064a])/.test(before)) return null;
  return { id: 'troops', lastToken: fig.lastToken, between: null };
}

/** "put the attacks at more than 165", "estimates the troops at about 2,500": the noun is what is counted. */
const PUT_VERBS = new Set(['put', 'puts', 'putting', 'estimated', 'estimates', 'estimate', 'pegged', 'pegs', 'placed', 'places']);
/** Most tokens from such a verb to "at" ("put the U.S. troops in Syria at": "U.S." is four). */
const PUT_REACH = 12;

/** Words for a country's forces as a whole. */
const FORCE_WORDS = /\b(?:presence|footprint|head ?count|troop level|force level|contingent|deployment)\b/i;
/** What a count is put at, besides FORCE_WORDS: "put the American force in Iraq near 5,000", "put the Iraq figure at 3,000". */
const PUT_FORCE_WORDS = /\b(?:(?:american|u\.s\.|us) force|(?:iraq|syria) (?:figures?|numbers?|counts?))\b/i;

function putAt(ctx: SentenceContext, fig: Figure): UnitMatch | null {
  const lead = tokenIndexAtOrAfter(ctx.tokens, fig.lead);
  // The token that closes the counted phrase: "at", or a qualifier standing for it ("put the
  // American force in Iraq near 5,000").
  const at = ctx.tokens[lead - 1]?.text.toLowerCase() === 'at';
  const close = at ? lead - 1 : fig.qualifier !== 'exact' ? lead : -1;
  if (close < 0) return null;
  let verb = -1;
  for (let k = close - 1; k >= Math.max(0, close - PUT_REACH) && verb < 0; k--) if (PUT_VERBS.has((ctx.tokens[k] as Token).text.toLowerCase())) verb = k;
  if (verb < 0) return null;
  const phrase = ctx.text.slice((ctx.tokens[verb] as Token).end, (ctx.tokens[close] as Token).start);
  // Without "at", another figure between belongs to the verb: "put … at about 2,500 for Iraq and roughly 900 for Syria".
  if (!at && ctx.numbers.some((n) => !n.label && n.numStart >= (ctx.tokens[verb] as Token).end && n.numEnd <= (ctx.tokens[close] as Token).start)) return null;
  // "put the Tower 22 death toll at four": the dead.
  if (/\b(?:death toll|toll)\b/i.test(phrase)) return { id: 'killed', lastToken: fig.lastToken, between: null };
  // The first noun after the verb: "the attacks on U.S. forces" count attacks.
  const unit = ctx.hits.find((h) => h.type === 'unit' && h.token > verb && h.lastToken < close);
  // "put the US presence in Iraq at 3,500": a presence is counted in troops.
  if (!unit && (FORCE_WORDS.test(phrase) || PUT_FORCE_WORDS.test(phrase))) return { id: 'troops', lastToken: fig.lastToken, between: null };
  return unit && !NON_CLAIM_UNITS.has(unit.id) ? { id: headNoun(ctx.hits, unit).id, lastToken: fig.lastToken, between: null } : null;
}

const QUESTION = /[?\u061f]/;

/** Marks between a fact box's value and its label: "2,500: U.S. troops in Iraq", "3 — soldiers killed". */
// Dashes are normalized to '-': one set off by spaces ("٢٥٠٠ — …"), not one glued to the
// figure ("٣- هل ما زالت القوات تقاتل؟" numbers a heading).
const VALUE_MARKS = new Set([':', '|']);
/** Most tokens from the mark to the label's counted noun ("3: U.S. soldiers killed"). */
const VALUE_LABEL_REACH = 6;

/** The figure opens its line and a label after a mark says what it counts. */
function valueFirstUnit(ctx: SentenceContext, fig: Figure): UnitMatch | null {
  const { tokens, hits } = ctx;
  const lead = tokenIndexAtOrAfter(tokens, fig.lead);
  if (tokens.slice(0, lead).some((t) => t.kind !== 'punct')) return null;
  const mark = tokens[fig.lastToken + 1];
  if (!mark || mark.kind !== 'punct' || !(VALUE_MARKS.has(mark.text) || (mark.text === '-' && !mark.glued)) || QUESTION.test(ctx.text)) return null;
  for (let k = fig.lastToken + 2; k <= fig.lastToken + 1 + VALUE_LABEL_REACH && k < tokens.length; k++) {
    if ((tokens[k] as Token).kind === 'digits') return null;
    const unit = hitsAtToken(hits, k, ['unit', 'dual'])[0];
    if (unit) return { id: headNoun(hits, unit).id, lastToken: unit.lastToken, between: [fig.lastToken + 2, k - 1] };
  }
  return null;
}

/** Verbs that give a count its amount: "الهجمات … لم تتجاوز 90", "attacks totaled 100" (normalized, no و/ف). */
const AMOUNT_VERBS = new Set([
  'بلغ', 'بلغت', 'يبلغ', 'تبلغ', 'وصل', 'وصلت', 'يصل', 'تصل', 'تجاوز', 'تجاوزت', 'يتجاوز', 'تتجاوز', 'فاق', 'فاقت', 'يفوق', 'تفوق',
  'تخطي', 'تخطت', 'يتخطي', 'تتخطي', 'ناهز', 'ناهزت', 'يناهز', 'تناهز', 'قارب', 'قاربت', 'يقارب', 'تقارب', 'زاد', 'زادت', 'يزيد', 'تزيد',
  'تعدي', 'تعدت', 'يتعدي', 'تتعدي', 'يتعد', 'تتعد', 'يتخط', 'تتخط', 'تجاوزوا', 'تخطوا', 'فاقوا', 'عبرت', 'عبروا', 'صارت', 'صاروا', 'فاتت', 'فاتتش', 'فاتش', 'بلغوا', 'وصلوا', 'ارتفع', 'ارتفعت', 'reached', 'reach', 'reaches', 'totaled', 'totalled', 'totals', 'total', 'topped', 'tops', 'top', 'exceeded',
  'exceeds', 'exceed', 'surpassed', 'surpass', 'passed', 'past', 'numbered', 'number', 'stood', 'stands', 'neared', 'nears',
  'approached', 'rose', 'climbed',
]);
/** English copulas: a verb of amount only right before the figure. */
const COPULAS = new Set(['were', 'was', 'are', 'is', 'كانوا', 'كانت', 'كان', 'وكانوا', 'وكانت']);
const ONLY = new Set(['only', 'just', 'merely']);
/** Verbs of amount that take "to": "come to", "amounted to". */
const COME_TO = new Set(['come', 'comes', 'came', 'coming', 'amount', 'amounts', 'amounted', 'add', 'adds', 'added', 'rose', 'risen', 'climbed', 'grew', 'grown']);
/** How far before the figure its verb may stand ("stood at about 100", "لم تتجاوز «90»"). */
const AMOUNT_VERB_REACH = 4;
/** How far before the verb its subject noun may stand ("Attacks on U.S. troops in Iraq and Syria have topped 100"). */
const SUBJECT_REACH = 10;

/** Only punctuation (a quote) between token k and the figure's qualifier. */
function adjacentTo(tokens: readonly Token[], k: number, fig: Figure): boolean {
  const lead = tokenIndexAtOrAfter(tokens, fig.lead);
  return tokens.slice(k + 1, lead).every((t) => t.kind === 'punct');
}

/** "عدد", "العدد", "للعدد", "toll": a word that names what follows it as counted. */
function isCountOf(tok: Token | undefined): boolean {
  return tok !== undefined && (COUNT_OF.has(tok.text.toLowerCase()) || COUNT_OF.has(tok.text.replace(/^[وف]?(?:ال|لل|بال)?/, '')));
}

/** The counted noun is the subject of a verb of amount right before the figure, in its clause. */
function subjectUnit(ctx: SentenceContext, fig: Figure, clauseStart: number): UnitMatch | null {
  const { tokens, hits } = ctx;
  let verb = -1;
  for (let k = fig.firstToken - 1; k >= Math.max(0, fig.firstToken - AMOUNT_VERB_REACH); k--) {
    const tok = tokens[k] as Token;
    if (tok.kind === 'digits' || tok.start < clauseStart) return null;
    if (hitsAtToken(hits, k, ['unit']).length > 0) break;
    const word = tok.text.toLowerCase();
    // "come to roughly 2,500", "amounted to 165": the verb is the word before "to".
    const toVerb = word === 'to' && COME_TO.has(tokens[k - 1]?.text.toLowerCase() ?? '');
    if (AMOUNT_VERBS.has(word) || AMOUNT_VERBS.has(word.replace(/^[وف](?=[\u0621-\u064a]{3})/, '')) || toVerb) {
      verb = k;
      break;
    }
    // "the attacks were "only about 100"": a copula right before the figure (a quote at most between).
    if (COPULAS.has(tok.text.toLowerCase()) && tokens.slice(k + 1, tokenIndexAtOrAfter(tokens, fig.lead)).every((t) => t.kind === 'punct' || ONLY.has(t.text.toLowerCase()))) {
      verb = k;
      break;
    }
  }
  if (verb < 0) return nominalSubject(ctx, fig, clauseStart);
  for (let k = verb - 1; k >= Math.max(0, verb - SUBJECT_REACH); k--) {
    const tok = tokens[k] as Token;
    if (tok.kind === 'digits') return null;
    if (tok.start < clauseStart) break;
    const unit = hitsAtToken(hits, k, ['unit'])[0];
    if (unit) return NON_CLAIM_UNITS.has(unit.id) ? null : { id: attacksOn(ctx, k) ?? headNoun(hits, unit).id, lastToken: fig.lastToken, between: null };
  }
  // "the Syrian deployment is roughly 900": a country's forces as a whole, counted in troops.
  const subject = ctx.text.slice(clauseStart, (tokens[verb] as Token).start);
  if (FORCE_WORDS.test(subject) || PUT_FORCE_WORDS.test(subject)) return { id: 'troops', lastToken: fig.lastToken, between: null };
  // "the Defense Department's count exceeded 165", "Militia attacks on U.S. forces, which topped 165":
  // a count of the attacks the sentence names before it.
  if ((COUNT_SUBJECT.test(subject) || RELATIVE_OPENING.test(subject)) && attacksNamedBefore(ctx, fig)) return { id: 'attacks', lastToken: fig.lastToken, between: null };
  return null;
}

/** A subject that is a count: "the Pentagon's count", "the tally", «الحصيلة». */
const COUNT_SUBJECT = /\b(?:count|tally|total|figure|number)\b|(?<![\u0621-\u064a])(?:الحصيله|حصيلتها|العدد|عددها|الرقم)(?![\u0621-\u064a])/i;
/** A clause that opens with a relative pronoun: its subject is the noun before the comma. */
const RELATIVE_OPENING = /^\s*(?:which|that|التي|الذي|اللي)\b/i;

/** Words of having between a subject and its place: "الأمريكان عندهم بالعراق أكثر من 5 آلاف". */
const HAVING = new Set(['عندهم', 'عدهم', 'لديهم', 'لهم', 'هناك', 'there']);
/** Words of time or extent between a nominal subject and its figure: «الأمريكان بالعراق كله اليوم …». */
const NOMINAL_FILLERS = new Set(['كله', 'كلها', 'وحده', 'وحدها', 'اليوم', 'حاليا', 'الان', 'هسه', 'هلق', 'دلوقتي', 'today', 'now', 'currently', 'alone']);
/** Where they are: "الأمريكيين الموجودين في العراق عشرة آلاف", "the troops stationed in Iraq, 2,500". */
const PRESENT_PARTICIPLES = new Set(['الموجودين', 'الموجودون', 'المتواجدين', 'المتواجدون', 'المنتشرين', 'المنتشرون', 'stationed', 'based', 'deployed', 'serving']);
/** A complement clause's opening word: "شايف إن الأمريكان عندهم في العراق…" (the subject opens it). */
const COMPLEMENTIZERS = new Set(['ان', 'انه', 'بان', 'that']);
/** Nouns a figure may follow with only a place between: «الأمريكان في سوريا 900», «القتلى الأمريكيون في الأردن ثلاثة». */
const NOMINAL_UNITS = new Set(['troops', 'americans', 'killed', 'wounded']);
/** Most tokens between a nominal subject and its figure (a place, a word of having). */
const NOMINAL_REACH = 5;

/**
 * A troop noun, a place and the figure with no verb: "الأمريكان في سوريا أكثر من 2000", "the GIs
 * in Syria, more than 2,000". The noun opens its clause, and a place stands between.
 */
function nominalSubject(ctx: SentenceContext, fig: Figure, clauseStart: number): UnitMatch | null {
  const { tokens, hits } = ctx;
  const lead = tokenIndexAtOrAfter(tokens, fig.lead);
  let place = false;
  for (let k = lead - 1; k >= Math.max(0, lead - NOMINAL_REACH - 2); k--) {
    const tok = tokens[k] as Token;
    if (tok.start < clauseStart || tok.kind === 'digits') return null;
    if (NOMINAL_FILLERS.has(tok.text.toLowerCase())) continue;
    const unit = hitsAtToken(hits, k, ['unit'])[0];
    if (unit) {
      // "وأن الجرحى «أكثر من 40»": the dead or the wounded, right before their count.
      if ((unit.id === 'killed' || unit.id === 'wounded') && adjacentTo(tokens, k, fig)) return { id: unit.id, lastToken: fig.lastToken, between: null };
      // («إن «الأمريكيين…»»: a quote mark may open the complement.)
      const before = QUOTES.has(tokens[k - 1]?.text ?? '') ? k - 2 : k - 1;
      const opens = COMPLEMENTIZERS.has(tokens[before]?.text.toLowerCase() ?? '') || tokens.slice(0, k).every((t) => t.start < clauseStart || t.kind === 'punct' || t.text === 'و');
      return place && opens && NOMINAL_UNITS.has(unit.id) ? { id: unit.id, lastToken: fig.lastToken, between: null } : null;
    }
    const at = ctx.hits.filter((h) => h.token <= k && h.lastToken >= k);
    if (at.some((h) => isPlaceHit(ctx, h))) place = true;
    // "الجنود الأمريكيون في العراق نحو 2500": the noun's nationality.
    else if (!HAVING.has(tok.text.toLowerCase()) && !NOMINAL_FILLERS.has(tok.text.toLowerCase()) && !PRESENT_PARTICIPLES.has(tok.text.toLowerCase()) && !PLACE_PREPOSITION.test(tok.text) && tok.kind !== 'punct' && !at.some((h) => h.type === 'entity' && h.adjective)) return null;
  }
  return null;
}

/** "الهجمات على القوات الأميركية", "attacks on U.S. troops": the noun at `k` is the target of attacks named just before. */
function attacksOn(ctx: SentenceContext, k: number): string | null {
  // Up to five tokens back: "U.S." is several.
  for (let j = k - 1; j >= Math.max(0, k - 5); j--) {
    if (!AIMED_AT.test((ctx.tokens[j] as Token).text)) continue;
    const head = ctx.hits.find((h) => h.type === 'unit' && (h.id === 'attacks' || h.id === 'strikes') && h.lastToken <= j && h.lastToken >= j - 2); // "strikes on" holds its preposition
    return head ? 'attacks' : null;
  }
  return null;
}

/** The figure is a table cell right after a cell that names only a place ("سوريا<TAB>900"). */
function placeLabel(ctx: SentenceContext, fig: Figure): boolean {
  const k = ctx.clauses.findIndex((c) => c.end > fig.lead);
  const clause = ctx.clauses[k];
  const label = ctx.clauses[k - 1];
  if (!clause || !label || clause.start !== fig.lead || !/[\t|]/.test(ctx.text.slice(label.end, clause.start))) return false;
  const inLabel = ctx.hits.filter((h) => h.start >= label.start && h.end <= label.end);
  return inLabel.length > 0 && inLabel.every((h) => isPlaceHit(ctx, h));
}

/** Marks that end a label in a fact box or table row: "US troops in Iraq: 2,500", "القتلى<TAB>3". */
const LABEL_END = /[:\t|]/;

/** Whether an open parenthesis stands between `from` and `at` with no closing one after it. */
function inParentheses(text: string, at: number, from: number): boolean {
  const before = text.slice(from, at);
  return before.lastIndexOf('(') > before.lastIndexOf(')');
}

/**
 * The counted noun of a label whose value the figure is: the figure opens a clause right after a
 * label mark, and the label's first counted noun (its head: "attacks on U.S. forces") is the unit.
 */
function labelUnit(ctx: SentenceContext, fig: Figure): UnitMatch | null {
  const k = ctx.clauses.findIndex((c) => c.end > fig.lead);
  const clause = ctx.clauses[k];
  const label = ctx.clauses[k - 1];
  if (!clause || !label || clause.start !== fig.lead || !LABEL_END.test(ctx.text.slice(label.end, clause.start))) return null;
  // "Syria (vetted partner forces)<TAB>117": a parenthetical describes the row, it does not say what
  // the cells count (here millions of dollars).
  const units = ctx.hits.filter((h) => h.type === 'unit' && h.start >= label.start && h.end <= label.end && !inParentheses(ctx.text, h.start, label.start));
  const head = units[0];
  // The label's last noun ends the unit: its adjectives name the actor ("قتلى القوات الأمنية
  // العراقية" are Iraqi, "الهجمات على القوات الأميركية" are on US forces).
  return head ? { id: head.id, lastToken: (units[units.length - 1] as Hit).lastToken, between: null } : null;
}

/**
 * The sentence names one of the entities; for an ordinal, the sentence before may ("…at the 54th
 * annual meeting in Davos. Some press accounts described it as the 53rd meeting").
 */
function namesEntity(ctx: SentenceContext, ids: readonly string[], fig: Figure): boolean {
  const named = (hits: readonly Hit[]): boolean => hits.some((h) => h.type === 'entity' && ids.includes(h.id));
  return named(ctx.hits) || (fig.ordinal && !!ctx.context && named(ctx.context()));
}

/** `unitEnd`: a word past the figure's unit that another figure owns does not count (othersWord). */
function conceptNear(ctx: SentenceContext, ids: readonly string[], from: number, to: number, unitEnd?: number): boolean {
  return ctx.hits.some(
    (h) => (h.type === 'concept' || h.type === 'entity') && ids.includes(h.id) && h.lastToken >= from && h.token <= to && (unitEnd === undefined || !othersWord(ctx, h, unitEnd)),
  );
}

/** "No one was killed, but more than 100 service members were hurt": a denial in another clause names nothing of the figure. */
function deniedElsewhere(ctx: SentenceContext, h: Hit, fig: Figure): boolean {
  const k = clauseIndex(ctx, h.start);
  const clause = ctx.clauses[k];
  return k !== clauseIndex(ctx, fig.start) && clause !== undefined && denies(ctx.text.slice(clause.start, clause.end));
}

/** Tokens between the figure (and its unit) and the nearest of these concepts in [from, to]; Infinity if none. */
function conceptDistance(ctx: SentenceContext, ids: readonly string[], fig: Figure, unitEnd: number, from: number, to: number): number {
  let best = Infinity;
  // Counted from the qualifier: "أصيب أكثر من 40 عسكرياً إلى جانب القتلى" has its verb right before.
  const lead = Math.min(fig.firstToken, tokenIndexAtOrAfter(ctx.tokens, fig.lead));
  for (const h of ctx.hits) {
    if ((h.type !== 'concept' && h.type !== 'entity') || !ids.includes(h.id) || h.lastToken < from || h.token > to) continue;
    if (othersWord(ctx, h, unitEnd) || deniedElsewhere(ctx, h, fig) || (unitEnd > fig.lastToken && anotherFiguresNoun(ctx, h, fig))) continue;
    const d = h.lastToken < lead ? lead - h.lastToken : h.lastToken < fig.firstToken ? 1 : h.token > unitEnd ? h.token - unitEnd : 0;
    best = Math.min(best, d);
  }
  return best;
}

/**
 * '"30 dead" and … the base had housed "1,200 Americans"': a word right after another figure before
 * this one is that figure's noun, not a concept of this one (which has a noun of its own).
 */
function anotherFiguresNoun(ctx: SentenceContext, h: Hit, fig: Figure): boolean {
  if (h.token >= fig.firstToken) return false;
  let k = h.token - 1;
  if (ctx.tokens[k]?.kind === 'punct' && QUOTES.has((ctx.tokens[k] as Token).text)) k--;
  const prev = ctx.tokens[k];
  return prev !== undefined && ctx.numbers.some((n) => n.numEnd === prev.end && n.numStart !== fig.start && !n.label && !ctx.dates.some((d) => d.start < n.numEnd && n.numStart < d.end));
}

/**
 * "2500 جندي في العراق، وقتل ثلاثة جنود": a word after the figure's unit, in a later clause that
 * has a figure of its own after the word, is that figure's.
 */
function othersWord(ctx: SentenceContext, h: Hit, unitEnd: number): boolean {
  if (h.token <= unitEnd) return false;
  const k = clauseIndex(ctx, h.start);
  const clause = ctx.clauses[k];
  const unitClause = clauseIndex(ctx, ctx.tokens[unitEnd]?.start ?? 0);
  return !!clause && k !== unitClause && ctx.numbers.some((n) => n.numStart >= h.end && n.numStart < clause.end && !ctx.dates.some((d) => d.start < n.numEnd && n.numStart < d.end));
}

/**
 * The measure of a counted figure: among the rules for its unit that hold, those that need a
 * concept nearby ("killed", "injured") win over those that don't, and the nearest concept wins
 * ("killed three soldiers and injured more than 40 others": 40 is the injured).
 */
function pickMeasure(ctx: SentenceContext, unitId: string, fig: Figure, unitEnd: number, needConcept = false): string | null {
  const from = fig.firstToken - NEAR_BEFORE;
  const to = unitEnd + NEAR_AFTER;
  let nearest: { measure: string; d: number } | null = null;
  let fallback: string | null = null;
  for (const rule of ctx.lex.countRules) {
    if (!rule.units.includes(unitId)) continue;
    const d = rule.near ? conceptDistance(ctx, rule.near, fig, unitEnd, rule.nearBefore ? fig.firstToken - rule.nearBefore : from, to) : 0;
    if (d === Infinity) continue;
    if (rule.notNear && conceptNear(ctx, rule.notNear, fig.firstToken - VETO_BEFORE, to, unitEnd)) continue;
    if (rule.needEntity && !namesEntity(ctx, rule.needEntity, fig)) continue;
    if (rule.ordinal && !fig.ordinal) continue;
    if (rule.max !== undefined && fig.min > rule.max) continue;
    if (!rule.near) {
      fallback ??= rule.measure;
      continue;
    }
    if (!nearest || d < nearest.d) nearest = { measure: rule.measure, d };
  }
  return nearest?.measure ?? (needConcept ? null : fallback);
}

/** Prepositions that make an English adjective after the noun a place: "on Iraqi soil", "in Syrian territory". */
const ADJECTIVE_PLACE_BEFORE = new Set(['on', 'in', 'at', 'across', 'into', 'inside', 'to', 'from', 'within']);

function findActor(ctx: SentenceContext, unit: UnitMatch, fig: Figure, clauseFirst: boolean): string[] {
  const { hits } = ctx;
  // A nationality adjective right after the noun ("جنود أميركيين") or a modifier before it ("U.S. troops").
  const own = hits.find(
    (h) =>
      h.type === 'entity' &&
      // (English puts its adjective before the noun: "service members on Iraqi soil" are not Iraq's.)
      ((h.adjective && h.token > unit.lastToken && h.token <= unit.lastToken + 2 && !(ctx.tokens[h.token]?.kind === 'latin' && ADJECTIVE_PLACE_BEFORE.has(ctx.tokens[h.token - 1]?.text.toLowerCase() ?? ''))) ||
        (unit.between !== null && h.token >= unit.between[0] && h.lastToken <= unit.between[1])),
  );
  if (own) return [own.id];
  // "18 ألف عنصر من البيشمركة", "5,000 members of the SDF": the counted belong to that force.
  // "300 عسكري من دول أوروبية", "troops from other countries": to other nations.
  const of = ctx.tokens[unit.lastToken + 1];
  if (of && (PARTITIVE.has(of.text.toLowerCase()) || of.text.toLowerCase() === 'from')) {
    // One modifier may come between: "from other countries", "من الدول الأوروبية".
    const force = hits.find(
      (h) =>
        (h.token === unit.lastToken + 2 && h.type === 'entity' && !h.adjective && ACTOR_IDS.has(h.id)) ||
        // "نحو ٩ آلاف عنصر من التنظيم": the group's members.
        (h.token === unit.lastToken + 2 && h.type === 'concept' && h.id === 'isis_ref') ||
        (h.token >= unit.lastToken + 2 && h.token <= unit.lastToken + 3 && h.type === 'unit' && h.id === 'countries'),
    );
    if (force) return [force.type === 'unit' ? OTHER_NATIONS : force.type === 'concept' ? 'ISIS' : force.id];
  }
  if (!clauseFirst) return actorsIn(hits);
  // Whose troops: those named in the figure's clause ("…, said NATO's mission has about 1,000"),
  // else in the sentence. (Attacks name both sides, the attackers and the attacked: not this.)
  const clause = ctx.clauses[clauseIndex(ctx, fig.start)] as Span;
  const owners = hits.filter((h) => TROOP_OWNERS.has(h.id));
  const inClause = actorsIn(owners.filter((h) => h.start >= clause.start && h.end <= clause.end));
  // "France has 600 soldiers in Iraq as part of the coalition": another state's contribution, unless
  // the clause names the US too.
  if (inClause.includes('OTHER_STATES') && !inClause.includes('US')) return ['OTHER_STATES'];
  return inClause.length > 0 ? inClause : actorsIn(owners);
}

function actorsIn(hits: readonly Hit[]): string[] {
  const ids = new Set<string>();
  for (const h of hits) if (h.type === 'entity' && !h.adjective && ACTOR_IDS.has(h.id)) ids.add(h.id);
  // Adjectives of the US and of other states: "the Australian contribution ran to roughly 780 personnel".
  for (const h of hits) if (h.type === 'entity' && h.adjective && (h.id === 'US' || h.id === 'OTHER_STATES')) ids.add(h.id);
  return [...ids];
}

interface PlaceFound {
  ids: string[];
  /** Every place named is a part (a base, a town): "about 200 at the garrison of al-Tanf". */
  partOnly: boolean;
}

/** People named right after a toll that are not the coalition's soldiers. */
const OTHER_VICTIMS =
  /^(?:Palestinians|Israelis|Iraqis|Syrians|Lebanese|Yemenis|Iranians|Kurds|civilians|people|children|women|residents|refugees|[وف]?(?:فلسطيني|اسرائيلي|عراقي|سوري|لبناني|يمني|ايراني|كردي|مدني|طفل|مواطن|شخص)(?:ا|ين|ون)?|اطفال|اشخاص|مواطنين|مدنيين)$/i;

/** "في الشرق السوري وحده", "in Syria alone": a share of the whole, like a part. */
const ALONE = new Set(['وحده', 'وحدها', 'لوحده', 'لوحدها', 'alone']);

/** An ALONE word in the figure's clause before it. */
function aloneBefore(ctx: SentenceContext, fig: Figure): boolean {
  const clauseStart = ctx.clauses[clauseIndex(ctx, fig.start)]?.start ?? 0;
  return ctx.tokens.some((t, k) => k < fig.firstToken && t.start >= clauseStart && ALONE.has(t.text.toLowerCase()));
}

function placeOf(hits: readonly Hit[], ctx: SentenceContext): PlaceFound {
  const ids: string[] = [];
  for (const h of hits) if (!ids.includes(h.id)) ids.push(h.id);
  const alone = hits.some((h) => [1, 2].some((k) => ALONE.has(ctx.tokens[h.lastToken + k]?.text.toLowerCase() ?? '')));
  // A part named with its whole is still the part: "AL-TANF GARRISON, Syria —", "Erbil, Iraq".
  return { ids, partOnly: ids.length > 0 && (alone || ids.every((id) => hits.some((h) => h.id === id && h.part))) };
}

/** Most tokens between a part and its whole written after it. */
const PART_GAP = 4;

/** Words that introduce a place: "in Iraq", "across Syria", "في العراق", "إلى سوريا". */
const PLACE_INTRO = /^(?:[وف]?(?:في|علي|داخل|الي|من|عند|قرب|عبر|شمال|شرق|غرب|جنوب)|in|on|at|inside|across|near|to|from|into|throughout|over|of|for)$/i;

const PLACE_MODIFIERS = new Set(['the', 'neighboring', 'neighbouring', 'nearby', 'northern', 'eastern', 'western', 'southern', 'northeastern', 'northeast', 'central']);

function introducedPlace(ctx: SentenceContext, h: Hit): boolean {
  // An adjective place was found after a preposition ("على الجانب السوري").
  if (h.adjective) return true;
  const own = ctx.tokens[h.token];
  // A clitic preposition on the name itself: "بالعراق", "لسوريا".
  // The clitic is in the hit's span: a name that itself starts with ب or ل ("بغداد", "لبنان") is a lexicon word.
  if (own && own.kind === 'arabic' && /^[وف]?[بل]/.test(own.text) && !/^[وف]?[بل]$/.test(own.text) && !ctx.lex.arWords.has(own.text.replace(/^[وف](?=[بل])/, ''))) return true;
  for (let k = h.token - 1; k >= Math.max(0, h.token - 2); k--) {
    const tok = ctx.tokens[k] as Token;
    if (PLACE_INTRO.test(tok.text)) return true;
    if (!(PLACE_MODIFIERS.has(tok.text.toLowerCase()) || tok.kind === 'punct')) break;
  }
  return false;
}

/** Words before a place that name its border, not a place in it. */
const BORDER_WORDS = new Set(['الحدود', 'حدود', 'تخوم', 'border', 'borders', 'frontier']);
/** A nationality adjective ("السورية", "Syrian"), not a country's name ("حدود الأردن وسوريا"). */
const BORDER_ADJECTIVE = /^ال[\u0621-\u064a]+(?:يه|ي)$|^[A-Z][a-z]+(?:ian|i)$/;

/** The token is a nationality adjective of a border: "الحدود الأردنية السورية", "the Syrian border". */
function onBorder(ctx: SentenceContext, token: number): boolean {
  const { tokens } = ctx;
  if (!BORDER_ADJECTIVE.test(tokens[token]?.text ?? '')) return false;
  for (let k = token - 1; k >= Math.max(0, token - 2); k--) {
    const t = tokens[k]?.text ?? '';
    if (BORDER_WORDS.has(t.toLowerCase())) return true;
    if (!BORDER_ADJECTIVE.test(t)) break;
  }
  return BORDER_WORDS.has(tokens[token + 1]?.text.toLowerCase() ?? ''); // "the Syrian border"
}

/** Words that open another statement after a figure: «وأن», «بينما», "whereas". */
const STATEMENT_BREAK = new Set(['وان', 'وانه', 'وانها', 'بينما', 'whereas']);

/** Words that make the place after them a landmark: "close to Syria", «قرب الحدود مع سوريا», «تلامس حدود سوريا». */
const LANDMARK_BEFORE =
  /(?:\b(?:near|nearby|close to|not far from|bordering|(?:on |along )?the border (?:with|of))|(?<![\u0621-\u064a])(?:قرب|بالقرب من|قريبا من|غير بعيد عن|[وف]?(?:علي )?(?:ال)?حدود(?:ها)?(?: ال[\u0621-\u064a]+يه)?(?: مع)?|تلامس حدود|جنب الحدود|علي تخوم|تخوم))\s*(?:the\s+)?$/i;
/** Most tokens from the place a landmark stands for to the landmark. */
const LANDMARK_REACH = 12;

/** The place (or nationality adjective) a landmark place stands for, or undefined. */
function landmarkOf(ctx: SentenceContext, h: Hit): Hit | undefined {
  if (!LANDMARK_BEFORE.test(ctx.text.slice(Math.max(0, h.start - 25), h.start))) {
    // «حدود سوريا والعراق», "the border of Syria and Iraq": the second is a landmark too.
    const coordinated = ctx.hits.find((o) => isPlaceHit(ctx, o) && o.lastToken < h.token && h.token - o.lastToken <= 2 && /^\s*(?:و|and|,)?\s*$/i.test(ctx.text.slice(o.end, h.start)));
    return coordinated ? landmarkOf(ctx, coordinated) : undefined;
  }
  return ctx.hits.filter((o) => o.type === 'entity' && o.id !== h.id && o.id !== 'DAVOS' && ctx.lex.places.has(o.id) && o.lastToken < h.token && h.token - o.lastToken <= LANDMARK_REACH).pop();
}

/** A colon right after a figure, then its label ("900: في سوريا", "2,500: Iraq"). */
const VALUE_THEN_LABEL = /^\s*:\s*\S/;

/** Tokens after a figure within which a place is that figure's own (findPlace). */
const OWN_PLACE_REACH = 4;

function findPlace(ctx: SentenceContext, fig: Figure, unitEnd: number, nextFigureToken: number, prevFigure: Figure | null, ownClauseOnly: boolean): PlaceFound {
  const places = ctx.hits.filter((h) => isPlaceHit(ctx, h));
  // A place after the figure counts up to the next figure or the end of the figure's clause
  // ("165 times, and the deadliest, in Jordan, killed three": Jordan is the three's).
  // The unit's clause when the unit follows in another ("2,500: U.S. troops in Iraq").
  const unitStart = Math.max(fig.start, ctx.tokens[unitEnd]?.start ?? fig.start);
  // "900: في سوريا", a value before its label: the label's clause is the figure's.
  const labelAt = VALUE_THEN_LABEL.test(ctx.text.slice(fig.end)) ? ctx.text.indexOf(':', fig.end) + 1 : unitStart;
  const clauseEnd = ctx.clauses.find((c) => c.end > labelAt)?.end ?? ctx.text.length;
  // "زهاء 900 في الشمال الشرقي السوري", "900 جندي على الجانب السوري": after a preposition, a
  // nationality adjective names the place too.
  const inAfter = ctx.tokens.findIndex((t, k) => k > unitEnd && k < nextFigureToken && PLACE_PREPOSITION.test(t.text));
  const adjectives = inAfter < 0 ? [] : ctx.hits.filter((h) => h.adjective && h.type === 'entity' && ctx.lex.places.has(h.id) && h.token > inAfter && h.token <= inAfter + 3);
  // «…«٣٥٠٠ عسكري» وأن عددها في سوريا…»: "and that" opens another statement.
  const breakAt = ctx.tokens.findIndex((t, k) => k > unitEnd && k < nextFigureToken && STATEMENT_BREAK.has(t.text.toLowerCase()));
  const until = breakAt < 0 ? nextFigureToken : breakAt;
  const after = places
    .concat(adjectives)
    .filter((h) => h.token > unitEnd && h.token < until && h.start < clauseEnd && !namesEventPlace(ctx, h, unitEnd))
    .sort((x, y) => x.token - y.token);
  const clauseStart = ctx.clauses[clauseIndex(ctx, fig.start)]?.start ?? 0;
  // "a drone strike in Jordan killed three reservists and led Baghdad to…": a place after the
  // figure that no preposition introduces is another verb's subject; one before it in the clause wins.
  const subjectAfter = after.length > 0 && !introducedPlace(ctx, after[0] as Hit) && places.some((h) => h.lastToken < fig.firstToken && h.start >= clauseStart);
  if (after.length > 0 && !subjectAfter) {
    const chosen = [after[0] as Hit];
    // Coordinated places: "في العراق وسوريا", "in Iraq and Syria".
    for (const h of after.slice(1)) {
      if (h.token - (chosen[chosen.length - 1] as Hit).lastToken > 2) break;
      chosen.push(h);
    }
    return placeOf(chosen, ctx);
  }
  // Before the figure, but not in another clause after an earlier figure: that figure's place
  // ("وبعد مقتل جنديين في الأردن، عادت لغة التهديد، رغم أن الهجمات … لم تتجاوز 70").
  const figClause = clauseIndex(ctx, fig.start);
  const owned = (h: Hit): boolean => {
    if (prevFigure === null || h.token <= prevFigure.lastToken) return false;
    const k = clauseIndex(ctx, h.start);
    if (k !== figClause && k === clauseIndex(ctx, prevFigure.start)) return true;
    // A running total takes no place written right after another figure: "5,000 troops sitting in
    // Iraq and that the militias had managed barely 60 attacks" counts attacks anywhere.
    return ownClauseOnly && h.token - prevFigure.lastToken <= OWN_PLACE_REACH && fig.firstToken - h.lastToken > OWN_PLACE_REACH;
  };
  // A running total's place is named in its own clause ("تنتشر القوات في العراق…، وقد تعرضت منذ
  // 17 تشرين الأول لنحو 120 هجوماً": Iraq is where the troops are, not where the attacks were).
  // "an outpost in Jordan's corner, close to Syria", «قاعدة أردنية تلامس حدود سوريا والعراق»: a place
  // named as a landmark stands for the place named before it, even by an adjective.
  const located = places.map((h) => landmarkOf(ctx, h) ?? h).filter((h, k, all) => all.findIndex((o) => o.token === h.token) === k);
  located.sort((x, y) => x.token - y.token);
  const before = located.filter(
    (h, k, all) =>
      h.lastToken < fig.firstToken &&
      !owned(h) &&
      (!ownClauseOnly || clauseIndex(ctx, h.start) === figClause) &&
      // "في الأردن على تخوم الحدود السورية", "in Jordan near the Syrian border": the border places nothing.
      !(onBorder(ctx, h.token) && all.some((o) => o.token < h.token && !onBorder(ctx, o.token) && h.token - o.lastToken <= 8)),
  );
  const nearest = before[before.length - 1];
  if (!nearest) return theCountry(ctx, fig);
  // Keep places written together with it: "الحدود الأردنية السورية", "Iraq and Syria".
  const chosen = [nearest];
  for (let k = before.length - 2; k >= 0; k--) {
    const h = before[k] as Hit;
    const last = chosen[chosen.length - 1] as Hit;
    // A part a few words before its whole: "AL-TANF GARRISON, Syria", "قاعدة حرير في إقليم كردستان العراق".
    const partOfWhole = h.part && !last.part && h.id === last.id && last.token - h.lastToken <= PART_GAP;
    if (last.token - h.lastToken > 2 && !partOfWhole) break;
    chosen.push(h);
  }
  return placeOf(chosen, ctx);
}

/** "after/since" and at most two words before a place: «بعد ضربات الأردن», "since the Jordan attack". */
const EVENT_OPENER = /(?:^|[^\p{L}])(?:[وف]?(?:بعد|قبل|عقب|منذ)|after|before|since|following)\s+(?:the\s+)?(?:\S+\s+){0,2}$/iu;

const EVENT_UNITS = new Set(['attacks', 'strikes', 'drones', 'rockets']);

/** The place after a figure is an event's, named after "after" («2000 جندي بعد ضربات الأردن»), not the figure's. */
function namesEventPlace(ctx: SentenceContext, h: Hit, unitEnd: number): boolean {
  const from = (ctx.tokens[unitEnd] as Token | undefined)?.end ?? 0;
  if (!EVENT_OPENER.test(ctx.text.slice(from, h.start))) return false;
  return ctx.hits.some((o) => ((o.type === 'concept' && o.id === 'attack') || (o.type === 'unit' && EVENT_UNITS.has(o.id))) && o.token > unitEnd && o.token < h.token);
}

/** Words that reject the figure after them: "…, not 3,500", «لا 500», «مو 5000», "rather than 4,000". */
const REJECTED_BEFORE = /(?:\bnot|\brather than|\binstead of|(?<![\u0621-\u064a])[وف]?(?:لا|ليس|مو|مش|بدل))\s*$/i;

/** "in the country", «في البلاد»: the country named last, in this sentence or the one before, else the page's. */
const THE_COUNTRY = /\b(?:in|inside|across|within|throughout) the country\b|\bin-country\b|(?<![\u0621-\u064a])[وف]?(?:في|داخل) البلاد(?![\u0621-\u064a])/i;
/** "on our soil", «على أرضنا», «هنا», «عندنا»: the page's own country (ExtractOptions.homeCountry). */
const OUR_LAND = /\b(?:on|in) our (?:soil|land|country)\b|(?<![\u0621-\u064a])(?:[وف]?(?:علي|في|ب) ?(?:ارضنا|اراضينا|بلادنا|بلدنا|بلادي|بلدي|ارضي)|[وف]?هنا(?! و?هناك| او هناك)|[وف]?عندنا)(?![\u0621-\u064a])/i;
const COUNTRIES = new Set(['IQ', 'SY']);

/** The place hits in the figure's clause. */
function clausePlaces(ctx: SentenceContext, fig: Figure): Hit[] {
  const k = clauseIndex(ctx, fig.start);
  return ctx.hits.filter((h) => isPlaceHit(ctx, h) && clauseIndex(ctx, h.start) === k);
}

function theCountry(ctx: SentenceContext, fig: Figure): PlaceFound {
  const none: PlaceFound = { ids: [], partOnly: false };
  const clause = ctx.clauses[clauseIndex(ctx, fig.start)];
  if (!clause) return none;
  const text = ctx.text.slice(clause.start, clause.end);
  if (OUR_LAND.test(text)) return ctx.homeCountry ? { ids: [ctx.homeCountry], partOnly: false } : none;
  if (!THE_COUNTRY.test(text)) return none;
  const country = (hits: readonly Hit[]): string | undefined => hits.filter((h) => h.type === 'entity' && COUNTRIES.has(h.id) && !h.part).pop()?.id;
  const id = country(ctx.hits.filter((h) => h.lastToken < fig.firstToken)) ?? (ctx.context ? country(ctx.context()) : undefined) ?? ctx.homeCountry;
  return id ? { ids: [id], partOnly: false } : none;
}

function clauseIndex(ctx: SentenceContext, offset: number): number {
  const k = ctx.clauses.findIndex((c) => c.end > offset);
  return k < 0 ? ctx.clauses.length - 1 : k;
}

/** "بين 17 تشرين الأول 2023 ومطلع شباط", "from Oct. 17 to February": a count over the range is not as of its start. */
const RANGE_START = /(?:^|[\s(])[وف]?(?:بين|between|from)\s*$/i;

function startsRange(ctx: SentenceContext, d: DateMention): boolean {
  return RANGE_START.test(ctx.text.slice(Math.max(0, d.start - 12), d.start));
}

/** A troop level this large is the 2003–2011 war's (150,000 at the invasion, 170,000 in 2007). */
const WAR_ERA_LEVEL = 100_000;

/** Words that put a figure's clause at the time of writing, whatever date another clause names. */
const NOW_WORDS = /(?<![\u0621-\u064a])(?:[وف]?(?:حاليا|الان|هسه|هلق|حاليه)|في الوقت الحالي|في الوقت الراهن|حتي الان|حتي اليوم)(?![\u0621-\u064a])|\b(?:currently|right now|now|today|as of now|at present|presently)\b/i;

/** The most words a sentence's opening phrase may have to date the clause after it. */
const OPENER_WORDS = 8;

const WHEN_WORDS = /^(?:[وف]?(?:حين|حينما|عندما|يوم)|when)(?![\p{L}])/iu;

/** From a figure to a date: the rest of its quotation, then "describes"/"reflects" right before the date. */
const QUOTE_DESCRIBES = /^[^"”»]*["”»]\s*(?:describes|described|reflects|reflected)\s*$/i;

/** "after Oct. 7", «بعد 7 أكتوبر»: a date that marks what came before the time of the figure. */
const AFTER_BEFORE_DATE = /(?:^|[^\p{L}])(?:after|following|[وف]?(?:بعد|عقب))\s*$/iu;

/**
 * Does a year in the sentence date this figure ("In 2011 the US withdrew 40,000 troops")? When it
 * opens the sentence, stands in the figure's clause, or in another cell of its table row, or the
 * figure's clause says what happened then ("منذ الغزو عام 2003، حين نشرت واشنطن 150 ألف جندي").
 * Not otherwise: "2,500 troops in Iraq, under a coalition put together in 2014" counts troops now.
 */
function datesFigure(ctx: SentenceContext, date: DateMention, fig: Figure): boolean {
  if (AFTER_BEFORE_DATE.test(ctx.text.slice(Math.max(0, date.start - 12), date.start))) return false;
  const k = clauseIndex(ctx, date.start);
  const f = clauseIndex(ctx, fig.start);
  // 'argued that "nearly 5,000 troops are in Iraq" and claimed "it only came up in 2015"': a
  // quotation is its own statement, apart from a date outside it (unless that date opens the sentence).
  const opens = k === 0 && date.start - (ctx.clauses[0]?.start ?? 0) <= 12;
  // ('"upward of 5,000 troops have returned" describes 2016': the verb right after the quotation dates it.)
  if (!opens && quoteAround(ctx.text, fig.start) !== quoteAround(ctx.text, date.start) && !QUOTE_DESCRIBES.test(ctx.text.slice(fig.end, date.start))) return false;
  if (k === f) return true;
  // "التأسيس 2014 صحيح، بس عدد الجنود حالياً فوق 3 آلاف، والهجمات ما تعدّت 100": a clause after
  // the date's, up to the figure's own, says the time is now.
  const nowFrom = k < f ? k + 1 : f;
  if (ctx.clauses.slice(nowFrom, f + 1).some((c) => NOW_WORDS.test(ctx.text.slice(c.start, c.end)))) return false;
  if (opens) return true;
  // A short opening phrase that holds the date sets the time of the clause after it ("At the
  // height of the 2007 surge, about 170,000 troops…", "في ذروة حرب 2007، نشرت…").
  if (k === 0 && f === 1 && ctx.tokens.filter((t) => t.start >= (ctx.clauses[0] as Span).start && t.end <= (ctx.clauses[0] as Span).end && t.kind !== 'punct').length <= OPENER_WORDS) return true;
  // "وفي ذروة الحرب على التنظيم، أي عام 2016، تجاوز عدد العسكريين…": a date alone between commas dates the clause after it.
  if (f === k + 1 && dateOnlyClause(ctx, date)) return true;
  const [a, b] = k < f ? [k, f] : [f, k];
  const marks = ctx.clauses.slice(a, b).map((c, i) => ctx.text.slice(c.end, (ctx.clauses[a + i + 1] as Span).start));
  if (marks.every((m) => /[\t|]/.test(m))) return true;
  return f === k + 1 && WHEN_WORDS.test(ctx.text.slice((ctx.clauses[f] as Span).start));
}

function toSimple(d: DateMention): SimpleDate | undefined {
  if (d.year === undefined) return undefined;
  const s: SimpleDate = { year: d.year };
  if (d.month !== undefined) s.month = d.month;
  if (d.day !== undefined) s.day = d.day;
  return s;
}

function figureFromNumber(ctx: SentenceContext, n: NumberMention): Figure {
  const firstToken = tokenIndexAtOrAfter(ctx.tokens, n.numStart);
  let lastToken = Math.max(firstToken, tokenIndexAtOrAfter(ctx.tokens, n.numEnd - 1));
  // Ordinal suffix glued to digits: "54th".
  const suffix = ctx.tokens[lastToken + 1];
  const ordinal = !!n.definite || (!!suffix && suffix.glued && ORDINAL_SUFFIX.has(suffix.text.toLowerCase()));
  if (ordinal && suffix && suffix.glued && ORDINAL_SUFFIX.has(suffix.text.toLowerCase())) lastToken++;
  // "3,000+": the plus belongs to the figure, and the noun follows it.
  else if (suffix && suffix.glued && suffix.text === '+' && suffix.end <= n.end) lastToken++;
  // Vague words have no upper bound worth comparing: "عشرات الهجمات" is "many", not "fewer than 100".
  const max = n.qualifier === 'vague' ? Infinity : n.max;
  return { start: n.numStart, end: n.numEnd, lead: n.start, tail: n.end, firstToken, lastToken, value: n.value, min: n.min, max, qualifier: n.qualifier, ordinal, definite: !!n.definite };
}

function isConnectedTo(ctx: SentenceContext, fig: Figure, prevEnd: number): boolean {
  if (fig.firstToken - prevEnd > 10) return false;
  for (let k = fig.firstToken - 1; k > prevEnd && k >= fig.firstToken - 4; k--) {
    const tok = ctx.tokens[k] as Token;
    const word = tok.text.toLowerCase();
    if (CONNECTORS.has(word) || word.startsWith('و')) return true;
  }
  // The conjunction may be glued to the figure ("وتسعمئة") or to a qualifier before it ("ونحو").
  const own = ctx.tokens[fig.firstToken];
  if (own && own.kind === 'arabic' && own.text.startsWith('و')) return true;
  const prev = ctx.tokens[fig.firstToken - 1];
  return !!prev && prev.text.startsWith('و');
}

/** The figure's clause opens with و and a place: "…لا يقل عن 4 آلاف، …، وفي سوريا أكثر من 1500". */
function placeLedClause(ctx: SentenceContext, fig: Figure): boolean {
  const clause = ctx.clauses[clauseIndex(ctx, fig.start)];
  if (!clause) return false;
  const first = ctx.tokens.findIndex((t) => t.start >= clause.start);
  if (ctx.text[clause.start] === 'و') return ctx.hits.some((h) => isPlaceHit(ctx, h) && h.start >= clause.start && h.lastToken < fig.firstToken && h.token <= first + 1);
  // «…، يضاف إليهم في سوريا قرابة ٩٠٠», "…, plus about 900 in Syria": as many more, elsewhere.
  const adding = ADDING_OPENER.exec(ctx.text.slice(clause.start, fig.lead));
  if (adding) return ctx.hits.some((h) => isPlaceHit(ctx, h) && h.start >= clause.start && h.lastToken < fig.firstToken && h.start - clause.start <= adding[0].length + 6);
  // "…in Iraq; Syria hosts about 900": a place, a verb of having, the figure.
  const opener = /^(?:and|while|whereas|in)$/i.test(ctx.tokens[first]?.text ?? '') ? first + 1 : first;
  const place = ctx.hits.find((h) => isPlaceHit(ctx, h) && h.token === opener);
  if (!place) return false;
  const between = ctx.tokens.slice(place.lastToken + 1, tokenIndexAtOrAfter(ctx.tokens, fig.lead));
  return between.length <= 2 && between.every((t) => PLACE_HAS.has(t.text.toLowerCase()));
}

/** Words opening a clause that adds to the figure before it: «يضاف إليهم», «إضافة إلى», "plus". */
const ADDING_OPENER = /^\s*(?:[وف]?(?:يضاف|تضاف|ويضاف)(?:\s+(?:اليهم|اليها|اليه|الي ذلك))?|[وب]?اضافه الي (?:ذلك|هولاء)|فضلا عن (?:ذلك|هولاء)|(?:and\s+)?(?:plus|in addition|besides(?: them)?|on top of that))(?![\p{L}])/u;

/** Verbs between a place opening a clause and its figure: "Syria hosts about 900", "Syria has 900". */
const PLACE_HAS = new Set(['hosts', 'has', 'had', 'holds', 'keeps', 'houses', 'counts', 'gets', 'there', 'it', "it's", 'is', 'was']);

/** Words that put a figure at a time named before: "يومها", "آنذاك", "at the time". */
const THEN_WORDS = /(?<![\u0621-\u064a])(?:[وف]?(?:انذاك|وقتذاك|حينذاك|يومذاك|وقتها|حينها|يومها|انئذ|حينئذ|وقتئذ)|في حينه)(?![\u0621-\u064a])|(?<![\u0621-\u064a])(?:ذلك العام|تلك السنه)(?![\u0621-\u064a])|\b(?:at the time|back then|at that time|in those days|at that point|that year|those years)\b/i;

/** A market's or bet's rule ("resolves YES if … fewer than 1,000"): a condition, anywhere before the figure. */
const CONDITION_RULE = /\b(?:resolves (?:yes|no) if|will resolve (?:yes|no) if|pays out if)\b/i;
const HYPOTHETICAL = /(?<![\u0621-\u064a])(?:[وف]?لو|لنفترض|فلنفترض|افترض|افترضنا|تخيل|تخيلوا)(?![\u0621-\u064a])|\b(?:what if|suppose|supposing|imagine|hypothetically|let's say|say we had)\b/i;

/** "فقدت نحو 4400 من جنودها على مدى ثماني سنوات", "killed over eight years": a war's toll, not an attack's. */
const OVER_YEARS =
  /(?<![\u0621-\u064a])(?:علي مدي|علي مدار|خلال|طوال|طيله)\s+(?:\S+\s+)?(?:سنوات|اعوام|عاما|سنه|عقد|عقدين|عقود)(?![\u0621-\u064a])|\b(?:over|across|during)\s+(?:the\s+)?(?:\S+\s+)?(?:years|decades?)\b/i;

/**
 * "the 1983 Beirut barracks bombing, which killed 241 U.S. service members": a year written before
 * the toll, years before the page, and no recent one in the sentence.
 */
function historicalToll(ctx: SentenceContext, fig: Figure): boolean {
  const now = ctx.published?.year;
  if (now === undefined) return false;
  const years = ctx.dates.filter((d) => d.year !== undefined && d.yearSpan !== undefined && !d.yearKnown);
  return years.some((d) => d.end <= fig.start && (d.year as number) < now - 2) && !years.some((d) => (d.year as number) >= now - 2);
}

function clauseText(ctx: SentenceContext, fig: Figure): string {
  const clause = ctx.clauses[clauseIndex(ctx, fig.start)] as Span;
  return ctx.text.slice(clause.start, clause.end);
}

/** The figure's clause, or the one before it, puts it "then". */
function saidOfThen(ctx: SentenceContext, fig: Figure): boolean {
  const k = clauseIndex(ctx, fig.start);
  const from = (ctx.clauses[Math.max(0, k - 1)] as Span).start;
  if (THEN_WORDS.test(ctx.text.slice(from, fig.end))) return true;
  // After the figure, in its clause: "5,000 troops were there آنذاك", "We were 5,200 in Iraq then" (a
  // "then" that ends the clause, not "and then 900 in Syria").
  const after = ctx.text.slice(fig.end, (ctx.clauses[k] as Span).end);
  return THEN_WORDS.test(after) || /\bthen\W*$/i.test(after);
}

/** Words that may follow a bare figure whose noun was left out: "about 2,500 in Iraq", "900 still in Syria". */
const AFTER_BARE_FIGURE = new Set([
  'in', 'at', 'on', 'across', 'inside', 'near', 'and', 'or', 'more', 'others', 'still', 'now', 'are', 'is', 'were', 'was', 'remain', 'remained',
  'remaining', 'currently', 'today', 'total', 'deployed', 'stationed', 'based', 'of', 'over', 'there', 'here', 'left', 'plus', 'some',
]);

/** "U.S. aircraft struck 85 targets in Iraq": an English figure with a noun of its own (not in the lexicon). */
function englishNounAfter(ctx: SentenceContext, fig: Figure): boolean {
  const next = ctx.tokens[fig.lastToken + 1];
  if (next && next.kind === 'arabic') return arabicCountedNoun(next.text);
  return !!next && next.kind === 'latin' && !AFTER_BARE_FIGURE.has(next.text.toLowerCase());
}

/** Adverbs in the accusative that may follow a bare figure ("2500 تقريباً"). */
const AR_ADVERBS = new Set(['تقريبا', 'ايضا', 'حاليا', 'اجمالا', 'يوميا', 'سنويا', 'شهريا', 'اسبوعيا', 'فعليا', 'رسميا', 'هكذا', 'بينما', 'عندما', 'حينما', 'كلما', 'ربما', 'انما', 'لاحقا', 'سابقا', 'مثلا', 'اصلا', 'ابدا', 'دائما', 'غالبا', 'تماما', 'جدا']);

/** «ضرب 85 هدفاً»: a noun in the accusative right after the figure is what it counts (not the unit before). */
function arabicCountedNoun(word: string): boolean {
  return word.length >= 4 && /ا$/.test(word) && !AR_ADVERBS.has(word);
}

/** A place stands right before the figure's phrase: "في سوريا أكثر من 1200", "in Syria about 900". */
function placeLeads(ctx: SentenceContext, fig: Figure): boolean {
  const lead = tokenIndexAtOrAfter(ctx.tokens, fig.lead);
  return ctx.hits.some((h) => isPlaceHit(ctx, h) && h.lastToken < lead && h.lastToken >= lead - 2);
}

/** The counted noun right before a definite numeral, past nationality adjectives (up to 3 words). */
function definiteNoun(ctx: SentenceContext, fig: Figure): UnitMatch | null {
  for (let k = fig.firstToken - 1; k >= Math.max(0, fig.firstToken - 3); k--) {
    const unit = hitsAtToken(ctx.hits, k, ['unit'])[0];
    if (unit) return { id: unit.id, lastToken: fig.lastToken, between: null };
    const tok = ctx.tokens[k] as Token;
    if (tok.kind !== 'arabic' || !ctx.hits.some((h) => h.token === k && h.type === 'entity' && h.adjective)) return null;
  }
  return null;
}

/** "from 2006 to 2012", "2014": years, not a count a sentence before could name. */
function yearLike(fig: Figure): boolean {
  const isYear = (v: number): boolean => Number.isInteger(v) && v >= 1900 && v <= 2100;
  return isYear(fig.min) && (fig.qualifier !== 'range' || isYear(fig.max));
}

/** Words right after a figure that make it "as many others": "900 more are in Syria", "تسعمئة آخرون". */
const OTHERS_AFTER = new Set(['more', 'others', 'اخرين', 'اخرون', 'غيرهم']);
/** How far into its clause the other place may stand: "900 more are based in eastern Syria". */
const OTHERS_PLACE_GAP = 8;

/**
 * "About 900 more are in northeastern Syria", after the sentence before put the levels in Iraq:
 * a level in another place, not an increment. Only when the places differ: "1,500 more are going
 * to Iraq" after Iraq's level is reinforcement.
 */
function othersElsewhere(ctx: SentenceContext, fig: Figure, before: Before): boolean {
  if (!OTHERS_AFTER.has(ctx.tokens[fig.lastToken + 1]?.text.toLowerCase() ?? '')) return false;
  const earlier = new Set((before.levelPlace ?? []).flat());
  if (earlier.size === 0) return false;
  const clauseEnd = ctx.clauses[clauseIndex(ctx, fig.start)]?.end ?? ctx.text.length;
  const places = ctx.hits.filter((h) => isPlaceHit(ctx, h) && h.token > fig.lastToken && h.token <= fig.lastToken + OTHERS_PLACE_GAP && h.start < clauseEnd);
  return places.length > 0 && places.every((h) => !earlier.has(h.id));
}

/** A counted noun or another figure between two tokens: "900 across the border in Syria" has none. */
function nounBetween(ctx: SentenceContext, from: number, to: number): boolean {
  return ctx.tokens.slice(from + 1, to).some((t) => t.kind === 'digits') || ctx.hits.some((h) => h.type === 'unit' && h.token > from && h.token < to);
}

/** The country written right after the figure (or right before it, in its clause) is not the earlier level's. */
function levelElsewhere(ctx: SentenceContext, fig: Figure, earlier: readonly string[]): boolean {
  const k = clauseIndex(ctx, fig.start);
  const at = ctx.hits.filter(
    (h) => h.type === 'entity' && COUNTRIES.has(h.id) && ((h.token > fig.lastToken && h.token <= fig.lastToken + 6 && !nounBetween(ctx, fig.lastToken, h.token)) || (h.lastToken < fig.firstToken && h.lastToken >= fig.firstToken - 3 && clauseIndex(ctx, h.start) === k)),
  );
  return at.length > 0 && at.every((h) => !earlier.includes(h.id));
}

/** A place written right at the figure: "about 2,500 in Iraq", "In Syria it's about 900", "وفي سوريا حوالي 900". */
function placeAtFigure(ctx: SentenceContext, fig: Figure): boolean {
  // After the figure: three tokens, or more when all between are words a bare figure is followed by ("1,900 were stationed in Syria").
  const reach = (h: Hit): boolean =>
    h.token <= fig.lastToken + 3 || (h.token <= fig.lastToken + 5 && ctx.tokens.slice(fig.lastToken + 1, h.token).every((t) => AFTER_BARE_FIGURE.has(t.text.toLowerCase())));
  return ctx.hits.some((h) => isPlaceHit(ctx, h) && ((h.token > fig.lastToken && reach(h)) || (h.lastToken < fig.firstToken && h.lastToken >= fig.firstToken - 6)));
}

/** The sentence names the attacks (the word, or the counted noun) before the figure. */
function attacksNamedBefore(ctx: SentenceContext, fig: Figure): boolean {
  return ctx.hits.some((h) => h.end <= fig.lead && ((h.type === 'concept' && h.id === 'attack') || (h.type === 'unit' && (h.id === 'attacks' || h.id === 'strikes'))));
}

/** Words that give the right figures after wrong ones: «…، والصحيح ٢٥٠٠ و٩٠٠». */
const CORRECTED_LEAD = /(?<![\u0621-\u064a])[وف]?(?:الصحيح|الصواب)\s*$|\bthe correct (?:figures|numbers) (?:are|were)\s*$/i;

/**
 * «…في العراق «٣٥٠٠» وفي سوريا «١٢٠٠»، والصحيح ٢٥٠٠ و٩٠٠»: corrected figures, in the order of the
 * figures they correct, take those figures' places.
 */
function correctInOrder(ctx: SentenceContext, claims: SentenceClaim[]): void {
  const c = claims.findIndex((cl) => CORRECTED_LEAD.test(ctx.text.slice(Math.max(0, cl.start - 16), cl.start)));
  if (c < 1) return;
  const measure = (claims[c] as SentenceClaim).measure;
  const group = claims.slice(c).filter((cl) => cl.measure === measure);
  const earlier = claims.slice(0, c).filter((cl) => cl.measure === measure && cl.place.length > 0);
  if (group.length < 2 || earlier.length < group.length) return;
  const from = earlier.slice(earlier.length - group.length);
  group.forEach((cl, i) => {
    cl.place = [...(from[i] as SentenceClaim).place];
  });
}

/** "the number", "العدد", "the real figure": words that stand for a count named before. */
const NUMBER_WORDS = new Set(['العدد', 'الرقم', 'عددهم', 'عددها', 'number', 'figure', 'count', 'tally', 'تحصي', 'يحصي', 'احصت', 'احصي', 'احصاء', 'احصاؤهم', 'حصيلتها']);
/** Words that make "the number" a telephone line. */
const PHONE_LINE = new Set(['المجاني', 'الموحد', 'الساخن', 'المختصر', 'الهاتفي', 'هاتف', 'الهاتف', 'toll-free', 'hotline', 'phone', 'telephone', 'free']);
/** Most words between such a word and the figure ("the number in Syria at …"). */
const NUMBER_WORD_GAP = 5;

/**
 * The figure's clause calls it "the number" of nothing in particular: "العدد الفعلي «لا يقل عن
 * أربعة آلاف»". Not "the number of Palestinians killed" (that names what it counts).
 */
function namesTheNumber(ctx: SentenceContext, fig: Figure): boolean {
  const lead = tokenIndexAtOrAfter(ctx.tokens, fig.lead);
  const k0 = clauseIndex(ctx, fig.start);
  let clauseStart = ctx.clauses[k0]?.start ?? 0;
  // "Pentagon figure: about 2,500": a label before a colon names the value after it.
  const previous = ctx.clauses[k0 - 1];
  if (previous && ctx.text[previous.end] === ':') clauseStart = previous.start;
  for (let k = lead - 1; k >= Math.max(0, lead - NUMBER_WORD_GAP); k--) {
    const tok = ctx.tokens[k] as Token;
    if (tok.start < clauseStart || tok.kind === 'digits') return false;
    if (NUMBER_WORDS.has(tok.text.toLowerCase().replace(/^[وف]/, ''))) {
      // «نُشر في العدد 11872»: in a paper's issue, not "the number".
      if (tok.text === 'العدد' && ctx.tokens[k - 1]?.text === 'في') return false;
      // «الرقم المجاني ٥٥٨٢», "the toll-free number 5582": a line to call.
      if (PHONE_LINE.has(ctx.tokens[k + 1]?.text.toLowerCase() ?? '') || PHONE_LINE.has(ctx.tokens[k - 1]?.text.toLowerCase() ?? '')) return false;
      // "a figure of 5,000": "of" and then the value itself.
      if (ctx.tokens[k + 1]?.text.toLowerCase() === 'of' && k + 2 === lead) return true;
      return !PARTITIVE.has(ctx.tokens[k + 1]?.text.toLowerCase() ?? '');
    }
  }
  return false;
}

/** What the sentences before, in the same topic, counted: for figures that leave their noun out. */
export interface Before {
  /** The unit id they counted last: the answer "about 2,500 in Iraq" after "How many U.S. troops…?". */
  unit(): string | null;
  /** The topic's last count, when the sentence just before asked a question: a bare answer ("Three.") says the same thing. */
  claim: Pick<SentenceClaim, 'measure' | 'actor' | 'place'> | null;
  /**
   * Where the topic's troop levels are: the places of the last sentence with levels (one, or
   * several to choose from), or of a question that named one place ("وفي سوريا؟"). A level that
   * names no place is there ("MPs say there are 5,000").
   */
  levelPlace: string[][] | null;
}

const NOTHING_BEFORE: Before = { unit: () => null, claim: null, levelPlace: null };

/** "The outpost hosts about 350 US personnel": one base's strength, not a country's level. */
const ONE_BASE = /(?<![\u0621-\u064a])(?:[وف]?(?:ال)?(?:قاعده|موقع|معسكر|ثكنه))(?![\u0621-\u064a])|\b(?:outpost|base|garrison|camp|site|installation)\b/i;

/** Words for places wider than a country: a level there is not the topic's country's. */
const WIDER_PLACE = /المنطقه|الشرق الاوسط|الخليج|العالم|الخارج|\b(?:region|Middle East|Gulf|world|worldwide|abroad|overseas|theater|theatre)\b/i;

/** Words that say whom attacks were aimed at. */
const AIMED_AT = /^(?:[وف]?(?:ضد|علي|استهدفت|تستهدف)|against|on|targeting|at)$/i;
const OTHER_TARGETS = new Set(['ISIS', 'isis_ref', 'FACTIONS']);

/** Right after the counted noun, the attacks are aimed at ISIS or the militias. */
function aimedAtOthers(ctx: SentenceContext, unitEnd: number): boolean {
  // From the noun's own last word: the unit "strikes on" holds its preposition.
  for (let k = unitEnd; k <= unitEnd + 3 && k < ctx.tokens.length; k++) {
    if (!AIMED_AT.test((ctx.tokens[k] as Token).text)) continue;
    if (ctx.tokens.slice(k + 1, k + 4).some((t) => OTHER_TARGET_WORDS.has(t.text.toLowerCase()))) return true;
    return ctx.hits.some((h) => (OTHER_TARGETS.has(h.id) || h.id === 'hamas') && h.token > k && h.token <= k + 3);
  }
  return false;
}

/**
 * The sentence counts operations or strikes against ISIS or the militias, and these dead or
 * wounded are not named as the coalition's ("three U.S. soldiers", "جنود أميركيين"): they are the enemy's.
 */
function enemyCasualties(ctx: SentenceContext, fig: Figure, unitEnd: number): boolean {
  const againstOthers = ctx.hits.some((h) => h.type === 'unit' && (h.id === 'attacks' || h.id === 'strikes') && aimedAtOthers(ctx, h.lastToken));
  if (!againstOthers) return false;
  return !ctx.hits.some((h) => h.type === 'entity' && (h.id === 'US' || h.id === 'COALITION') && h.token >= fig.firstToken - 2 && h.token <= unitEnd + 2);
}

/** The sentence's attacks are aimed at others ("30 attacks on commercial shipping since Nov. 19"): their start is not the corpus's. */
export function attacksAimedAtOthers(ctx: SentenceContext): boolean {
  // Counted attacks only: "Hamas's October 7 attack on Israel" is no count.
  const counted = (h: Hit): boolean =>
    ctx.numbers.some((n) => !n.label && n.numEnd <= h.start && h.start - n.numEnd <= 2 && !ctx.dates.some((d) => overlaps(d, { start: n.numStart, end: n.numEnd })));
  return ctx.hits.some((h) => h.type === 'unit' && (h.id === 'attacks' || h.id === 'strikes') && counted(h) && aimedAtOthers(ctx, h.lastToken));
}

/** «التنظيم … تبنّى 153 هجوماً», "ISIS claimed 153 attacks": the group's own attacks, not the militias' on the coalition. */
const CLAIMED = /(?<![\u0621-\u064a])[وف]?(?:تبني|تبنت|يتبني|تبنيه|اعلن مسؤوليته|نفذ|نفذت|شن|شنت|يشن)(?![\u0621-\u064a])|\b(?:claimed|carried out|staged|launched|took responsibility for|claimed responsibility for)\b/i;

function claimedByIsis(ctx: SentenceContext, fig: Figure, unit: UnitMatch): boolean {
  const k = clauseIndex(ctx, fig.start);
  const clause = ctx.clauses[k] as Span;
  const inClause = (h: Hit): boolean => h.start >= clause.start && h.end <= clause.end;
  // The group named before the figure: in its clause, or as the subject the clause's "it" stands for.
  const group = ctx.hits.some((h) => (h.id === 'ISIS' || h.id === 'isis_ref') && h.end <= fig.start && (inClause(h) || clauseIndex(ctx, h.start) === k - 1));
  // The coalition named as the target (before the figure, or just after its noun: «هجوماً على القوات الأمريكية»), not as the source («بحسب القيادة المركزية»).
  const ours = ctx.hits.some((h) => inClause(h) && (h.id === 'US' || h.id === 'COALITION' || h.id === 'americans') && (h.end <= fig.start || h.token <= fig.lastToken + 5));
  return (!ours && group && CLAIMED.test(ctx.text.slice(clause.start, fig.start))) || groupsOwnAttacks(ctx, fig, unit, inClause);
}

/**
 * «عمليات داعش», "ISIS attacks": the group named right at an attacks noun owns them, whether that
 * noun is the figure's or names them before it ("ISIS attacks in the first quarter numbered 32").
 */
function groupsOwnAttacks(ctx: SentenceContext, fig: Figure, unit: UnitMatch, inClause: (h: Hit) => boolean): boolean {
  const isGroup = (h: Hit): boolean => h.type === 'entity' && h.id === 'ISIS';
  return ctx.hits.some(
    (u) =>
      u.type === 'unit' &&
      (u.id === 'attacks' || u.id === 'strikes') &&
      (u.lastToken === unit.lastToken || (inClause(u) && u.end <= fig.start)) &&
      // "strikes on ISIS": the unit holds its preposition, and the group is the target.
      !AIMED_AT.test((ctx.tokens[u.lastToken] as Token).text) &&
      ctx.hits.some((g) => isGroup(g) && (g.token === u.lastToken + 1 || g.lastToken === u.token - 1)) &&
      // "ISIS attacks on U.S. forces" are still attacks on the coalition.
      !ctx.hits.some((h) => (h.id === 'US' || h.id === 'COALITION' || h.id === 'americans') && h.token > u.lastToken && h.token <= u.lastToken + 4),
  );
}

/** Targets that are not the coalition's forces: "attacks on commercial shipping", "هجمات على السفن". */
const OTHER_TARGET_WORDS = new Set([
  'shipping', 'ships', 'vessels', 'tankers', 'israel', 'israeli', 'السفن', 'سفن', 'الملاحه', 'ناقلات', 'اسرائيل', 'الكيان', // not الاحتلال: "قواعد الاحتلال الأميركي"
]);

/** Words that make a count an increment ("1,500 more troops", "1500 جندي إضافي"), not a level. */
const INCREMENT_AFTER = new Set(['more', 'additional', 'extra', 'اضافي', 'اضافيا', 'اضافيين', 'اضافيون', 'اضافيه', 'جدد', 'جديد']);
/** Right before the figure: "another 1,500", "an additional 3,000". */
const INCREMENT_BEFORE = new Set(['additional', 'another', 'extra']);
/** A few words before it: "تعزيزات قوامها 1500 جندي". */
const REINFORCEMENTS = new Set(['تعزيزات', 'بتعزيزات', 'reinforcements']);

function isIncrement(ctx: SentenceContext, fig: Figure, unitEnd: number): boolean {
  const lead = tokenIndexAtOrAfter(ctx.tokens, fig.lead);
  if (INCREMENT_BEFORE.has(ctx.tokens[lead - 1]?.text.toLowerCase() ?? '')) return true;
  for (let k = Math.max(0, lead - 3); k < lead; k++) if (REINFORCEMENTS.has((ctx.tokens[k] as Token).text.toLowerCase())) return true;
  for (let k = fig.lastToken + 1; k <= unitEnd + 1 && k < ctx.tokens.length; k++) if (INCREMENT_AFTER.has((ctx.tokens[k] as Token).text.toLowerCase())) return true;
  return false;
}

export interface CountResult {
  claims: SentenceClaim[];
  /** Claims that count soldiers ("four soldiers killed", not "28,000 dead in Gaza"). */
  soldiers: Set<SentenceClaim>;
  /** The unit of the sentence's last counted figure, for the next sentence's ellipses. */
  lastUnit: string | null;
}

/** A speaker's label ("GEN. RYDER:", "د. هشام الربيعي:") or nothing. */
const SPEAKER_LABEL = new RegExp(`^(?:[^:]{1,40}:)?\\s*(?:${RESTATING_LEAD})?(?:the\\s+)?$`, 'i');
const TRAILING_PUNCT = /^(?:st|nd|rd|th)?[\s.!?\u061f]*$/;

/**
 * The sentence is the figure alone, after a speaker's label or "it was" at most: an answer
 * ("GEN. RYDER: Three.", "It was three."). A label that names something ("المصابون: أكثر من 40")
 * is a fact box's, not a speaker's.
 */
function isBareAnswer(ctx: SentenceContext, fig: Figure): boolean {
  if (!TRAILING_PUNCT.test(ctx.text.slice(fig.end)) || !SPEAKER_LABEL.test(ctx.text.slice(0, fig.lead))) return false;
  return !ctx.hits.some((h) => h.end <= fig.lead && (h.type === 'unit' || h.type === 'concept'));
}

/** "(video, 41 min)", «مدة الحلقة 45 دقيقة»: a duration. */
const DURATION_AFTER = /^\s*(?:(?:min|mins|minutes?|secs?|seconds?|hours?|hrs?)\b|(?:دقيقه|دقائق|دقيقتين|ساعه|ساعات|ثانيه|ثوان)(?![\u0621-\u064a]))/i;

/** "No one was killed", "not one soldier": nobody, not a count of one. */
const NO_ONE = /\b(?:no|not)\s+$/i;

/** "every one of them", «واحد منهم»: one of a group, not a count of one. */
const ONE_OF = /^\s+(?:of\b|منهم|منهما|منهن|من\s)/i;

/** A dash glued to the figure and a second number: "19–6". */
const SCORE_AFTER = /^[-\u2013\u2014]([0-9]+)(?![0-9]|[.,][0-9])/;

export function countClaimsInSentence(ctx: SentenceContext, usedDates: Set<number>, before: Before = NOTHING_BEFORE): CountResult {
  const out: SentenceClaim[] = [];
  const figures: Figure[] = [];
  for (const n of ctx.numbers) {
    // Ordinals ("54th") come marked as labels; they may still be a session number.
    const ordinalLabel = n.label && /^[0-9]+$/.test(ctx.text.slice(n.numStart, n.numEnd)) && /^(st|nd|rd|th)/i.test(ctx.text.slice(n.numEnd, n.numEnd + 2));
    // "نسخة دافوس رقم 54": a numbered session is still a session number.
    const numberedSession = n.label && NUMBER_SIGN.has(ctx.text.slice(0, n.numStart).trim().split(/\s+/).pop()?.toLowerCase() ?? '');
    if ((n.label && !ordinalLabel && !numberedSession) || n.percent || n.currency || inCitation(ctx, n.numStart, n.numEnd) || DURATION_AFTER.test(ctx.text.slice(n.numEnd, n.numEnd + 12))) continue;
    const next = ctx.text.slice(n.numEnd, n.numEnd + 12);
    if (FRACTION_AFTER.test(next) || (n.value === 1 && (ONE_FRACTION_AFTER.test(next) || ONE_OF.test(ctx.text.slice(n.numEnd, n.numEnd + 8)) || NO_ONE.test(ctx.text.slice(Math.max(0, n.numStart - 5), n.numStart))))) continue;
    // "passed 19–6", "won 3-1": a tally or a score (a range runs up: "2,000–3,000").
    const score = SCORE_AFTER.exec(next);
    if (score && Number(score[1]) < n.value) continue;
    const span = { start: n.numStart, end: n.numEnd };
    // A label's bare year no event took may be the label's count ("عدد القوات: 2000").
    const date = ctx.dates.findIndex((d) => overlaps(d, span));
    if (date >= 0 && (!ctx.dates[date]?.label || usedDates.has(date))) continue;
    figures.push(date >= 0 ? { ...figureFromNumber(ctx, n), labelYear: true } : figureFromNumber(ctx, n));
  }
  // Dual nouns count two ("جنديين"), unless a number already counts them.
  for (const h of ctx.hits) {
    if (h.type !== 'dual') continue;
    if (figures.some((f) => f.lastToken + 1 === h.token || f.lastToken + 2 === h.token)) continue;
    figures.push({ start: h.start, end: h.end, lead: h.start, tail: h.end, firstToken: h.token, lastToken: h.token - 1, value: 2, min: 2, max: 2, qualifier: 'exact', ordinal: false, definite: false });
  }
  figures.sort((a, b) => a.start - b.start);

  const since = ctx.dates.find((d) => d.rel === 'since');
  const atDates = ctx.dates.filter(
    (d, i) => !usedDates.has(i) && d.rel !== 'since' && (d.yearSpan !== undefined || d.yearKnown === true) && !startsRange(ctx, d) && !figures.some((f) => f.labelYear && overlaps(d, f)),
  );
  type Counted = { unit: string; lastToken: number; actor: string[] };
  let prev: Counted | null = null;
  /** The last figure a place led ("في سوريا أكثر من 1200 جندي"). */
  let parallel: Counted | null = null;
  let lastUnit: string | null = null;
  const soldiers = new Set<SentenceClaim>();
  /** The place of the sentence's last troop level: "900 in Syria…, while locals put their number above 2,000". */
  let lastLevelPlace: string[] | null = null;
  /** The place of the sentence's last count. */
  let prevPlace: PlaceFound | null = null;
  figures.forEach((figure, i) => {
    let fig = figure;
    let viaDefinite = false;
    const nextFigureToken = figures[i + 1]?.firstToken ?? ctx.tokens.length;
    if (fig.labelYear && !labelUnit(ctx, fig)) return;
    let unit = findUnit(ctx, fig);
    // «مجموع قوات الدول الست والثمانين»: a definite numeral right after its own noun counts that noun.
    if (unit && fig.definite && !/[0-9]/.test(ctx.text.slice(fig.start, fig.end))) {
      const own = definiteNoun(ctx, fig);
      if (own && own.id !== unit.id) unit = own;
    }
    let inheritedActor: string[] | null = null;
    const ledByPlace = !unit && (prev || parallel) && placeLedClause(ctx, fig);
    // "2,500 Americans … are posted in Iraq, with roughly 900 in Syria": a bare figure at the other
    // country, after a troop level in this sentence, is that country's level, however far apart.
    const otherCountry = !unit && !ledByPlace && (prev?.unit === 'troops' || prev?.unit === 'americans') && lastLevelPlace !== null && !fig.ordinal && fig.qualifier !== 'vague' && !yearLike(fig) && levelElsewhere(ctx, fig, lastLevelPlace);
    // "…and civilians finished a 5K at Erbil": a figure after "a" names a thing, not another count.
    const afterArticle = /\b(?:a|an)\s+$/i.test(ctx.text.slice(Math.max(0, fig.lead - 4), fig.lead));
    if (!unit && !afterArticle && ((prev && isConnectedTo(ctx, fig, prev.lastToken)) || ledByPlace || otherCountry)) {
      // Ellipsis: "2500 عسكري في العراق ونحو 900 في سوريا". A clause led by a place parallels the
      // figure an earlier place led: "في سوريا أكثر من 1200 جندي موزعين على 11 قاعدة، وفي العراق
      // ما يقارب ثلاثة آلاف" counts soldiers, not bases.
      const source = (ledByPlace && parallel) || (prev as Counted);
      unit = { id: source.unit, lastToken: fig.lastToken, between: null };
      // "Russia keeps 4,000 troops in Syria, while the US has 900": a clause that names its own owner.
      const owners = actorsIn(ctx.hits.filter((h) => TROOP_OWNERS.has(h.id) && h.start >= fig.lead - 40 && h.end <= fig.start && clauseIndex(ctx, h.start) === clauseIndex(ctx, fig.start)));
      inheritedActor = owners.length > 0 ? owners : source.actor;
    }
    /** "About 900 more are in Syria" after a level in Iraq: as many others, somewhere else. */
    let elsewhere = false;
    if (!unit && !prev && i === 0 && !fig.ordinal && !PARTITIVE_AFTER.test(ctx.text.slice(fig.end)) && !englishNounAfter(ctx, fig)) {
      // Ellipsis across sentences, only for the sentence's first figure and with a place at it:
      // "It's about 2,500 in Iraq." (not "seven sites, four of them in Syria").
      elsewhere = othersElsewhere(ctx, fig, before);
      const carried = yearLike(fig) || !(elsewhere || placeAtFigure(ctx, fig)) ? null : before.unit();
      if (carried) unit = { id: carried, lastToken: fig.lastToken, between: null };
    }
    if (!unit && !fig.ordinal && placeLabel(ctx, fig)) {
      // A table row "العراق<TAB>2,500" under a caption that says what is counted ("عدد الجنود").
      const id = before.unit();
      if (id) unit = { id, lastToken: fig.lastToken, between: null };
    }
    if (!unit && !fig.ordinal && namesTheNumber(ctx, fig)) {
      // "العدد الفعلي «لا يقل عن أربعة آلاف»", "put the number in Syria at 2,000": the number of
      // what was just counted.
      // (Or of the attacks named before it in this sentence: "…the attacks on US forces: the figure is well above 165".)
      const id = prev?.unit ?? before.unit() ?? (attacksNamedBefore(ctx, fig) ? 'attacks' : null);
      if (id) unit = { id, lastToken: fig.lastToken, between: null };
    }
    // (An ordinal answers only for a session: "It was the 54th.")
    if (!unit && before.claim && figures.length === 1 && (!fig.ordinal || before.claim.measure === 'davos_session') && isBareAnswer(ctx, fig)) {
      // "Q: … the four service members killed at Tower 22 …? — GEN. RYDER: Three."
      const { measure, actor, place } = before.claim;
      out.push({ kind: 'count', measure, actor, place, value: fig.value, min: fig.min, max: fig.max, qualifier: fig.qualifier, start: fig.start, end: fig.end });
      return;
    }
    // A session number: "بدورته الـ54", "الدورة 54", "نسخة دافوس رقم 54", "the 54th annual meeting",
    // "دافوس الـ53".
    const numbered = NUMBER_SIGN.has((ctx.tokens[fig.firstToken - 1]?.text ?? '').toLowerCase()) ? 3 : 1;
    // An ordinal right before the forum's name is its session: "the 54th World Economic Forum".
    const session = fig.ordinal
      ? conceptNear(ctx, ['session'], fig.firstToken - 3, fig.lastToken + 3) || conceptNear(ctx, ['DAVOS'], fig.lastToken + 1, fig.lastToken + 2) || (fig.definite && conceptNear(ctx, ['DAVOS'], fig.firstToken - 2, fig.firstToken - 1))
      : conceptNear(ctx, ['session'], fig.firstToken - numbered, fig.firstToken - 1);
    if (!unit && session) {
      unit = { id: 'session', lastToken: fig.lastToken, between: null };
    }
    if (!unit && fig.definite && !/[0-9]/.test(ctx.text.slice(fig.start, fig.end))) {
      // A definite numeral after its noun: "الجنود الأميركيين الأربعة", "جنودها الثلاثة".
      const noun = definiteNoun(ctx, fig);
      if (noun) {
        unit = noun;
        fig = { ...fig, ordinal: false };
        viaDefinite = true;
      }
    }
    if (!unit || NON_CLAIM_UNITS.has(unit.id)) {
      prev = null;
      return;
    }
    // "ثلاث هجمات يومياً", "three attacks a day": a rate, not a count.
    if (!fig.ordinal && isRate(ctx, Math.max(unit.lastToken, fig.lastToken))) return;
    // "the three soldiers" are known ones (killed, wounded): a definite numeral needs that concept.
    const measure = pickMeasure(ctx, unit.id, fig, unit.lastToken, viaDefinite);
    if (!measure) return;
    // "session 2 of the track": an English noun before its number names an item, not the edition ("the 54th session").
    if (measure === 'davos_session' && ctx.tokens[fig.firstToken - 1]?.kind === 'latin' && hitsAtToken(ctx.hits, fig.firstToken - 1, ['unit']).some((h) => h.id === 'session')) return;
    // "في الشرق السوري وحده سُجّل قرابة ثمانين هجوماً": a share of the total, which the corpus does not give.
    if (isTotalMeasure(ctx, measure) && aloneBefore(ctx, fig)) return;
    if (fig.qualifier === 'exact' && fig.value < SMALL_COUNT && !since && isTotalMeasure(ctx, measure) && !TOTAL_WORDS.test(ctx.text)) return;
    const level = ctx.lex.countRules.some((r) => r.wholePlace && r.measure === measure);
    const total = isTotalMeasure(ctx, measure);
    /** A level that is not a running total: a troop level. */
    const troopLevel = level && !total;
    // "ثلاثة جنود أقاموا الدنيا", "two soldiers were evacuated": a handful of people, never a deployment.
    if (troopLevel && fig.max < MIN_TROOP_LEVEL) return;
    // «تدعم الولايات المتحدة رواتب ما يقارب 45 ألف عنصر», "pays the salaries of 45,000 fighters": paid, not deployed.
    if (troopLevel && PAID_BEFORE.test(ctx.text.slice(Math.max(0, fig.lead - 30), fig.lead))) return;
    // "قرابة مئة وخمسين ألف جندي" with no time of its own: only the invasion and the surge had forces
    // that size (2003–2011), never the coalition; unless the clause says it is so now.
    if (troopLevel && fig.min >= WAR_ERA_LEVEL && !NOW_WORDS.test(clauseText(ctx, fig))) {
      lastUnit = unit.id; // the next figures still count troops ("…, and about 2,000 in Iraq")
      return;
    }
    const unitEnd = Math.max(unit.lastToken, fig.lastToken);
    // "فقدت نحو 4400 من جنودها", "withdrew 1,000 of its troops": some of them, not the level.
    // ("4,000 of us", "5,000 of our people" are all of them.)
    // ("2,500 of our troops serving in Iraq": a speaker's own, all of them too.)
    const ofUs = ctx.tokens[unit.lastToken]?.text === 'us' || OUR_PEOPLE.has(ctx.tokens[unit.lastToken]?.text.toLowerCase() ?? '') || ctx.tokens[fig.lastToken + 2]?.text.toLowerCase() === 'our';
    if (measure === 'troops' && PARTITIVE.has(ctx.tokens[fig.lastToken + 1]?.text.toLowerCase() ?? '') && unit.lastToken > fig.lastToken + 1 && !ofUs) return;
    // "41 عملية ضد التنظيم", "raids on ISIS hideouts": the coalition's operations, not attacks on it.
    // (A label before its value: "Houthi attacks on commercial shipping: more than 80".)
    if (total && (aimedAtOthers(ctx, unitEnd) || (unit.lastToken < fig.firstToken && aimedAtOthers(ctx, unit.lastToken)) || claimedByIsis(ctx, fig, unit))) return;
    // "196 عملية ضد بقايا التنظيم أسفرت عن مقتل 44 عنصراً": the dead of operations against others are theirs.
    if ((measure === 'killed' || measure === 'wounded') && enemyCasualties(ctx, fig, unitEnd)) return;
    // "killed more than 27,400 Palestinians", "مقتل 30 مدنياً": the dead are named, and are not soldiers of the coalition.
    if ((measure === 'killed' || measure === 'wounded') && OTHER_VICTIMS.test(ctx.tokens[fig.lastToken + 1]?.text ?? '')) return;
    // "The two soldiers who died with him": the others, one short of the toll.
    if ((measure === 'killed' || measure === 'wounded') && WITH_ONE_MORE.test(ctx.text.slice(fig.end, fig.end + 50))) return;
    if ((measure === 'killed' || measure === 'wounded') && (OVER_YEARS.test(clauseText(ctx, fig)) || historicalToll(ctx, fig))) return;
    // "sent 1,500 more troops", "20 additional attacks": a change, not the level or the total.
    // Not after an ellipsis: "5,000 in Iraq and 2,000 more in Syria" is another place's level.
    if (level && !inheritedActor && !elsewhere && isIncrement(ctx, fig, unitEnd)) return;
    // "وجاء في الخبر يومها أن في العراق أكثر من 5 آلاف جندي", "at the time": a level or a total of
    // another day, which no date says.
    if ((troopLevel || total) && saidOfThen(ctx, fig)) return;
    // "What if we had 10,000 troops there?", "لو كان لدينا عشرة آلاف جندي": a figure imagined.
    if ((troopLevel || total) && (HYPOTHETICAL.test(clauseText(ctx, fig)) || CONDITION_RULE.test(ctx.text.slice(0, fig.lead)))) return;
    let actor = inheritedActor ?? findActor(ctx, unit, fig, troopLevel);
    // A running total of attacks is counted on those attacked: the attackers named are not its actor.
    // Nor is a state that reports it ("Britain says…").
    if (total) actor = actor.filter((a) => !ATTACKERS.has(a) && a !== 'OTHER_STATES');
    prev = { unit: unit.id, lastToken: unitEnd, actor };
    if (placeLeads(ctx, fig)) parallel = prev;
    // "عدد القوات الأمريكية في منطقة الشرق الأوسط بأكثر من 40 ألفاً": a level over a wider region, in a clause that names no country of the corpus.
    if (troopLevel && WIDER_PLACE.test(clauseText(ctx, fig)) && !clausePlaces(ctx, fig).some((h) => COUNTRIES.has(h.id))) return;
    let place = findPlace(ctx, fig, unitEnd, nextFigureToken, figures[i - 1] ?? null, total);
    // A troop level that names no place is where the topic's levels are.
    // In the sentence, only "their (actual) number" is the level before's: "يضاف إليهم زهاء 900
    // شرقي الفرات" is another place's.
    const levelPlace = lastLevelPlace && namesTheNumber(ctx, fig) ? [lastLevelPlace] : before.levelPlace;
    // When the levels before were in two places ("2,500 in Iraq and about 900 in Syria"), "the real
    // number" may be either's: it is judged against each (Claim.altPlaces).
    let altPlaces: string[][] | undefined;
    if (place.ids.length === 0 && levelPlace && levelPlace.length > 0 && troopLevel && !WIDER_PLACE.test(ctx.text) && !ONE_BASE.test(clauseText(ctx, fig))) {
      place = { ids: levelPlace[0] as string[], partOnly: false };
      if (levelPlace.length > 1) altPlaces = levelPlace.slice(1);
    }
    // "2,500 troops in the country, not 3,500": the figure a correction rejects is of the same place.
    if (place.ids.length === 0 && inheritedActor && prevPlace && REJECTED_BEFORE.test(ctx.text.slice(Math.max(0, fig.lead - 12), fig.lead))) place = prevPlace;
    prevPlace = place.ids.length > 0 ? place : null;
    if (troopLevel && place.ids.length > 0) lastLevelPlace = place.ids;
    const claim: SentenceClaim = {
      kind: 'count',
      measure,
      actor,
      place: place.ids,
      value: fig.value,
      min: fig.min,
      max: fig.max,
      qualifier: fig.qualifier,
      start: fig.start,
      end: fig.end,
    };
    if (altPlaces) claim.altPlaces = altPlaces;
    // A level over a whole place, counted at one of its bases or towns (a part of it), or with
    // contractors counted in (more than it): it can confirm the level, not contradict it.
    const withContractors = level && WITH_CONTRACTORS.test(ctx.text);
    if (level && (place.partOnly || withContractors)) claim.confirmOnly = true;
    // Contractors make a figure bigger; a base alone can't hold more than the whole country.
    if (level && place.partOnly && !withContractors) claim.partOfPlace = true;
    const sinceDate = since ? toSimple(since) : undefined;
    // Only a start whose year is written: "since mid-October" on a later page may be last year's.
    if (sinceDate && since && (since.yearSpan !== undefined || since.yearKnown)) claim.since = sinceDate;
    const at = atDates.find((d) => datesFigure(ctx, d, fig));
    const atDate = at ? toSimple(at) : undefined;
    if (atDate) {
      claim.at = atDate;
      if (at?.rel) claim.rel = at.rel;
    } else if (sinceDate) claim.rel = 'since';
    out.push(claim);
    if (unit.id === 'troops') soldiers.add(claim);
    lastUnit = unit.id;
  });
  correctInOrder(ctx, out);
  return { claims: out, lastUnit, soldiers };
}
