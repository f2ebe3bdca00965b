import { parseDigits } from '../../../core/numbers';
import { find, one, values } from './helpers';

describe('parseDigits', () => {
  test.each<[string, number, string | undefined]>([
    ['2500', 2500, undefined],
    ['2,500', 2500, undefined],
    ['34,000', 34000, undefined],
    ['1,234,567', 1234567, undefined],
    ['3.5', 3.5, undefined],
    ['3,5', 3.5, undefined],
    ['12,75', 12.75, undefined],
    ['1,234.5', 1234.5, undefined],
    ['1.234,5', 1234.5, undefined],
    ['1.234.567,89', 1234567.89, undefined],
    ['2\u00a0500', 2500, undefined],
    ['1\u00a0234\u00a0567', 1234567, undefined],
    ['2.500', 2500, 'dot-3-digits'],
    ['1.234.567', 1234567, undefined],
    ['0.500', 0.5, undefined],
    ['007', 7, undefined],
    ['12.3456', 12.3456, undefined],
  ])('%s → %d', (s, value, ambiguous) => {
    const r = parseDigits(s);
    expect(r.value).toBe(value);
    expect(r.ambiguous).toBe(ambiguous);
  });

  test('2.500 with a scale word after is a decimal', () => {
    expect(parseDigits('2.500', { scaleFollows: true })).toEqual({ value: 2.5 });
  });
  test('2.500 in dot-thousands style is 2500 without a flag', () => {
    expect(parseDigits('2.500', { dotThousands: true })).toEqual({ value: 2500 });
  });
  test('3,5 stays a decimal in dot-thousands style', () => {
    expect(parseDigits('3,5', { dotThousands: true }).value).toBe(3.5);
  });
});

describe('digits in text', () => {
  test.each<[string, number, string]>([
    ['تنشر واشنطن 2500 عسكري', 2500, '2500'],
    ['نشرت ٢٬٥٠٠ جندي', 2500, '2,500'],
    ['بلغ ٣٫٥ مليون', 3500000, '3.5 مليون'],
    ['2.5 مليون نازح', 2500000, '2.5 مليون'],
    ['3 آلاف جندي', 3000, '3 الاف'],
    ['20 ألفا من المقاتلين', 20000, '20 الفا'],
    ['150 ألف شخص', 150000, '150 الف'],
    ['1.5 million people', 1500000, '1.5 million'],
    ['2 مليار', 2e9, '2 مليار'],
    ['2 مليون ونصف', 2500000, '2 مليون ونصف'],
    ['10k troops', 10000, '10k'],
    ['2.500 مليار', 2.5e9, '2.500 مليار'],
    ['1.1 million', 1100000, '1.1 million'],
    ['بـ2500 عسكري', 2500, '2500'],
    ['2 500 troops', 2, '2'],
  ])('%s', (raw, value, num) => {
    const m = find(raw).filter((x) => !x.label)[0];
    expect(m?.value).toBe(value);
    expect(m?.num).toBe(num);
    expect(m?.source).toBe('digits');
  });

  test('2.500 alone is flagged ambiguous', () => {
    expect(one('عددهم 2.500 جندي')).toMatchObject({ value: 2500, ambiguous: 'dot-3-digits' });
  });
  test('dotThousands option', () => {
    expect(find('2.500 جندي', { dotThousands: true })[0]).toMatchObject({ value: 2500 });
    expect(find('2.500 جندي', { dotThousands: true })[0]?.ambiguous).toBeUndefined();
  });

  test.each<[string, number[]]>([
    ['2500 و3000', [2500, 3000]],
    ['2500، و900', [2500, 900]],
    ['2500 و 3000 جندي', [2500, 3000]],
    ['1, 2, 3', [1, 2, 3]],
    ['في 2014 و2017', [2014, 2017]],
  ])('digits are never joined through و or a comma: %s', (raw, want) => {
    expect(values(raw)).toEqual(want);
  });

  test('currency', () => {
    expect(one('$1.5 billion in aid')).toMatchObject({ value: 1.5e9, currency: true, text: '$1.5 billion' });
    expect(one('US$20 million')).toMatchObject({ value: 2e7, currency: true, text: 'US$20 million' });
    expect(one('1.5 مليار دولار')).toMatchObject({ value: 1.5e9, currency: true });
    expect(one('$5bn')).toMatchObject({ value: 5e9, currency: true });
    expect(one('2500 جندي').currency).toBeUndefined();
  });

  test('percent before and after', () => {
    expect(one('نسبة %25 من')).toMatchObject({ value: 25, percent: true, text: '%25', num: '25' });
    expect(one('نسبة ٢٥٪ من')).toMatchObject({ value: 25, percent: true, text: '25%' });
    expect(one('ارتفع 30 في المئة')).toMatchObject({ value: 30, percent: true, text: '30 في المئه' });
    expect(one('ارتفع 30 في المائة')).toMatchObject({ percent: true });
    expect(one('ارتفع 30 بالمئة')).toMatchObject({ percent: true });
    expect(one('rose 12 percent')).toMatchObject({ percent: true, text: '12 percent' });
    expect(one('rose 12 per cent')).toMatchObject({ percent: true, text: '12 per cent' });
    expect(one('ثلاثين في المئة')).toMatchObject({ value: 30, percent: true, source: 'words' });
    expect(one('2500 جندي').percent).toBeUndefined();
  });

  test('article-marked digits are definite', () => {
    expect(one('الـ17 من أكتوبر')).toMatchObject({ value: 17, definite: true });
    expect(one('ال17 جنديا')).toMatchObject({ definite: true });
    expect(one('للـ54 عاما')).toMatchObject({ value: 54, definite: true });
    expect(one('بـ2500').definite).toBeUndefined();
  });

  test('offsets point into the normalized text', () => {
    const m = one('أكثر من ١٣٠ هجوماً');
    expect(m.text).toBe('اكثر من 130');
    expect(m.num).toBe('130');
  });
});
