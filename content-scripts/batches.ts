// Check messages: how a pass's pieces of text are split into messages. Why: one message of
// megabytes is serialised (send) in a single task the content script cannot slice, and the
// background parses a message in one go before it answers. Batches of ~100k characters keep each
// send to a few ms and the first highlights early, stay within the background's per-message limits
// (extension/protocol-validate.ts LIMITS), and a typical article still takes one message.
import { LIMITS } from '../extension/protocol-validate';

/** Pieces per check message. */
export const CHECK_BATCH = 500;
/** Characters (texts and contexts) per check message (PERFORMANCE.md G7: payload ≤ 200 KB). */
export const CHECK_BATCH_CHARS = 100_000;

/**
 * Splits items (given by their lengths, in order) into consecutive [from, to) batches of at most
 * `maxItems` items and `maxChars` characters. An item is never split or dropped: one longer than
 * `maxChars` gets a batch of its own.
 */
export function messageBatches(lengths: readonly number[], maxItems = CHECK_BATCH, maxChars = CHECK_BATCH_CHARS): Array<[number, number]> {
  const perMessage = Math.max(1, Math.min(maxItems, LIMITS.texts));
  const charsPerMessage = Math.max(1, Math.min(maxChars, LIMITS.totalChars));
  const out: Array<[number, number]> = [];
  let from = 0;
  let chars = 0;
  for (let i = 0; i < lengths.length; i++) {
    const len = lengths[i] as number;
    if (i > from && (i - from >= perMessage || chars + len > charsPerMessage)) {
      out.push([from, i]);
      from = i;
      chars = 0;
    }
    chars += len;
  }
  if (lengths.length > from) out.push([from, lengths.length]);
  return out;
}
