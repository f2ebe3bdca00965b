// Claims cross to the background as plain records rebuilt field by field, within the receiver's
// limits (extension/protocol-validate.ts). Why: the background rejects a whole judge message if
// one claim breaks a limit, and the engine's objects may carry extra runtime keys.
import type { Claim } from '../core/index';
import { LIMITS } from '../extension/protocol-validate';
import type { WireClaim } from '../extension/protocol';

/** The wire form of a claim, or null when it cannot be sent (figure text too long). */
export function toWireClaim(c: Claim): WireClaim | null {
  if (c.text.length > LIMITS.claimText) return null;
  let { sentence, sentenceStart, sentenceEnd } = c;
  if (sentence.length > LIMITS.sentence) {
    // Keep a window of the sentence around the figure.
    const figAt = Math.max(0, c.start - sentenceStart);
    const from = Math.max(0, Math.min(figAt - (LIMITS.sentence >> 1), sentence.length - LIMITS.sentence));
    sentence = sentence.slice(from, from + LIMITS.sentence);
    sentenceStart += from;
    sentenceEnd = sentenceStart + sentence.length;
  }
  const w: WireClaim = {
    kind: c.kind,
    measure: c.measure,
    actor: c.actor.slice(0, LIMITS.idList),
    place: c.place.slice(0, LIMITS.idList),
    value: c.value,
    min: c.min,
    max: c.max,
    qualifier: c.qualifier,
    start: c.start,
    end: c.end,
    text: c.text,
    sentenceStart,
    sentenceEnd,
    sentence,
  };
  if (c.date) {
    const d: NonNullable<WireClaim['date']> = { year: c.date.year };
    if (c.date.month !== undefined) d.month = c.date.month;
    if (c.date.day !== undefined) d.day = c.date.day;
    if (c.date.part !== undefined) d.part = c.date.part;
    w.date = d;
  }
  if (c.rel) w.rel = c.rel;
  if (c.since) w.since = { ...c.since };
  if (c.at) w.at = { ...c.at };
  return w;
}
