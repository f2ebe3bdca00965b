// Normalization with an offset map back to the raw text (never in place): a span found in the
// normalized string maps back to the exact characters the reader sees.
//
// One table lookup per UTF-16 unit: keep, replace with one unit, delete, or expand (ligatures).

export interface Normalized {
  /** The normalized text. */
  text: string;
  /** map[i] = index in the raw text of normalized unit i; map[text.length] = raw.length. */
  map: Int32Array;
  /** The raw text (lets toRawSpan keep diacritics that trail the last letter of a span). */
  raw?: string;
}

const KEEP = 0;
const DELETE = 0xffff;
/** Look the replacement up in `expansions` (ligatures: more than one unit). */
const EXPAND = 1;
/** A presentation form not resolved yet (see resolvePresentation). */
const LAZY = 2;
const PRESENTATION_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0xfb50, 0xfdff],
  [0xfe70, 0xfeff],
];

let table: Uint16Array | null = null;
let expansions: Map<number, string> | null = null;

function setRange(t: Uint16Array, from: number, to: number, value: number): void {
  for (let c = from; c <= to; c++) t[c] = value;
}

function buildTable(): Uint16Array {
  const t = new Uint16Array(65536);
  const exp = new Map<number, string>();
  // Digits in three scripts (plus full-width) → ASCII.
  for (let d = 0; d < 10; d++) {
    t[0x0660 + d] = 0x30 + d;
    t[0x06f0 + d] = 0x30 + d;
    t[0xff10 + d] = 0x30 + d;
  }
  t[0x066c] = 0x2c; // ٬ Arabic thousands separator → ,
  t[0x066b] = 0x2e; // ٫ Arabic decimal separator → .
  t[0x066a] = 0x25; // ٪ → %
  // Alef variants → ا
  for (const c of [0x0623, 0x0625, 0x0622, 0x0671, 0x0672, 0x0673, 0x0675]) t[c] = 0x0627;
  // Yeh variants (alef maksura, Farsi yeh, …) → ي
  for (const c of [0x0649, 0x06cc, 0x06d0, 0x06cd]) t[c] = 0x064a;
  // Ta marbuta and heh variants → ه
  for (const c of [0x0629, 0x06c0, 0x06c1, 0x06c3, 0x06d5, 0x06be]) t[c] = 0x0647;
  // Keheh → ك
  t[0x06a9] = 0x0643;
  t[0x06aa] = 0x0643;
  // Diacritics, superscript alef, tatweel, Quranic marks.
  setRange(t, 0x064b, 0x065f, DELETE);
  t[0x0670] = DELETE;
  t[0x0640] = DELETE;
  setRange(t, 0x06d6, 0x06dc, DELETE);
  setRange(t, 0x06df, 0x06e8, DELETE);
  setRange(t, 0x06ea, 0x06ed, DELETE);
  // Invisible marks: bidi controls, zero-width, BOM, soft hyphen, ALM.
  for (const c of [0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x061c, 0xfeff, 0x00ad, 0x2060]) t[c] = DELETE;
  setRange(t, 0x202a, 0x202e, DELETE);
  setRange(t, 0x2066, 0x2069, DELETE);
  // Digit-group spaces → NBSP (accepted inside numbers; an ordinary space is not).
  for (const c of [0x202f, 0x2009, 0x2007]) t[c] = 0x00a0;
  // Other spaces → space.
  for (const c of [0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2008, 0x200a, 0x205f, 0x3000]) t[c] = 0x20;
  // Dashes and minus → -
  setRange(t, 0x2010, 0x2015, 0x2d);
  t[0x2212] = 0x2d;
  t[0xfe63] = 0x2d;
  t[0xff0d] = 0x2d;
  // Quotes → ASCII, so quoted terms match.
  for (const c of [0x201c, 0x201d, 0x201e, 0x00ab, 0x00bb]) t[c] = 0x22;
  for (const c of [0x2018, 0x2019, 0x201a]) t[c] = 0x27;
  // Arabic presentation forms (NFKC, then the letter folds above) are resolved on first sight:
  // deriving all ~1,200 up front costs milliseconds at start-up, and real text rarely has them.
  for (const [from, to] of PRESENTATION_RANGES) for (let c = from; c <= to; c++) if (t[c] === KEEP) t[c] = LAZY;
  expansions = exp;
  return t;
}

/** NFKC of one presentation form, folded like any other text; stored in the table. */
function resolvePresentation(t: Uint16Array, c: number): number {
  t[c] = KEEP; // while folding its own NFKC form (never itself a presentation form)
  const folded = normalize(String.fromCharCode(c).normalize('NFKC')).text;
  let v: number = KEEP;
  if (folded.length === 0) v = DELETE;
  else if (folded.length === 1) v = folded.charCodeAt(0) === c ? KEEP : folded.charCodeAt(0);
  else {
    v = EXPAND;
    (expansions as Map<number, string>).set(c, folded);
  }
  t[c] = v;
  return v;
}

