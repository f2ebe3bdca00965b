// The intermediate result of the number parsers: a figure over a token range, before qualifiers.

export interface Figure {
  /** Token range [t0, t1) of the figure itself, scale words included. */
  t0: number;
  t1: number;
  value: number;
  source: 'digits' | 'words' | 'vague';
  /** Interval for vague words. */
  min?: number;
  max?: number;
  /** The scale word applied (1 if none) and the value before it (for "بين 2 و3 ملايين"). */
  scale: number;
  raw: number;
  definite?: boolean;
  ambiguous?: string;
  label?: boolean;
}

/** Round away binary noise (1.1 × 2500 = 2750.0000000000005). */
export function tidy(x: number): number {
  if (!Number.isFinite(x)) return x;
  return Math.round(x * 1e6) / 1e6;
}
