// One-pass tokenizer over normalized text (see normalize.ts): digit runs with internal group or
// decimal separators, Arabic letter runs, Latin letter runs, and single punctuation characters.
// Whitespace separates tokens; `glued` records that no whitespace came before a token.

export type TokenKind = 'digits' | 'arabic' | 'latin' | 'punct';

export interface Token {
  start: number;
  end: number;
  kind: TokenKind;
  text: string;
  /** No whitespace between this token and the previous one (false for the first token). */
  glued: boolean;
}

// Digits with `,` `.` or NBSP between digit groups | Arabic letters U+0621–064A, U+0671–06D3
// (which holds گ پ چ ڤ) | Latin letters | any other non-space character.
const TOKEN_RE =
  /[0-9]+(?:[.,\u00a0][0-9]+)*|[\u0621-\u064a\u0671-\u06d3]+|[A-Za-z]+|\S/g;

function kindOf(c: number): TokenKind {
  if (c >= 0x30 && c <= 0x39) return 'digits';
  if (c >= 0x41 && c <= 0x5a) return 'latin';
  if (c >= 0x61 && c <= 0x7a) return 'latin';
  if ((c >= 0x0621 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3)) return 'arabic';
  return 'punct';
}

/** Split normalized text into tokens (offsets into `norm`). */
export function tokenize(norm: string): Token[] {
  const out: Token[] = [];
  const re = TOKEN_RE;
  re.lastIndex = 0;
  let prevEnd = -1;
  let m: RegExpExecArray | null;
  while ((m = re.exec(norm)) !== null) {
    const text = m[0];
    const start = m.index;
    const end = start + text.length;
    out.push({ start, end, kind: kindOf(text.charCodeAt(0)), text, glued: start === prevEnd });
    prevEnd = end;
  }
  return out;
}

/** True for a code unit that is an Arabic letter as the tokenizer sees it. */
export function isArabicLetter(c: number): boolean {
  return (c >= 0x0621 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3);
}