function getTable(): Uint16Array {
  if (!table) table = buildTable();
  return table;
}

/** Normalize text for matching; see ARABIC-FIGURES.md §1.1–1.2. Latin case is kept. */
export function normalize(raw: string): Normalized {
  const t = getTable();
  const n = raw.length;
  // Normalizing never lengthens text except through ligatures (rare): size for the input, grow on demand.
  let out = new Uint16Array(n + 1);
  let map = new Int32Array(n + 1);
  let j = 0;
  for (let i = 0; i < n; i++) {
    const c = raw.charCodeAt(i);
    let v = t[c] as number;
    if (v === LAZY) v = resolvePresentation(t, c);
    if (v === KEEP) {
      out[j] = c;
      map[j++] = i;
    } else if (v === DELETE) {
      continue;
    } else if (v === EXPAND) {
      const e = (expansions as Map<number, string>).get(c) as string;
      // Some ligatures expand to 10+ units (U+FDFA): grow the buffers so this expansion and one
      // unit per remaining character still fit (typed arrays drop out-of-range writes silently).
      if (j + e.length + (n - i) > out.length) {
        const size = Math.max(out.length * 2, j + e.length + (n - i) + 1);
        const o2 = new Uint16Array(size);
        o2.set(out.subarray(0, j));
        const m2 = new Int32Array(size);
        m2.set(map.subarray(0, j));
        out = o2;
        map = m2;
      }
      for (let k = 0; k < e.length; k++) {
        out[j] = e.charCodeAt(k);
        map[j++] = i;
      }
    } else {
      out[j] = v;
      map[j++] = i;
    }
  }
  map[j] = n;
  return { text: decodeUtf16(out, j), map: map.length === j + 1 ? map : map.subarray(0, j + 1), raw };
}

// TextDecoder is in every host (browsers, Node) but not in core's ES-only type library.
const utf16Decoder: { decode(input: Uint8Array): string } | null = (() => {
  const Decoder = (globalThis as { TextDecoder?: new (label: string) => { decode(input: Uint8Array): string } }).TextDecoder;
  try {
    return Decoder ? new Decoder('utf-16le') : null;
  } catch {
    return null;
  }
})();

function decodeUtf16(units: Uint16Array, length: number): string {
  if (utf16Decoder) return utf16Decoder.decode(new Uint8Array(units.buffer, units.byteOffset, length * 2));
  let s = '';
  const CHUNK = 8192;
  for (let i = 0; i < length; i += CHUNK) {
    s += String.fromCharCode.apply(null, units.subarray(i, Math.min(length, i + CHUNK)) as unknown as number[]);
  }
  return s;
}

/** Normalize a lexicon term or a user-typed term (no offsets needed). */
export function normalizeTerm(term: string): string {
  // Terms are short and the lexicon has thousands: build the string directly (no offset map).
  const t = getTable();
  let out = '';
  for (let i = 0; i < term.length; i++) {
    const c = term.charCodeAt(i);
    let v = t[c] as number;
    if (v === LAZY) v = resolvePresentation(t, c);
    if (v === KEEP) out += term[i];
    else if (v === EXPAND) out += (expansions as Map<number, string>).get(c) as string;
    else if (v !== DELETE) out += String.fromCharCode(v);
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** Map a normalized span back to the raw text. */
export function toRawSpan(norm: Normalized, start: number, end: number): { start: number; end: number } {
  const rawStart = norm.map[start] as number;
  if (end <= start) return { start: rawStart, end: rawStart };
  const lastRaw = norm.map[end - 1] as number;
  // A raw unit expanded into several normalized units: all of them map to the same raw index.
  // Combining marks deleted after the last letter (the tanwin in هجوماً) belong to it: keep them,
  // so a highlight never splits a letter from its diacritics.
  let rawEnd = lastRaw + 1;
  const limit = norm.map[end] as number;
  while (rawEnd < limit && isCombiningMark(norm.raw?.charCodeAt(rawEnd))) rawEnd++;
  return { start: rawStart, end: rawEnd };
}

function isCombiningMark(c: number | undefined): boolean {
  if (c === undefined) return false;
  return (c >= 0x064b && c <= 0x065f) || c === 0x0670 || (c >= 0x06d6 && c <= 0x06dc) || (c >= 0x06df && c <= 0x06e8) || (c >= 0x06ea && c <= 0x06ed);
}
