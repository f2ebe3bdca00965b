// Judge messages: how a pass's claims are split into messages. Why: one message of thousands of
// claims is serialised (send) and its reply parsed (receive) in single tasks the content script
// cannot slice (2,000 claims: ~12 ms to send, ~13–18 ms to receive in Chromium on a 2-vCPU VM).
// Batches of a few hundred claims keep each of those tasks to a few ms, stay within the
// background's per-message limits (extension/protocol-validate.ts LIMITS), and a typical article
// still takes one message.
import { LIMITS } from '../extension/protocol-validate';

/** Claims per judge message. */
export const JUDGE_BATCH = 200;
/**
 * Sentence characters per judge message (PERFORMANCE.md G7: payload ≤ 200 KB). Smaller than that:
 * 500 claims (~100 KB of sentences) still cost a 17–20 ms task to receive on a 5 MB page.
 */
export const JUDGE_BATCH_CHARS = 60_000;

/**
 * Splits claims (given by their sentence lengths, in order) into consecutive [from, to) batches of
 * at most `maxClaims` claims and `maxChars` sentence characters. A claim is never split or dropped:
 * one whose sentence alone exceeds `maxChars` gets a batch of its own.
 */
export function judgeBatches(sentenceLengths: readonly number[], maxClaims = JUDGE_BATCH, maxChars = JUDGE_BATCH_CHARS): Array<[number, number]> {
  const perMessage = Math.max(1, Math.min(maxClaims, LIMITS.claims));
  const charsPerMessage = Math.max(1, Math.min(maxChars, LIMITS.totalChars));
  const out: Array<[number, number]> = [];
  let from = 0;
  let chars = 0;
  for (let i = 0; i < sentenceLengths.length; i++) {
    const len = sentenceLengths[i] as number;
    if (i > from && (i - from >= perMessage || chars + len > charsPerMessage)) {
      out.push([from, i]);
      from = i;
      chars = 0;
    }
    chars += len;
  }
  if (sentenceLengths.length > from) out.push([from, sentenceLengths.length]);
  return out;
}
