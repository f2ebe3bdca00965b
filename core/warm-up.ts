// The engine's first call on a page compiles its regexes, builds its lazy tables and compiles its
// functions on first use: tens of milliseconds in a single task. A host that keeps its tasks short
// (the content script) runs these steps first, one per task, each touching one stage; afterwards
// a scan slice costs what it should.
import { extractClaims } from './claims/extract';
import { findDates } from './dates';
import { dateLexicon } from './dates/lexicon';
import type { CompiledLexicon } from './lexicon/compile';
import { findHits } from './lexicon/hits';
import { findNumbers } from './numbers';
import { normalize } from './text/normalize';
import { splitClauses, splitSentences } from './text/sentences';
import { tokenize } from './text/tokenize';

/** Sentences that take the engine down its common paths: digits, words, qualifiers, dates, both languages. */
export const WARM_UP_SAMPLES = [
  'نشرت الولايات المتحدة نحو 2500 جندي في العراق منذ 17 تشرين الأول/أكتوبر 2023.',
  'وقتل ثلاثة جنود أميركيين في هجوم بطائرة مسيرة على قاعدة في الأردن أواخر كانون الثاني/يناير.',
  'The US-led coalition has about 900 troops in Syria; militants carried out more than 150 attacks since Oct. 17.',
];

function runOnce(re: RegExp | null): void {
  if (!re) return;
  re.lastIndex = 0;
  re.exec(WARM_UP_SAMPLES[2] as string);
  re.lastIndex = 0;
}

const isArabic = (s: string): boolean => /[\u0600-\u06ff]/.test(s);
const samples = (): string[] => WARM_UP_SAMPLES.map((s) => normalize(s).text);

/** Independent steps; run each in its own task. Re-running them is cheap. */
export function warmUpSteps(lex: CompiledLexicon): Array<() => void> {
  return [
    () => void dateLexicon(),
    // Twice: V8 interprets a regex on its first run and compiles it on the next. One regex per
    // step: compiling each takes a few ms.
    () => {
      for (let i = 0; i < 2; i++) lex.figureHint.test('ثلاثه');
    },
    () => {
      for (let i = 0; i < 2; i++) lex.topicRegex.test('داعش');
    },
    () => {
      for (const s of samples()) for (const span of splitSentences(s)) splitClauses(s, span);
    },
    // Arabic and English lookups apart: the English phrases are one large regex.
    () => {
      for (const s of samples().filter(isArabic)) findHits(s, tokenize(s), lex);
    },
    // The English phrase regex: its bytecode on the first run, its machine code on the second.
    () => runOnce(lex.enRegex),
    () => runOnce(lex.enRegex),
    () => {
      for (const s of samples().filter((x) => !isArabic(x))) findHits(s, tokenize(s), lex);
    },
    () => {
      for (const s of samples()) findNumbers(s, tokenize(s));
    },
    () => {
      for (const s of samples()) findDates(s, { ref: { year: 2024, month: 2, day: 11 } });
    },
    ...WARM_UP_SAMPLES.map((s) => () => void extractClaims(s, lex)),
  ];
}
