import { one, values } from './helpers';

describe('English number words', () => {
  test.each<[string, number]>([
    ['three soldiers', 3],
    ['Three soldiers', 3],
    ['eleven', 11],
    ['nineteen', 19],
    ['twenty', 20],
    ['sixty-five attacks', 65],
    ['sixty five attacks', 65],
    ['one hundred', 100],
    ['a hundred soldiers', 100],
    ['one hundred and sixty-five attacks', 165],
    ['one hundred sixty-five', 165],
    ['two hundred', 200],
    ['two thousand five hundred', 2500],
    ['two thousand five hundred troops', 2500],
    ['a thousand troops', 1000],
    ['three million', 3e6],
    ['a million people', 1e6],
    ['twenty thousand', 20000],
    ['three hundred and fifty thousand', 350000],
    ['a dozen', 12],
    ['two dozen', 24],
    ['one of the soldiers', 1],
    ['ten', 10],
    ['forty-two', 42],
  ])('%s → %d', (raw, value) => {
    const m = one(raw);
    expect(m.value).toBe(value);
    expect(m.source).toBe('words');
  });

  test.each<[string, number[]]>([
    ['A drone attack', []],
    ['a drone attack hit an outpost', []],
    ['An attack', []],
    ['three and four', [3, 4]],
    ['sixty-five and a hundred', [65, 100]],
    ['two, three', [2, 3]],
    ['Someone said', []],
    ['It was a hundred', [100]],
  ])('%s', (raw, want) => {
    expect(values(raw)).toEqual(want);
  });

  test('span of a hyphenated number', () => {
    expect(one('about sixty-five soldiers')).toMatchObject({ text: 'about sixty-five', num: 'sixty-five', qualifier: 'approx' });
  });
});
