// Phrases the claim builders share (normalized text: أ→ا).

/** The first attack of the running total: its date is the total's start ("أول هجوم … 17 تشرين الأول"). */
export const FIRST_ATTACK =
  /(?<![\u0621-\u064a])(?:اول (?:هجوم|الهجمات|اعتداء)|بد(?:ء|ات) (?:[\u0621-\u064a]+ ){0,4}?(?:الهجمات|استهداف|مهاجمه|موجه الهجمات))|\b(?:first (?:attack|strike) on|the attacks (?:began|started)|(?:began|started) (?:striking|attacking|targeting))\b/i;

const NEGATION = /(^|[^\u0621-\u064a])[وف]?(لم|لا|ليس|دون|بلا)([^\u0621-\u064a]|$)|\b(no|not|never|none|without)\b/i;
/** "the attacks have subsided since February": a lull since a date, not the start of a total. */
const STOPPED = /خفت|تراجعت|تراجع|توقفت|هدات|انحسرت|\b(?:stopped|ceased|halted|paused|subsided|eased|dropped off|died down)\b/i;

/** The text is negated or says something stopped ("ولم يُسجَّل أي هجوم منذ…", "attacks subsided"). */
export function deniesOrStops(text: string): boolean {
  return NEGATION.test(text) || STOPPED.test(text);
}
