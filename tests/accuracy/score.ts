// Scorer for Sanad's labeled evaluation set (tests/fixtures/labels.json).
//
// It compares what the CLI reports for each fixture page (`sanad scan --json`) with
// the hand-written labels. It depends on nothing in core/, cli/ or store/, so the
// set stays a held-out check of the engine.
import { parse, type DefaultTreeAdapterMap } from 'parse5';

export type Expected = 'match' | 'mismatch' | 'unverified' | 'none';
export type Verdict = 'match' | 'mismatch' | 'unverified';

export interface FigureLabel {
  /** The figure exactly as written in the page's visible text (after tags are removed). */
  text: string;
  /** A short verbatim substring of the page's visible text around the figure, unique in the page. */
  context: string;
  expected: Expected;
  /** The corpus value the figure should be checked against (match / mismatch only). */
  expectedValue?: number | string;
  note?: string;
}

export interface PageLabels {
  page: string;
  lang: 'ar' | 'en';
  published: string;
  figures: FigureLabel[];
}

/** One claim as printed by the CLI's JSON output. Extra fields are ignored. */
export interface ReportedClaim {
  text: string;
  value?: unknown;
  sentence: string;
  verdict: Verdict;
  expected?: unknown;
  factId?: string | null;
}

export type ReportsByPage = Record<string, ReportedClaim[] | undefined>;

export interface Rates {
  /** Reported mismatches that are labeled mismatch / all reported mismatches (claims). */
  mismatchPrecision: number;
  /** Labeled mismatches reported as mismatch / labeled mismatches. */
  mismatchRecall: number;
  /** Labeled matches reported as match / labeled matches. */
  matchRecall: number;
  reportedMismatches: number;
  correctMismatches: number;
  labeledMismatches: number;
  foundMismatches: number;
  labeledMatches: number;
  foundMatches: number;
  /** Labels "none" reported as match or mismatch. Must be 0. */
  unrelatedFlagged: number;
  /** Labels "none" reported as unverified (noise, not an error). */
  unrelatedNoise: number;
  /** Labels "unverified" reported as mismatch (also counted against precision). */
  unverifiedFlagged: number;
  /** Reported claims that matched no label at all. */
  unlabeledClaims: number;
}

export type ErrorKind =
  | 'missed-mismatch' // labeled mismatch, not reported as mismatch
  | 'missed-match' // labeled match, not reported as match
  | 'false-mismatch' // reported mismatch, label is not mismatch (or no label)
  | 'unrelated-flagged' // label none, reported match/mismatch
  | 'unrelated-noise' // label none, reported unverified
  | 'unverified-as-match' // label unverified, reported match (informational)
  | 'unlabeled-claim' // a claim no label accounts for
  | 'expected-value'; // verdict right, but the corpus value differs from the label's (informational)

export interface ScoreError {
  kind: ErrorKind;
  page: string;
  lang?: 'ar' | 'en';
  text: string;
  context?: string;
  expected?: Expected;
  /** The verdict(s) the engine gave, joined with '/', or 'not reported'. */
  got?: string;
  sentence?: string;
  detail?: string;
}

export interface ScoreResult {
  overall: Rates;
  byLang: Record<'ar' | 'en', Rates>;
  errors: ScoreError[];
}

// ---------------------------------------------------------------------------
// Text helpers

const ARABIC_INDIC_ZERO = 0x0660;
const PERSIAN_ZERO = 0x06f0;

/** Arabic-Indic (U+0660–0669) and Persian (U+06F0–06F9) digits → ASCII. */
export function asciiDigits(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c >= ARABIC_INDIC_ZERO && c <= ARABIC_INDIC_ZERO + 9) out += String(c - ARABIC_INDIC_ZERO);
    else if (c >= PERSIAN_ZERO && c <= PERSIAN_ZERO + 9) out += String(c - PERSIAN_ZERO);
    else out += ch;
  }
  return out;
}

// Bidi controls, zero-width characters and the tatweel: invisible to readers.
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u0640]/g;

