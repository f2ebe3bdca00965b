import { exp, run, type Row } from './helpers';

describe('English dates', () => {
  test.each<[string, Row[]]>([
    ['Oct. 17', exp({ text: 'Oct. 17', month: 10, day: 17, d: '17' })],
    ['on October 17, 2023, a drone', exp({ text: 'October 17, 2023', year: 2023, month: 10, day: 17, y: '2023', d: '17' })],
    ['17 October 2023', exp({ text: '17 October 2023', year: 2023, month: 10, day: 17, y: '2023', d: '17' })],
    ['Jan. 28, 2024', exp({ text: 'Jan. 28, 2024', year: 2024, month: 1, day: 28, y: '2024', d: '28' })],
    ['January 2024', exp({ text: 'January 2024', year: 2024, month: 1, y: '2024' })],
    ['December of 2017', exp({ text: 'December of 2017', year: 2017, month: 12, y: '2017' })],
    ['since Oct. 7', exp({ text: 'since Oct. 7', month: 10, day: 7, rel: 'since', d: '7' })],
    ['mid-October', exp({ text: 'mid-October', month: 10, part: 'mid' })],
    ['mid-2024', exp({ text: 'mid-2024', year: 2024, part: 'mid', y: '2024' })],
    ['late 2017', exp({ text: 'late 2017', year: 2017, part: 'late', y: '2017' })],
    ['early 2020', exp({ text: 'early 2020', year: 2020, part: 'early', y: '2020' })],
    ['the end of 2021', exp({ text: 'the end of 2021', year: 2021, part: 'late', y: '2021' })],
    ['by the end of 2021', exp({ text: 'by the end of 2021', year: 2021, part: 'late', rel: 'until', y: '2021' })],
    ['at the end of 2021', exp({ text: 'at the end of 2021', year: 2021, part: 'late', rel: 'in', y: '2021' })],
    ['the beginning of 2015', exp({ text: 'the beginning of 2015', year: 2015, part: 'early', y: '2015' })],
    ['in 2014', exp({ text: 'in 2014', year: 2014, rel: 'in', y: '2014' })],
    ['In 2014, the coalition', exp({ text: 'In 2014', year: 2014, rel: 'in', y: '2014' })],
    ['since 2014', exp({ text: 'since 2014', year: 2014, rel: 'since', y: '2014' })],
    ['until 2017', exp({ text: 'until 2017', year: 2017, rel: 'until', y: '2017' })],
    ['during 2015', exp({ text: 'during 2015', year: 2015, rel: 'in', y: '2015' })],
    ['the summer of 2014', exp({ text: 'the summer of 2014', year: 2014, part: 'summer', y: '2014' })],
    ['in the spring of 2023', exp({ text: 'in the spring of 2023', year: 2023, part: 'spring', rel: 'in', y: '2023' })],
    ['fall 2017', exp({ text: 'fall 2017', year: 2017, part: 'autumn', y: '2017' })],
    ['the year 2014', exp({ text: 'year 2014', year: 2014, y: '2014' })],
    // A year naming an event: "the 2007 surge" (the 170,000 troops then are history).
    ['the 2007 surge', exp({ text: '2007', year: 2007, y: '2007' })],
    ['the 2014 elections', exp({ text: '2014', year: 2014, y: '2014' })],
    ['as of February', exp({ text: 'as of February', month: 2, rel: 'asof' })],
    ['as of Feb. 1, 2024', exp({ text: 'as of Feb. 1, 2024', year: 2024, month: 2, day: 1, rel: 'asof', y: '2024', d: '1' })],
    ['in late January', exp({ text: 'in late January', month: 1, part: 'late', rel: 'in' })],
    ['May 5, 2023', exp({ text: 'May 5, 2023', year: 2023, month: 5, day: 5, y: '2023', d: '5' })],
    ['5 March 2023', exp({ text: '5 March 2023', year: 2023, month: 3, day: 5, y: '2023', d: '5' })],
    ['in March 2003', exp({ text: 'in March 2003', year: 2003, month: 3, rel: 'in', y: '2003' })],
    ['Sept. 11, 2001', exp({ text: 'Sept. 11, 2001', year: 2001, month: 9, day: 11, y: '2001', d: '11' })],
    ['Sep. 30', exp({ text: 'Sep. 30', month: 9, day: 30, d: '30' })],
    ['Oct 7', exp({ text: 'Oct 7', month: 10, day: 7, d: '7' })],
    ['the 17th of October', exp({ text: 'the 17th of October', month: 10, day: 17, d: '17' })],
    ['October 17th', exp({ text: 'October 17th', month: 10, day: 17, d: '17' })],
    ['by Dec. 31', exp({ text: 'by Dec. 31', month: 12, day: 31, rel: 'until', d: '31' })],
    ['early March', exp({ text: 'early March', month: 3, part: 'early' })],
    ['10/17/2023', exp({ text: '10/17/2023', year: 2023, month: 10, day: 17, y: '2023', d: '17' })],
    ['2023-10-17', exp({ text: '2023-10-17', year: 2023, month: 10, day: 17, y: '2023', d: '17' })],
    [
      'between 2014 and 2017, in 2019',
      exp({ text: 'in 2019', year: 2019, rel: 'in', y: '2019' }),
    ],
  ])('%s', (raw, want) => {
    expect(run(raw)).toEqual(want);
  });
});

describe('English negatives', () => {
  test.each([
    'you may go',
    'Theresa May said',
    'in May',
    'by March',
    'The march lasted',
    'MARCH ON',
    'Jan said',
    '2500 troops',
    'about 2,500 troops',
    'a force of 2000 troops',
    'by 2000 U.S. troops',
    'in 2000 attacks',
    'since 1800',
    'in 2500',
    'the 2000 U.S. troops',
    'the 2000 troops',
    'Tower 22',
    'F-16',
    'Resolution 2249',
    'at 10:26',
    '$2014',
    '2014%',
    'October 17 troops were killed', // "October" alone is kept; 17 is a count
  ])('%s', (raw) => {
    const got = run(raw);
    if (raw.startsWith('October')) expect(got).toEqual(exp({ text: 'October', month: 10 }));
    else expect(got).toEqual([]);
  });
});

test('no date runs across a table cell: "fatalities<TAB>3<TAB>Jan. 28, 2024" is Jan. 28, 2024', () => {
  expect(run('Jordan drone strike, fatalities\t3\tJan. 28, 2024').map((r) => r.text)).toEqual(['Jan. 28, 2024']);
  expect(run('الهجوم على البرج 22\t3\t28 كانون الثاني 2024').map((r) => r.text)).toEqual(['28 كانون الثاني 2024']);
  // A year alone in its cell is still a label's value.
  expect(run('Founded\t2014\tWashington').map((r) => [r.text, r.year])).toEqual([['2014', 2014]]);
});

test('years said aloud after a relation or part word: "twenty fourteen", "two thousand fifteen"', () => {
  const years = (raw: string) => run(raw).map((r) => [r.text, r.year]);
  expect(years('formed in twenty fourteen')).toEqual([['in twenty fourteen', 2014]]);
  expect(years('over by the close of twenty twenty-two')).toEqual([['by the close of twenty twenty-two', 2022]]);
  expect(years('since two thousand fifteen')).toEqual([['since two thousand fifteen', 2015]]);
  expect(years('in two thousand and nineteen')).toEqual([['in two thousand and nineteen', 2019]]);
  // Not without a relation word, and not before a counted noun.
  expect(years('twenty twenty-two')).toEqual([]);
  expect(years('in twenty twenty-two troops')).toEqual([]);
  expect(years('about twenty')).toEqual([]);
});
