import { findDates, inferYear } from '../../../core/dates';
import { normalize } from '../../../core/text/normalize';
import type { SimpleDate } from '../../../core/types';
import { exp, run, type Row } from './helpers';

const REF: SimpleDate = { year: 2024, month: 2, day: 1 };

describe('year inference from a reference date', () => {
  test.each<[string, Row[]]>([
    ['17 أكتوبر', exp({ text: '17 أكتوبر', year: 2023, month: 10, day: 17, d: '17' })],
    ['منذ السابع من أكتوبر', exp({ text: 'منذ السابع من أكتوبر', year: 2023, month: 10, day: 7, rel: 'since', d: 'السابع' })],
    ['Jan. 28', exp({ text: 'Jan. 28', year: 2024, month: 1, day: 28, d: '28' })],
    ['Feb. 1', exp({ text: 'Feb. 1', year: 2024, month: 2, day: 1, d: '1' })],
    ['Feb. 2', exp({ text: 'Feb. 2', year: 2023, month: 2, day: 2, d: '2' })],
    ['في أكتوبر', exp({ text: 'في أكتوبر', year: 2023, month: 10, rel: 'in' })],
    ['في يناير', exp({ text: 'في يناير', year: 2024, month: 1, rel: 'in' })],
    ['فبراير', exp({ text: 'فبراير', year: 2024, month: 2 })],
    ['فبراير الماضي', exp({ text: 'فبراير الماضي', year: 2023, month: 2 })],
    ['يناير الماضي', exp({ text: 'يناير الماضي', year: 2024, month: 1 })],
    ['منذ تشرين الأول/أكتوبر الماضي', exp({ text: 'منذ تشرين الأول/أكتوبر الماضي', year: 2023, month: 10, rel: 'since' })],
    ['في شهر تموز/يوليو المقبل', exp({ text: 'في شهر تموز/يوليو المقبل', year: 2024, month: 7, rel: 'in' })],
    ['يناير المقبل', exp({ text: 'يناير المقبل', year: 2025, month: 1 })],
    ['نيسان القادم', exp({ text: 'نيسان القادم', year: 2024, month: 4 })],
    ['أكتوبر الجاري', exp({ text: 'أكتوبر الجاري', year: 2024, month: 10 })],
    ['أكتوبر من العام الماضي', exp({ text: 'أكتوبر من العام الماضي', year: 2023, month: 10 })],
    ['مارس من العام المقبل', exp({ text: 'مارس من العام المقبل', year: 2025, month: 3 })],
    ['last October', exp({ text: 'last October', year: 2023, month: 10 })],
    ['next March', exp({ text: 'next March', year: 2024, month: 3 })],
    ['as of February', exp({ text: 'as of February', year: 2024, month: 2, rel: 'asof' })],
    ['أواخر أكتوبر', exp({ text: 'أواخر أكتوبر', year: 2023, month: 10, part: 'late' })],
    ['mid-October', exp({ text: 'mid-October', year: 2023, month: 10, part: 'mid' })],
    // A written year wins and keeps its span; year-only mentions are untouched.
    ['أكتوبر 2020', exp({ text: 'أكتوبر 2020', year: 2020, month: 10, y: '2020' })],
    ['في العام 2014', exp({ text: 'في العام 2014', year: 2014, rel: 'in', y: '2014' })],
  ])('%s', (raw, want) => {
    expect(run(raw, REF)).toEqual(want);
  });

  test('no ref: no year, no yearSpan', () => {
    const n = normalize('منذ 17 أكتوبر').text;
    const [m] = findDates(n);
    expect(m?.year).toBeUndefined();
    expect(m?.yearSpan).toBeUndefined();
  });

  test('inferred year has no yearSpan', () => {
    const n = normalize('منذ 17 أكتوبر').text;
    const [m] = findDates(n, { ref: REF });
    expect(m?.year).toBe(2023);
    expect(m?.yearSpan).toBeUndefined();
    expect(m?.daySpan).toEqual({ start: n.indexOf('17'), end: n.indexOf('17') + 2 });
  });

  test.each<[SimpleDate, number, number | undefined, 'past' | 'next' | 'cur' | undefined, number]>([
    [{ year: 2024, month: 2, day: 1 }, 10, 17, undefined, 2023],
    [{ year: 2024, month: 10, day: 17 }, 10, 17, undefined, 2024],
    [{ year: 2024, month: 10, day: 16 }, 10, 17, undefined, 2023],
    [{ year: 2024, month: 10 }, 10, 17, undefined, 2024],
    [{ year: 2024, month: 10, day: 20 }, 10, undefined, 'past', 2023],
    [{ year: 2024, month: 10, day: 20 }, 10, 17, 'past', 2024],
    [{ year: 2024, month: 10, day: 20 }, 10, undefined, 'next', 2025],
    [{ year: 2024, month: 10, day: 20 }, 11, undefined, 'next', 2024],
    [{ year: 2024, month: 10, day: 20 }, 1, undefined, 'cur', 2024],
    [{ year: 2024 }, 10, 17, undefined, 2024],
  ])('inferYear(%j, %i, %s, %s) = %i', (ref, month, day, shift, want) => {
    expect(inferYear(ref, month, day, shift)).toBe(want);
  });
});

describe('not dates', () => {
  test.each([
    '7 أيام',
    'عشرة أيام',
    'منذ 7 أيام',
    'في الساعة 10:26',
    '2500',
    'نشرت واشنطن 2500 عسكري',
    'نحو 2000 جندي',
    'حتى 2000 جندي أميركي',
    'في 2000 غارة',
    'منذ 1990 عاما',
    'بلغت الكلفة 2014 دولارا',
    'في 2,014',
    'في 2014%',
    'في $2014',
    'في 1800',
    'حتى الآن',
    'مارس الجيش ضغوطا',
    'في مارس',
    'زار نيسان',
    'مع اب وابنه',
    'ماي',
    'آخر 2000 جندي',
    'يعمل 17 ساعة',
    'الفصل السابع عشر',
    'السابع عشر',
    'الأول',
    'كانون',
    'تشرين',
    'المادة 17 من القانون',
    'البرج 22',
    'القرار 2249',
    'إف-16',
    'كوفيد-19',
    '3.5 مليون',
    'الأمين العام',
    'عام',
  ])('%s', (raw) => {
    expect(run(raw)).toEqual([]);
  });

  test('an impossible day keeps only the month', () => {
    expect(run('32 أكتوبر')).toEqual(exp({ text: 'أكتوبر', month: 10 }));
    expect(run('30 فبراير')).toEqual(exp({ text: 'فبراير', month: 2 }));
  });

  test('empty and digit-free text', () => {
    expect(findDates('')).toEqual([]);
    expect(findDates(normalize('قتل ثلاثة جنود أميركيين').text)).toEqual([]);
  });
});

// Speed is measured by `npm run bench:core`, never asserted here; this checks long input stays correct.
describe('long text', () => {
  test('every repeated date is found once', () => {
    const para = normalize(
      'وقرر البرلمان في 5 كانون الثاني/يناير 2020 إنهاء وجود 2500 عسكري منذ عام 2014، and by the end of 2021 since Oct. 7. ',
    ).text;
    const small = para.repeat(200);
    const big = para.repeat(2000);
    expect(findDates(small)).toHaveLength(200 * 4);
    expect(findDates(big)).toHaveLength(2000 * 4);
  });
});
