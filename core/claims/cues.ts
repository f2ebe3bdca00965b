// Phrases and tests the claim builders share (normalized text: أ→ا).
import type { Hit } from '../lexicon/hits';
import type { SentenceContext } from './extract';

/** The first attack of the running total: its date is the total's start ("أول هجوم … 17 تشرين الأول", "بدأت الهجمات"). */
export const FIRST_ATTACK =
  /(?<![\u0621-\u064a])(?:اول (?:هجوم|الهجمات|اعتداء|صاروخ|ضربه|مسيره|هجمه)|اولي (?:الهجمات|الضربات|الاعتداءات)|بد(?:ء|ات|ت) (?:[\u0621-\u064a]+ ){0,4}?(?:الهجمات|استهداف|مهاجمه|موجه الهجمات))|\b(?:first (?:[a-z]+ )?(?:attacks?|strikes?|rockets?|drones?) (?:on|against|hit|struck|landed|fell|came)|first of (?:the|those|these) (?:[a-z]+ )?attacks|(?:began|started) (?:striking|attacking|targeting)|first (?:hit|struck|attacked|targeted|fired on)|opened (?:their|its|a) (?:campaign|offensive)|opened (?:fire|up) on (?:american|u\.s\.|us|coalition) (?:bases|troops|forces|positions|sites))\b/i;

/**
 * What may lead a figure restated on its own: "It was three.", "The toll was 3.", «كانوا ثلاثة.»
 * (a regex source: extract.ts reads such a sentence as an answer, counts.ts takes its figure alone).
 */
export const RESTATING_LEAD =
  "(?:it|that|the (?:(?:correct|real|actual|right|official|pentagon's) )?(?:toll|number|figure|count|total)|the pentagon's (?:count|number|figure)) (?:was|is|were) (?:only |just |actually |really )?|[وف]?(?:كانوا|كانت|كان|(?:العدد|الرقم)(?: الصحيح| الرسمي| المعلن| الحقيقي)?|الصحيح|الصواب) ";

/** A date said to come after something ("after Oct. 7", "بعد 7 أكتوبر") starts nothing itself. */
const AFTER_DATE = /(?:^|[^\p{L}])(?:after|following|بعد|عقب)\s*$/iu;

/**
 * With the attacks' start named (attacksStart), the index of the date that starts them: the one
 * in the clause that names it («7 تشرين الأول صارت حرب غزة، ومن 17 تشرين الأول بدت الهجمات»),
 * else the first date not said to come after something. -1 without one.
 */
export function firstAttackDate(ctx: SentenceContext): number {
  let at = FIRST_ATTACK_DATE.get(ctx);
  if (at === undefined) FIRST_ATTACK_DATE.set(ctx, (at = findFirstAttackDate(ctx)));
  return at;
}

const START_WORDS = /اولي (?:الهجمات|الضربات|الاعتداءات)|اول (?:هجوم|الهجمات|اعتداء|صاروخ|ضربه|مسيره|هجمه)|(?<![\u0621-\u064a])(?:بد(?:ء|ات|ت)|بلشت|بلش)(?![\u0621-\u064a])|انطلقت|اندلعت|first (?:[a-z]+ )?(?:attack|strike|hit|struck|targeted|fired|rocket|drone)|first of (?:the|those|these)|opened (?:their|its|a) (?:campaign|offensive)|opened (?:fire|up) on|began|started|kicked off|erupted|commenced/i;

/** Per sentence: events ask for every date, running totals once more. */
const FIRST_ATTACK_DATE = new WeakMap<SentenceContext, number>();

function findFirstAttackDate(ctx: SentenceContext): number {
  const m = attacksStart(ctx);
  if (!m || ctx.dates.length === 0) return -1;
  // The clause of the starting word (the match's end: "…130 هجوماً…، انطلقت يوم 17 أكتوبر").
  const at = m.index + m[0].length - 1;
  const clause = ctx.clauses.find((c) => c.end > at);
  const own = clause ? ctx.dates.findIndex((d) => d.start >= clause.start && d.end <= clause.end && !AFTER_DATE.test(ctx.text.slice(0, d.start))) : -1;
  return own >= 0 ? own : ctx.dates.findIndex((d) => !AFTER_DATE.test(ctx.text.slice(0, d.start)));
}

/**
 * Where the sentence says the attacks on the coalition began: a first attack (FIRST_ATTACK), or
 * the attacks and a verb of starting (ATTACKS_STARTED) when the US or the coalition is named.
 */
export function attacksStart(ctx: SentenceContext): RegExpExecArray | null {
  // Both patterns need one of these words; most sentences have none (the patterns backtrack).
  if (!START_WORDS.test(ctx.text)) return null;
  const first = FIRST_ATTACK.exec(ctx.text);
  if (first) return first;
  // Whose attacks: this sentence says, or the one before says attacks on the US ("…attacked U.S.
  // troops 165 times. The attacks began on October 17.").
  const ours = (h: Hit): boolean => h.type === 'entity' && (h.id === 'US' || h.id === 'COALITION');
  const attacks = (h: Hit): boolean => h.id === 'attack' || h.id === 'attacks';
  const before = ctx.hits.some(ours) ? null : ctx.context?.();
  const onUs = ctx.hits.some(ours) || (before !== undefined && before !== null && before.some(ours) && before.some(attacks));
  return onUs ? ATTACKS_STARTED.exec(ctx.text) : null;
}

