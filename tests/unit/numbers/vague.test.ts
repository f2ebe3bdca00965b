import { one, values } from './helpers';

describe('vague quantities', () => {
  test.each<[string, number, number, string]>([
    ['عشرات الجنود', 20, 99, 'عشرات'],
    ['العشرات من القتلى', 20, 99, 'العشرات'],
    ['بعشرات الصواريخ', 20, 99, 'بعشرات'],
    ['مئات الجنود', 200, 999, 'مئات'],
    ['المئات', 200, 999, 'المئات'],
    ['آلاف الجنود', 3000, 9999, 'الاف'],
    ['الآلاف من النازحين', 3000, 9999, 'الالاف'],
    ['عشرات الآلاف من النازحين', 20000, 99000, 'عشرات الالاف'],
    ['مئات الآلاف', 200000, 999000, 'مئات الالاف'],
    ['ملايين اللاجئين', 2e6, 9.99e6, 'ملايين'],
    ['بضعة جنود', 3, 9, 'بضعه'],
    ['بضع سنوات', 3, 9, 'بضع'],
    ['بضعة آلاف', 3000, 9000, 'بضعه الاف'],
    ['عدة غارات', 3, 10, 'عده'],
    ['لعدة أيام', 3, 10, 'لعده'],
    ['dozens of soldiers', 24, 99, 'dozens'],
    ['scores of people', 40, 99, 'scores'],
    ['hundreds of troops', 200, 999, 'hundreds'],
    ['thousands of troops', 2000, 9999, 'thousands'],
    ['tens of thousands of people', 20000, 99000, 'tens of thousands'],
    ['hundreds of thousands', 200000, 999000, 'hundreds of thousands'],
    ['several attacks', 3, 10, 'several'],
    ['several hundred troops', 300, 1000, 'several hundred'],
    ['a few soldiers', 3, 9, 'a few'],
    ['a few thousand', 3000, 9000, 'a few thousand'],
    ['a handful of advisers', 2, 5, 'a handful'],
    ['millions of dollars', 2e6, 9.99e6, 'millions'],
  ])('%s → [%d, %d]', (raw, min, max, text) => {
    const m = one(raw);
    expect(m).toMatchObject({ qualifier: 'vague', source: 'vague', value: min, min, max, text });
  });

  test('آلاف after 3–10 is a count, not vague', () => {
    expect(one('ثلاثة آلاف')).toMatchObject({ value: 3000, qualifier: 'exact', source: 'words' });
    expect(one('3 آلاف')).toMatchObject({ value: 3000, qualifier: 'exact', source: 'digits' });
  });

  test.each<[string, number[]]>([
    ['بعده', []],
    ['وصل بعده الوفد', []],
    ['عدة', []],
    ['few soldiers', []],
    ['tens of soldiers', []],
  ])('not vague: %s', (raw, want) => {
    expect(values(raw)).toEqual(want);
  });
});
