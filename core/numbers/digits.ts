// Numeric strings (normalized: ASCII digits, `,` `.` and NBSP as separators). ARABIC-FIGURES.md §1.1.

export interface ParseDigitsOptions {
  /** Page style writes thousands with a dot (Maghreb/European: 2.500 = 2500). */
  dotThousands?: boolean;
  /** A scale word (million, مليون, ألف…) follows, so "2.500" reads as 2.5. */
  scaleFollows?: boolean;
}

export interface ParsedDigits {
  value: number;
  /** 'dot-3-digits' when "2.500" was read as 2500 without evidence. */
  ambiguous?: string;
}

const NBSP = 0xa0;
const DOT = 0x2e;
const COMMA = 0x2c;

/** Parse a digit token such as 2500, 2,500, 3.5, 3,5, 1,234.5, 1.234,5, 2 500 (NBSP). */
export function parseDigits(s: string, opts?: ParseDigitsOptions): ParsedDigits {
  let dots = 0;
  let commas = 0;
  let nbsp = 0;
  let lastSep = -1;
  let lastSepChar = 0;
  let allGroups3 = true; // every group after the first has exactly 3 digits
  let firstGroupLen = -1;
  let groupStart = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === DOT || c === COMMA || c === NBSP) {
      if (firstGroupLen < 0) firstGroupLen = i;
      else if (i - groupStart !== 3) allGroups3 = false;
      groupStart = i + 1;
      lastSep = i;
      lastSepChar = c;
      if (c === DOT) dots++;
      else if (c === COMMA) commas++;
      else nbsp++;
    }
  }
  if (lastSep < 0) return { value: Number(s) };
  if (s.length - groupStart !== 3) allGroups3 = false;
  const groupedOk = allGroups3 && firstGroupLen >= 1 && firstGroupLen <= 3;

  // Two kinds of mark (NBSP counts as a thousands mark): the last dot/comma is the decimal mark.
  const kinds = (dots > 0 ? 1 : 0) + (commas > 0 ? 1 : 0) + (nbsp > 0 ? 1 : 0);
  if (kinds > 1) {
    if (lastSepChar === NBSP) return { value: Number(stripAll(s, -1)) };
    const lastCount = lastSepChar === DOT ? dots : commas;
    return { value: Number(stripAll(s, lastCount === 1 ? lastSep : -1)) };
  }
  if (nbsp > 0) return { value: Number(stripAll(s, -1)) };
  if (commas > 0) {
    if (commas === 1 && !groupedOk) return { value: Number(stripAll(s, lastSep)) }; // 3,5
    return { value: Number(stripAll(s, -1)) }; // 2,500 / 1,234,567
  }
  // Dots only.
  if (dots === 1) {
    if (!groupedOk || s.charCodeAt(0) === 0x30) return { value: Number(s) }; // 3.5, 0.500
    if (opts?.scaleFollows) return { value: Number(s) }; // 2.500 مليار
    if (opts?.dotThousands) return { value: Number(stripAll(s, -1)) };
    return { value: Number(stripAll(s, -1)), ambiguous: 'dot-3-digits' };
  }
  if (groupedOk) return { value: Number(stripAll(s, -1)) }; // 1.234.567
  // 17.10.2023 and the like: not a quantity; keep the leading decimal reading.
  const second = s.indexOf('.', s.indexOf('.') + 1);
  return { value: Number(s.slice(0, second)), ambiguous: 'dots' };
}

/** Remove every separator; the one at `decimalAt` (if ≥ 0) becomes '.'. */
function stripAll(s: string, decimalAt: number): string {
  const digits: string[] = [];
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === DOT || c === COMMA || c === NBSP) {
      digits.push(s.slice(from, i));
      if (i === decimalAt) digits.push('.');
      from = i + 1;
    }
  }
  digits.push(s.slice(from));
  return digits.join('');
}

/** Number of digits in a digit token, ignoring separators. */
export function digitCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) n++;
  }
  return n;
}
