// The engine's first call on a page compiles its regexes, builds its lazy tables and runs cold
// code: tens of milliseconds in a single task. A host that keeps its tasks short (the content
// script) runs these steps first, one per task; afterwards a scan slice costs what it should.
import { extractClaims } from './claims/extract';
import { dateLexicon } from './dates/lexicon';
import type { CompiledLexicon } from './lexicon/compile';

/** Sentences that take the engine down its common paths: digits, words, qualifiers, dates, both languages. */
export const WARM_UP_SAMPLES = [
  'نشرت الولايات المتحدة نحو 2500 جندي في العراق منذ 17 تشرين الأول/أكتوبر 2023.',
  'وقتل ثلاثة جنود أميركيين في هجوم بطائرة مسيرة على قاعدة في الأردن أواخر كانون الثاني/يناير.',
  'The US-led coalition has about 900 troops in Syria; militants carried out more than 150 attacks since Oct. 17.',
];

/** Independent steps; run each in its own task. Re-running them is cheap. */
export function warmUpSteps(lex: CompiledLexicon): Array<() => void> {
  return [
    () => void dateLexicon(),
    () => {
      // Twice: V8 interprets a regex on its first run and compiles it on the next.
      for (let i = 0; i < 2; i++) {
        lex.figureHint.test('ثلاثه');
        lex.topicRegex.test('داعش');
      }
    },
    ...WARM_UP_SAMPLES.map((s) => () => void extractClaims(s, lex)),
  ];
}
