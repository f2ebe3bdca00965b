import { find, one } from './helpers';
import type { Qualifier } from '../../../core/types';

describe('qualifiers before the number → intervals', () => {
  test.each<[string, Qualifier, number, number, string]>([
    // approx
    ['نحو 2500 جندي', 'approx', 2250, 2750, 'نحو 2500'],
    ['ونحو 900 في سوريا', 'approx', 810, 990, 'ونحو 900'],
    ['بنحو 3 آلاف', 'approx', 2700, 3300, 'بنحو 3 الاف'],
    ['حوالي 100', 'approx', 90, 110, 'حوالي 100'],
    ['حوالى 100', 'approx', 90, 110, 'حوالي 100'],
    ['قرابة 100', 'approx', 90, 110, 'قرابه 100'],
    ['زهاء 100', 'approx', 90, 110, 'زهاء 100'],
    ['ما يقارب 100', 'approx', 90, 110, 'ما يقارب 100'],
    ['يقارب 100', 'approx', 90, 110, 'يقارب 100'],
    ['ما يقرب من 100', 'approx', 90, 110, 'ما يقرب من 100'],
    ['ما يناهز 100', 'approx', 90, 110, 'ما يناهز 100'],
    ['في حدود 100', 'approx', 90, 110, 'في حدود 100'],
    ['about 2,500 troops', 'approx', 2250, 2750, 'about 2,500'],
    ['around 900', 'approx', 810, 990, 'around 900'],
    ['roughly 900', 'approx', 810, 990, 'roughly 900'],
    ['approximately 900', 'approx', 810, 990, 'approximately 900'],
    ['nearly 900', 'approx', 810, 990, 'nearly 900'],
    ['almost 900', 'approx', 810, 990, 'almost 900'],
    ['some 900', 'approx', 810, 990, 'some 900'],
    ['close to 900', 'approx', 810, 990, 'close to 900'],
    ['an estimated 900', 'approx', 810, 990, 'an estimated 900'],
    ['About 900', 'approx', 810, 990, 'About 900'],
    // gt
    ['أكثر من 130 هجوما', 'gt', 130, Infinity, 'اكثر من 130'],
    ['لأكثر من 130', 'gt', 130, Infinity, 'لاكثر من 130'],
    ['ما يزيد على 165', 'gt', 165, Infinity, 'ما يزيد علي 165'],
    ['لما يزيد على 165', 'gt', 165, Infinity, 'لما يزيد علي 165'],
    ['ما يزيد عن 165', 'gt', 165, Infinity, 'ما يزيد عن 165'],
    ['يزيد على 165', 'gt', 165, Infinity, 'يزيد علي 165'],
    ['أزيد من 165', 'gt', 165, Infinity, 'ازيد من 165'],
    ['ما يربو على 165', 'gt', 165, Infinity, 'ما يربو علي 165'],
    ['يفوق 165', 'gt', 165, Infinity, 'يفوق 165'],
    ['فاق 165', 'gt', 165, Infinity, 'فاق 165'],
    ['يتجاوز 165', 'gt', 165, Infinity, 'يتجاوز 165'],
    ['تجاوز 165', 'gt', 165, Infinity, 'تجاوز 165'],
    ['تخطى 165', 'gt', 165, Infinity, 'تخطي 165'],
    ['فوق 18 عاما', 'gt', 18, Infinity, 'فوق 18'],
    ['more than 130 attacks', 'gt', 130, Infinity, 'more than 130'],
    ['over 150', 'gt', 150, Infinity, 'over 150'],
    ['upwards of 150', 'gt', 150, Infinity, 'upwards of 150'],
    ['in excess of 150', 'gt', 150, Infinity, 'in excess of 150'],
    // "just over / just under": close to the figure, so about it
    ['just over 150', 'approx', 135, 165, 'just over 150'],
    ['just under 3,500 troops', 'approx', 3150, 3850, 'just under 3,500'],
    ['a little less than 900', 'approx', 810, 990, 'a little less than 900'],
    ['أكثر بقليل من 2500 جندي', 'approx', 2250, 2750, 'اكثر بقليل من 2500'],
    ['ما يقل قليلاً عن 900', 'approx', 810, 990, 'ما يقل قليلا عن 900'],
    ['well over 150', 'gt', 150, Infinity, 'well over 150'],
    ['above 150', 'gt', 150, Infinity, 'above 150'],
    // gte
    ['ما لا يقل عن 3 جنود', 'gte', 3, Infinity, 'ما لا يقل عن 3'],
    ['لا يقل عن 3', 'gte', 3, Infinity, 'لا يقل عن 3'],
    ['على الأقل 3 جنود', 'gte', 3, Infinity, 'علي الاقل 3'],
    ['at least 34 were wounded', 'gte', 34, Infinity, 'at least 34'],
    ['no fewer than 34', 'gte', 34, Infinity, 'no fewer than 34'],
    ['no less than 34', 'gte', 34, Infinity, 'no less than 34'],
    // lt
    ['أقل من 100', 'lt', 0, 100, 'اقل من 100'],
    ['ما يقل عن 100', 'lt', 0, 100, 'ما يقل عن 100'],
    ['دون 100', 'lt', 0, 100, 'دون 100'],
    ['fewer than 100', 'lt', 0, 100, 'fewer than 100'],
    ['less than 100', 'lt', 0, 100, 'less than 100'],
    ['under 100', 'lt', 0, 100, 'under 100'],
    ['below 100', 'lt', 0, 100, 'below 100'],
    // lte
    ['حتى 500 جندي', 'lte', 0, 500, 'حتي 500'],
    ['ما يصل إلى 500', 'lte', 0, 500, 'ما يصل الي 500'],
    ['يصل إلى 500', 'lte', 0, 500, 'يصل الي 500'],
    ['لا يتجاوز 500', 'lte', 0, 500, 'لا يتجاوز 500'],
    ['بحد أقصى 500', 'lte', 0, 500, 'بحد اقصي 500'],
    ['up to 500', 'lte', 0, 500, 'up to 500'],
    ['as many as 500', 'lte', 0, 500, 'as many as 500'],
    ['at most 500', 'lte', 0, 500, 'at most 500'],
    ['no more than 500', 'lte', 0, 500, 'no more than 500'],
    // words
    ['نحو ثلاثة آلاف', 'approx', 2700, 3300, 'نحو ثلاثه الاف'],
    ['أكثر من مئة وخمسة وستين', 'gt', 165, Infinity, 'اكثر من مئه وخمسه وستين'],
    ['more than three', 'gt', 3, Infinity, 'more than three'],
    ['more than a dozen', 'gt', 12, Infinity, 'more than a dozen'],
  ])('%s', (raw, q, min, max, text) => {
    const m = one(raw);
    expect(m.qualifier).toBe(q);
    expect(m.min).toBeCloseTo(min, 6);
    if (max === Infinity) expect(m.max).toBe(Infinity);
    else expect(m.max).toBeCloseTo(max, 6);
    expect(m.text).toBe(text);
  });

  test('longest qualifier wins', () => {
    expect(one('لا يتجاوز 500').qualifier).toBe('lte');
    expect(one('يتجاوز 500').qualifier).toBe('gt');
    expect(one('ما لا يزيد على 500').qualifier).toBe('lte');
    expect(one('ما لا يقل عن 3').text).toBe('ما لا يقل عن 3');
  });

  test('a denied "more than" is at most; "still more than" is not denied', () => {
    expect(one('لم تسجّل الفصائل فعلياً أكثر من 60 ضربة').qualifier).toBe('lte');
    expect(one('ولا تُحصي الوزارة أكثر من 90').qualifier).toBe('lte');
    expect(one("the Pentagon hasn't counted more than 60").qualifier).toBe('lte');
    expect(one('they never logged more than 60').qualifier).toBe('lte');
    expect(one('لا يزال أكثر من 900 جندي هناك').qualifier).toBe('gt');
    expect(one('ما زالت أكثر من 900').qualifier).toBe('gt');
    // A denial five words away, or behind punctuation, is another clause's.
    expect(one('لم يعلّق، وقال إن أكثر من 60 هجوماً وقعت').qualifier).toBe('gt');
    expect(one('it is not clear whether the bases saw more than 60').qualifier).toBe('gt');
  });

  test('حتى before a date is not a qualifier', () => {
    expect(find('حتى 17 أكتوبر')[0]).toMatchObject({ value: 17, qualifier: 'exact', text: '17' });
    expect(find('حتى الـ17 من أكتوبر')[0]).toMatchObject({ value: 17, qualifier: 'exact' });
    expect(find('حتى 2021')[0]).toMatchObject({ value: 2021, qualifier: 'exact' });
    expect(find('حتى 17 تشرين الأول')[0]?.qualifier).toBe('exact');
  });

  test('qualifier value and interval keep the number as written', () => {
    expect(one('نحو 2500')).toMatchObject({ value: 2500, min: 2250, max: 2750, numStart: 4, numEnd: 8, start: 0, end: 8 });
  });
});

