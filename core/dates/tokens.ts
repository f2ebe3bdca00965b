// A minimal one-pass tokenizer for the date parser (self-contained on purpose): runs of ASCII
// digits, Arabic letters, Latin letters, or one other non-space character.

export const DIGIT = 0;
export const AR = 1;
export const LAT = 2;
export const PUNCT = 3;

export interface Tok {
  /** Start and end offsets in the normalized string. */
  s: number;
  e: number;
  /** DIGIT | AR | LAT | PUNCT */
  k: number;
  /** Text; Latin tokens are lower-cased in `key`. */
  t: string;
  /** Lookup key: Arabic text, lower-cased Latin, '' for digits and punctuation. */
  key: string;
  /** No space between this token and the previous one. */
  g: boolean;
}

// A tab (a table's cell boundary) is a token of its own: no date runs across cells ("fatalities<TAB>3<TAB>Jan. 28").
const TOKEN_RE =
  /([0-9]+)|([\u0621-\u064A\u066E-\u06D3\u06FA-\u06FF]+)|([A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]+)|(\S|\t)/g;

export function tokenize(s: string): Tok[] {
  const out: Tok[] = [];
  let prevEnd = -1;
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(s)) !== null) {
    const t = m[0];
    const start = m.index;
    const k = m[1] !== undefined ? DIGIT : m[2] !== undefined ? AR : m[3] !== undefined ? LAT : PUNCT;
    const key = k === AR ? t : k === LAT ? t.toLowerCase() : '';
    out.push({ s: start, e: start + t.length, k, t, key, g: start === prevEnd });
    prevEnd = start + t.length;
  }
  return out;
}
