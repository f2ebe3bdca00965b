// Phrases the claim builders share (normalized text: أ→ا).

/** The first attack of the running total: its date is the total's start ("أول هجوم … 17 تشرين الأول"). */
export const FIRST_ATTACK =
  /(?:^|[^\u0621-\u064a])(?:اول (?:هجوم|الهجمات|اعتداء)|بدء الهجمات|بدات الهجمات)|\bfirst (?:attack|strike) on\b|\bthe attacks (?:began|started)\b|\b(?:began|started) (?:striking|attacking|targeting)\b/i;