describe('qualifiers after the number', () => {
  test.each<[string, Qualifier, number, number, string]>([
    ['2500 تقريبا', 'approx', 2250, 2750, '2500 تقريبا'],
    ['2500 جندي تقريباً', 'approx', 2250, 2750, '2500 جندي تقريبا'],
    ['130 ونيف', 'gt', 130, Infinity, '130 ونيف'],
    ['عشرين ونيفا', 'gt', 20, Infinity, 'عشرين ونيفا'],
    ['3 جنود على الأقل', 'gte', 3, Infinity, '3 جنود علي الاقل'],
    ['130 هجوما على الأقل', 'gte', 130, Infinity, '130 هجوما علي الاقل'],
    ['3 جنود أو أكثر', 'gte', 3, Infinity, '3 جنود او اكثر'],
    ['three soldiers or more', 'gte', 3, Infinity, 'three soldiers or more'],
    ['900-plus troops', 'gt', 900, Infinity, '900-plus'],
    ['100 or so', 'approx', 90, 110, '100 or so'],
  ])('%s', (raw, q, min, max, text) => {
    const m = one(raw);
    expect(m.qualifier).toBe(q);
    expect(m.min).toBeCloseTo(min, 6);
    if (max === Infinity) expect(m.max).toBe(Infinity);
    else expect(m.max).toBeCloseTo(max, 6);
    expect(m.text).toBe(text);
  });

  test('a before-qualifier is not overridden', () => {
    expect(one('أكثر من 130 هجوما على الأقل').qualifier).toBe('gt');
  });
  test('"أو أكثر من" starts a new comparison', () => {
    const ms = find('3 أو أكثر من 5');
    expect(ms.map((m) => [m.value, m.qualifier])).toEqual([[3, 'exact'], [5, 'gt']]);
  });
});