/** Normalization used for figure texts: NFKC, ASCII digits, no invisibles, trimmed, single spaces. */
export function normFigure(s: string): string {
  return asciiDigits(s.normalize('NFKC')).replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/** Normalization used for contexts and sentences: as normFigure, then all whitespace removed. */
export function normPassage(s: string): string {
  return normFigure(s).replace(/\s+/g, '');
}

export function collapseWhitespace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function digitsOnly(s: string): string {
  return s.replace(/[^0-9]/g, '');
}

/** Is `inner` inside `outer` at a place not glued to other digits on a digit edge? */
function containsAtBoundary(outer: string, inner: string): boolean {
  if (!inner) return false;
  let from = 0;
  for (;;) {
    const i = outer.indexOf(inner, from);
    if (i < 0) return false;
    const before = outer[i - 1];
    const after = outer[i + inner.length];
    const okBefore = !(before && /[0-9]/.test(before) && /^[0-9]/.test(inner));
    const okAfter = !(after && /[0-9]/.test(after) && /[0-9]$/.test(inner));
    if (okBefore && okAfter) return true;
    from = i + 1;
  }
}

/**
 * How well a reported figure text agrees with a label's text. 0 = not the same figure.
 * 3: equal after normalization; 2: same digits (e.g. "2,500" vs "2500", "٢٥٠٠" vs "2500");
 * 1: one contains the other (e.g. "أكثر من 130" vs "130", "28 يناير 2024" vs "28").
 */
export function figureAgreement(claimText: string, labelText: string): number {
  const a = normFigure(claimText);
  const b = normFigure(labelText);
  if (!a || !b) return 0;
  if (a === b) return 3;
  const da = digitsOnly(a);
  const db = digitsOnly(b);
  if (da && db && da === db) return 2;
  if (containsAtBoundary(a, b) || containsAtBoundary(b, a)) return 1;
  return 0;
}

/** The label's figure is not glued to a letter in its context (as «3» is in «جواب س3:»). */
function standsAlone(label: FigureLabel): boolean {
  const i = label.context.indexOf(label.text);
  if (i < 0) return true;
  const glued = (c: string | undefined): boolean => c !== undefined && /\p{L}/u.test(c);
  const digitEdge = /^[0-9\u0660-\u0669\u06f0-\u06f9]/.test(label.text);
  return !(digitEdge && glued(label.context[i - 1]));
}

function longestCommonSubstringLength(a: string, b: string): number {
  if (!a || !b) return 0;
  let prev = new Array<number>(b.length + 1).fill(0);
  let best = 0;
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] === b[j - 1]) {
        const v = prev[j - 1]! + 1;
        cur[j] = v;
        if (v > best) best = v;
      }
    }
    prev = cur;
  }
  return best;
}

/**
 * How well a reported claim's sentence agrees with a label's context. 0 = unrelated.
 * 3: context inside the sentence; 2: sentence inside the context;
 * 1: they share a long stretch (the engine split the sentence somewhere the label did not).
 */
export function passageAgreement(sentence: string, context: string): number {
  const s = normPassage(sentence);
  const c = normPassage(context);
  if (!s || !c) return 0;
  if (s.includes(c)) return 3;
  if (c.includes(s)) return 2;
  const need = Math.min(24, c.length, s.length);
  if (need >= 12 && longestCommonSubstringLength(s, c) >= need) return 1;
  // A context that runs past the sentence's end ("frozen on Jan. 30. Neither of") or starts before it.
  for (let n = Math.min(c.length, s.length) - 1; n >= 12; n--) if (s.endsWith(c.slice(0, n)) || s.startsWith(c.slice(-n))) return 1;
  return 0;
}

// ---------------------------------------------------------------------------
// Visible text of an HTML page (used to validate labels, and by the README's "how to add a case").

type P5Node = DefaultTreeAdapterMap['node'];
type P5Parent = DefaultTreeAdapterMap['parentNode'];

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'title']);
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li',
  'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead',
  'tr', 'ul', 'body', 'html', 'time', 'caption', 'option', 'select', 'button',
]);

/**
 * The text a reader sees: text nodes of <body> in document order, script/style/noscript/template
 * excluded, a line break around block elements, whitespace collapsed to single spaces.
 * Inline markup adds nothing, so "<b>2500</b> جندي" reads "2500 جندي".
 */
export function visibleText(html: string): string {
  const doc = parse(html);
  const parts: string[] = [];
  const walk = (node: P5Node): void => {
    if (node.nodeName === '#text') {
      parts.push((node as DefaultTreeAdapterMap['textNode']).value);
      return;
    }
    const tag = (node as DefaultTreeAdapterMap['element']).tagName;
    if (tag && SKIP.has(tag)) return;
    const children = (node as P5Parent).childNodes;
    if (!children) return;
    const block = tag !== undefined && BLOCK.has(tag);
    if (block) parts.push('\n');
    for (const child of children) walk(child);
    if (block) parts.push('\n');
  };
  walk(doc as unknown as P5Node);
  return collapseWhitespace(parts.join(''));
}

// ---------------------------------------------------------------------------
// Scoring

interface LabelRef {
  page: string;
  lang: 'ar' | 'en';
  label: FigureLabel;
  verdicts: Verdict[];
  claims: ReportedClaim[];
}

function emptyRates(): Rates {
  return {
    mismatchPrecision: 1,
    mismatchRecall: 1,
    matchRecall: 1,
    reportedMismatches: 0,
    correctMismatches: 0,
    labeledMismatches: 0,
    foundMismatches: 0,
    labeledMatches: 0,
    foundMatches: 0,
    unrelatedFlagged: 0,
    unrelatedNoise: 0,
    unverifiedFlagged: 0,
    unlabeledClaims: 0,
  };
}