/**
 * The attacks, then a verb of starting a few words on: "the attacks on U.S. troops began on Oct.
 * 17", "الهجمات على القواعد انطلقت في…". Not across "since" or "when" ("attacks since the Gaza war
 * began" is another start). Whose attacks these were, the sentence must say (extract.ts).
 */
export const ATTACKS_STARTED = new RegExp(
  [
    '(?<![\u0621-\u064a])(?:الهجمات|الاعتداءات|الضربات|هجمات|هجوما)[،,]?(?: (?!منذ|بعد|عندما|حين)\\S+){0,7}? (?:بدات|بدت|انطلقت|اندلعت|بلشت|بلش)(?![\u0621-\u064a])',
    '\\b(?:attacks|strikes|assaults|fire)[,]?(?: (?!since|after|when|once|as)\\S+){0,7}? (?:began|started|kicked off|erupted|commenced)\\b',
  ].join('|'),
  'i',
);

/** Words right before a date that make it the start of a period: "from Oct. 17 (onward)", "between Oct. 17 and…", "starting Oct. 17", «ابتداءً من». */
export const STARTS_PERIOD = /(?:^|[^\p{L}])(?:from|starting|starting on|starting from|beginning|beginning on|between|(?:ابتداء|بدءا|اعتبارا) من(?: يوم)?)\s*$/iu;

const NEGATION = /(^|[^\u0621-\u064a])[وف]?(لم|لا|ليس|دون|بلا)([^\u0621-\u064a]|$)|\b(no|not|never|none|without)\b/i;
/** "the attacks have subsided since February": a lull since a date, not the start of a total. */
const STOPPED = /خفت|تراجعت|تراجع|توقفت|هدات|انحسرت|\b(?:stopped|ceased|halted|paused|subsided|eased|dropped off|died down)\b/i;

/** The text is negated ("لم يُشكَّل", "was not formed"). */
export function denies(text: string): boolean {
  return NEGATION.test(text);
}

/** The text is negated or says something stopped ("ولم يُسجَّل أي هجوم منذ…", "attacks subsided"). */
export function deniesOrStops(text: string): boolean {
  return NEGATION.test(text) || STOPPED.test(text);
}

/** The text says the attacks stopped ("وحتى توقف الهجمات في فبراير", "the attacks halted in February"). */
const ATTACKS_STOPPED =
  /(?<![\u0621-\u064a])[وف]?(?:توقف|توقفت|يتوقف|تتوقف|هدات|تراجعت|انحسرت|خفت)\s+(?:[\u0621-\u064a]+\s+)?(?:ال)?(?:هجمات|هجوم|ضربات|اعتداءات)(?![\u0621-\u064a])|\b(?:attacks|strikes)\s+(?:\w+\s+)?(?:stopped|ceased|halted|paused|subsided|eased)\b/i;

export function attacksStopped(text: string): boolean {
  return ATTACKS_STOPPED.test(text);
}

/** A place named as such (not an adjective, not the Davos forum). */
export function isPlaceHit(ctx: SentenceContext, h: Hit): boolean {
  return h.type === 'entity' && !h.adjective && ctx.lex.places.has(h.id) && h.id !== 'DAVOS' && !(ctx.text[h.end] === '-' && BASED_AFTER.test(ctx.text.slice(h.end, h.end + 8)));
}

/** "the Erbil-based channel", "a Baghdad-based analyst": the place describes a noun, it places no figure. */
const BASED_AFTER = /^-based\b/i;

/**
 * An author-year citation, "(Harrison, 2022: 113)", «(الخفاجي، 2019: 45)», "(Smith 2020, pp. 4–9)":
 * its year and pages are no figures of the story.
 */
const CITATION = /\([^()]{1,80}?[,،]?\s(?:19|20)[0-9]{2}[a-z]?(?:\s*[:,،]\s*(?:pp?\.\s*)?[0-9]+(?:\s*[-\u2013]\s*[0-9]+)?)?(?:\s*[;؛][^()]{1,80})?\)/g;

const CITATIONS = new WeakMap<SentenceContext, Array<{ start: number; end: number }>>();

/** Whether the span lies inside a citation of the sentence (CITATION). */
export function inCitation(ctx: SentenceContext, start: number, end: number): boolean {
  if (!ctx.text.includes('(')) return false; // most sentences: no lookup at all
  let spans = CITATIONS.get(ctx);
  if (!spans) {
    spans = [];
    for (const m of ctx.text.matchAll(CITATION)) spans.push({ start: m.index, end: m.index + m[0].length });
    CITATIONS.set(ctx, spans);
  }
  return spans.some((c) => start >= c.start && end <= c.end);
}

/** Where the quotation around `offset` opens («…», “…”, "…"), or -1 outside any. */
export function quoteAround(text: string, offset: number): number {
  let open = -1;
  for (let i = 0; i < offset && i < text.length; i++) {
    const ch = text[i];
    if (ch === '«' || ch === '“') open = i;
    else if (ch === '»' || ch === '”') open = -1;
    else if (ch === '"') open = open < 0 ? i : -1;
  }
  return open;
}

/** The offset is inside a quoted question: '"In what year did the parliament vote…?"'. */
export function inQuotedQuestion(text: string, offset: number): boolean {
  if (quoteAround(text, offset) < 0) return false;
  const close = text.slice(offset).search(/[»”"]/);
  return close >= 0 && /[?\u061f]\s*$/.test(text.slice(offset, offset + close));
}