describe('ranges', () => {
  test.each<[string, number, number, string]>([
    ['بين 2000 و2500 جندي', 2000, 2500, 'بين 2000 و2500'],
    ['ما بين 2000 و2500', 2000, 2500, 'ما بين 2000 و2500'],
    ['بين 2000 و 2500', 2000, 2500, 'بين 2000 و 2500'],
    ['من 10 إلى 20', 10, 20, 'من 10 الي 20'],
    ['2500-3000 جندي', 2500, 3000, '2500-3000'],
    ['2,000-2,500 troops', 2000, 2500, '2,000-2,500'],
    ['2000 - 2500', 2000, 2500, '2000 - 2500'],
    ['between 2,000 and 2,500', 2000, 2500, 'between 2,000 and 2,500'],
    ['from 2,000 to 2,500', 2000, 2500, 'from 2,000 to 2,500'],
    ['2,000 to 2,500 troops', 2000, 2500, '2,000 to 2,500'],
    ['بين ثلاثة وخمسة جنود', 3, 5, 'بين ثلاثه وخمسه'],
    ['between three and five', 3, 5, 'between three and five'],
    ['بين 2 و3 ملايين', 2e6, 3e6, 'بين 2 و3 ملايين'],
    ['between 1.5 and 2 million', 1.5e6, 2e6, 'between 1.5 and 2 million'],
    ['وبين 100 و200', 100, 200, 'وبين 100 و200'],
  ])('%s', (raw, min, max, text) => {
    const m = one(raw);
    expect(m).toMatchObject({ qualifier: 'range', value: min, min, max, text });
  });

  test('range with percent', () => {
    expect(one('من 10 إلى 20 في المئة')).toMatchObject({ qualifier: 'range', min: 10, max: 20, percent: true });
  });
  test('a descending pair is not a range', () => {
    expect(find('بين 3000 و2500').map((m) => m.qualifier)).toEqual(['exact', 'exact']);
  });
  test('و without بين is not a range', () => {
    expect(find('2000 و2500').map((m) => m.qualifier)).toEqual(['exact', 'exact']);
  });
  test('numStart..numEnd covers both ends', () => {
    expect(one('بين 2000 و2500')).toMatchObject({ num: '2000 و2500' });
  });
});