function finish(r: Rates): Rates {
  r.mismatchPrecision = r.reportedMismatches === 0 ? 1 : r.correctMismatches / r.reportedMismatches;
  r.mismatchRecall = r.labeledMismatches === 0 ? 1 : r.foundMismatches / r.labeledMismatches;
  r.matchRecall = r.labeledMatches === 0 ? 1 : r.foundMatches / r.labeledMatches;
  return r;
}

function sameNumber(a: unknown, b: unknown): boolean {
  const num = (x: unknown): number | null => {
    if (typeof x === 'number') return x;
    if (typeof x === 'string' && /^-?[0-9.]+$/.test(normFigure(x))) return Number(normFigure(x));
    return null;
  };
  const na = num(a);
  const nb = num(b);
  if (na !== null && nb !== null) return na === nb;
  return String(a) === String(b);
}

/**
 * Match each reported claim to at most one label of the same page: the label whose context
 * and figure text agree best with the claim's sentence and text. A label may receive several
 * claims (e.g. the engine reports a figure twice); its outcome then counts each verdict.
 * Among equally good labels, one not yet taken is preferred.
 */
export function scoreReports(labels: PageLabels[], reportsByPage: ReportsByPage): ScoreResult {
  const errors: ScoreError[] = [];
  const overall = emptyRates();
  const byLang: Record<'ar' | 'en', Rates> = { ar: emptyRates(), en: emptyRates() };
  const bump = (lang: 'ar' | 'en', f: (r: Rates) => void): void => {
    f(overall);
    f(byLang[lang]);
  };

  for (const page of labels) {
    const refs: LabelRef[] = page.figures.map((label) => ({
      page: page.page,
      lang: page.lang,
      label,
      verdicts: [],
      claims: [],
    }));
    const claims = reportsByPage[page.page] ?? [];

    for (const claim of claims) {
      let best: LabelRef | undefined;
      let bestScore = 0;
      for (const ref of refs) {
        const fig = figureAgreement(claim.text ?? '', ref.label.text);
        if (fig === 0) continue;
        const pas = passageAgreement(claim.sentence ?? '', ref.label.context);
        if (pas === 0) continue;
        // Passage agreement dominates, then figure agreement, then a label whose figure stands as
        // a word of its own (a reported figure is never a piece of «س3»), then "not yet taken".
        const score = pas * 100 + fig * 10 + (standsAlone(ref.label) ? 2 : 0) + (ref.claims.length === 0 ? 1 : 0);
        if (score > bestScore) {
          bestScore = score;
          best = ref;
        }
      }
      if (claim.verdict === 'mismatch') bump(page.lang, (r) => r.reportedMismatches++);
      if (!best) {
        bump(page.lang, (r) => r.unlabeledClaims++);
        errors.push({
          kind: claim.verdict === 'mismatch' ? 'false-mismatch' : 'unlabeled-claim',
          page: page.page,
          lang: page.lang,
          text: claim.text,
          got: claim.verdict,
          sentence: claim.sentence,
          detail: 'no label matches this claim',
        });
        continue;
      }
      best.claims.push(claim);
      best.verdicts.push(claim.verdict);
      if (claim.verdict === 'mismatch') {
        if (best.label.expected === 'mismatch') bump(page.lang, (r) => r.correctMismatches++);
        else
          errors.push({
            kind: 'false-mismatch',
            page: page.page,
            lang: page.lang,
            text: best.label.text,
            context: best.label.context,
            expected: best.label.expected,
            got: 'mismatch',
            sentence: claim.sentence,
          });
      }
    }

    for (const ref of refs) {
      const { label } = ref;
      const got = ref.verdicts.length ? ref.verdicts.join('/') : 'not reported';
      const base = { page: page.page, lang: page.lang, text: label.text, context: label.context, expected: label.expected, got };
      if (label.expected === 'mismatch') {
        bump(page.lang, (r) => r.labeledMismatches++);
        if (ref.verdicts.includes('mismatch')) {
          bump(page.lang, (r) => r.foundMismatches++);
          checkExpectedValue(ref, errors);
        } else errors.push({ kind: 'missed-mismatch', ...base });
      } else if (label.expected === 'match') {
        bump(page.lang, (r) => r.labeledMatches++);
        if (ref.verdicts.includes('match')) {
          bump(page.lang, (r) => r.foundMatches++);
          checkExpectedValue(ref, errors);
        } else errors.push({ kind: 'missed-match', ...base });
      } else if (label.expected === 'none') {
        if (ref.verdicts.includes('match') || ref.verdicts.includes('mismatch')) {
          bump(page.lang, (r) => r.unrelatedFlagged++);
          errors.push({ kind: 'unrelated-flagged', ...base });
        } else if (ref.verdicts.includes('unverified')) {
          bump(page.lang, (r) => r.unrelatedNoise++);
          errors.push({ kind: 'unrelated-noise', ...base });
        }
      } else if (label.expected === 'unverified') {
        if (ref.verdicts.includes('mismatch')) bump(page.lang, (r) => r.unverifiedFlagged++);
        else if (ref.verdicts.includes('match')) errors.push({ kind: 'unverified-as-match', ...base });
      }
    }
  }

  finish(overall);
  finish(byLang.ar);
  finish(byLang.en);
  return { overall, byLang, errors };
}

