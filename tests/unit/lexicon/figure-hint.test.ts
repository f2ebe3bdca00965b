// The figure hint is the engine's first filter: a sentence it rejects is never read again.
import { compileLexicon } from '../../../core/lexicon/compile';
import { normalizeTerm } from '../../../core/text/normalize';

const hint = compileLexicon([]).figureHint;
const test = (s: string): boolean => hint.test(normalizeTerm(s));

describe('figure hint', () => {
  it.each([
    'نشرت واشنطن 2500 جندي',
    'نشرت واشنطن ٢٥٠٠ جندي',
    'قتل ثلاثة جنود أميركيين',
    'وثلاثمائة مستشار',
    'بالآلاف من الجنود',
    'في أواخر أكتوبر',
    'منذ تشرين الأول',
    'قتل جنديين أميركيين',
    'dozens of US troops',
    'Three soldiers were killed',
    'in late October',
    'twenty-two attacks',
  ])('lets through "%s"', (s) => expect(test(s)).toBe(true));

  it.each([
    'الفصائل المسلحة هاجمت القاعدة', // الف inside a word
    'أعلن التحالف الدولي انتهاء المهمة',
    'The coalition announced the end of the mission',
    'ستيفن قال إن الوضع مستقر', // ست at the start of a longer word
    'Maybe the forces will leave', // "may" inside a word is not the month
  ])('rejects "%s"', (s) => expect(test(s)).toBe(false));
});