function checkExpectedValue(ref: LabelRef, errors: ScoreError[]): void {
  const want = ref.label.expectedValue;
  if (want === undefined) return;
  const claim = ref.claims.find((c) => c.expected !== undefined && c.expected !== null);
  if (!claim) return;
  if (!sameNumber(claim.expected, want)) {
    errors.push({
      kind: 'expected-value',
      page: ref.page,
      lang: ref.lang,
      text: ref.label.text,
      context: ref.label.context,
      expected: ref.label.expected,
      got: claim.verdict,
      detail: `engine compared with ${JSON.stringify(claim.expected)}, label says ${JSON.stringify(want)}`,
    });
  }
}

/** A fixed-width table of the rates, for console output. */
export function formatRates(result: ScoreResult): string {
  const rows: [string, Rates][] = [
    ['ar', result.byLang.ar],
    ['en', result.byLang.en],
    ['all', result.overall],
  ];
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(7);
  const lines = [
    'lang  mm-prec  mm-recall  match-recall  flagged-none  noise-none  unverified-as-mm  unlabeled',
    ...rows.map(
      ([name, r]) =>
        `${name.padEnd(4)} ${pct(r.mismatchPrecision)} ${pct(r.mismatchRecall).padStart(10)} ${pct(r.matchRecall).padStart(13)}` +
        ` ${String(r.unrelatedFlagged).padStart(13)} ${String(r.unrelatedNoise).padStart(11)} ${String(r.unverifiedFlagged).padStart(17)}` +
        ` ${String(r.unlabeledClaims).padStart(10)}` +
        `   (mm ${r.correctMismatches}/${r.reportedMismatches} reported, ${r.foundMismatches}/${r.labeledMismatches} labeled; match ${r.foundMatches}/${r.labeledMatches})`,
    ),
  ];
  return lines.join('\n');
}

/** One line per error, for console output. */
export function formatErrors(errors: ScoreError[]): string {
  return errors
    .map((e) => {
      const where = e.context ? ` «${e.context}»` : e.sentence ? ` «${collapseWhitespace(e.sentence).slice(0, 90)}»` : '';
      const exp = e.expected ? ` expected=${e.expected}` : '';
      const detail = e.detail ? ` — ${e.detail}` : '';
      return `${e.kind.padEnd(19)} ${e.page} "${e.text}"${exp} got=${e.got ?? '-'}${where}${detail}`;
    })
    .join('\n');
}

// ---------------------------------------------------------------------------
// Reading the CLI's JSON output

function isClaimLike(x: unknown): x is ReportedClaim {
  if (!x || typeof x !== 'object') return false;
  const o = x as Record<string, unknown>;
  return typeof o.text === 'string' && typeof o.verdict === 'string' && ['match', 'mismatch', 'unverified'].includes(o.verdict);
}

function collectClaims(x: unknown, out: ReportedClaim[]): void {
  if (Array.isArray(x)) {
    for (const item of x) collectClaims(item, out);
  } else if (isClaimLike(x)) {
    out.push({ ...x, sentence: typeof x.sentence === 'string' ? x.sentence : '' });
  } else if (x && typeof x === 'object') {
    for (const v of Object.values(x as Record<string, unknown>)) collectClaims(v, out);
  }
}

/**
 * Every claim object ({text, verdict, sentence, …}) found anywhere in the CLI's JSON output for
 * ONE page. Accepts a single JSON document of any shape, or JSON Lines. Lines that are not JSON
 * (e.g. a banner) are ignored.
 */
export function claimsFromCliOutput(stdout: string): ReportedClaim[] {
  const out: ReportedClaim[] = [];
  const trimmed = stdout.trim();
  if (!trimmed) return out;
  try {
    collectClaims(JSON.parse(trimmed), out);
    return out;
  } catch {
    // fall through to JSON Lines
  }
  for (const line of trimmed.split(/\r?\n/)) {
    const l = line.trim();
    if (!l.startsWith('{') && !l.startsWith('[')) continue;
    try {
      collectClaims(JSON.parse(l), out);
    } catch {
      // not JSON: ignore
    }
  }
  return out;
}
