import { findDates } from '../../../core/dates';
import { normalize, normalizeTerm } from '../../../core/text/normalize';
import { exp, run, type Row } from './helpers';

describe('Arabic years', () => {
  test.each<[string, Row[]]>([
    ['في العام 2014', exp({ text: 'في العام 2014', year: 2014, rel: 'in', y: '2014' })],
    ['عام 2014', exp({ text: 'عام 2014', year: 2014, y: '2014' })],
    ['سنة 2014', exp({ text: 'سنة 2014', year: 2014, y: '2014' })],
    ['تأسس العام 2014 في', exp({ text: 'العام 2014', year: 2014, y: '2014' })],
    ['تأسس في 2014م.', exp({ text: 'في 2014م', year: 2014, rel: 'in', y: '2014' })],
    ['وقع 2023م', exp({ text: '2023م', year: 2023, y: '2023' })],
    ['للعام 2014', exp({ text: 'للعام 2014', year: 2014, y: '2014' })],
    ['وعام 2015', exp({ text: 'وعام 2015', year: 2015, y: '2015' })],
    [
      'بين عامي 2014 و2017',
      exp({ text: 'عامي 2014', year: 2014, y: '2014' }, { text: '2017', year: 2017, y: '2017' }),
    ],
    [
      'في العامين 2014 و 2017',
      exp({ text: 'في العامين 2014', year: 2014, rel: 'in', y: '2014' }, { text: '2017', year: 2017, rel: 'in', y: '2017' }),
    ],
    [
      'في 2014-2017',
      exp({ text: 'في 2014', year: 2014, rel: 'in', y: '2014' }, { text: '2017', year: 2017, rel: 'in', y: '2017' }),
    ],
  ])('%s', (raw, want) => {
    expect(run(raw)).toEqual(want);
  });
});

describe('Arabic parts of a year', () => {
  test.each<[string, Row[]]>([
    ['مطلع عام 2020', exp({ text: 'مطلع عام 2020', year: 2020, part: 'early', y: '2020' })],
    ['أوائل العام 2020', exp({ text: 'أوائل العام 2020', year: 2020, part: 'early', y: '2020' })],
    ['بداية 2020', exp({ text: 'بداية 2020', year: 2020, part: 'early', y: '2020' })],
    ['مستهل العام 2019', exp({ text: 'مستهل العام 2019', year: 2019, part: 'early', y: '2019' })],
    ['منتصف 2016', exp({ text: 'منتصف 2016', year: 2016, part: 'mid', y: '2016' })],
    ['أواسط العام 2016', exp({ text: 'أواسط العام 2016', year: 2016, part: 'mid', y: '2016' })],
    ['أواخر العام 2017', exp({ text: 'أواخر العام 2017', year: 2017, part: 'late', y: '2017' })],
    ['صيف 2014', exp({ text: 'صيف 2014', year: 2014, part: 'summer', y: '2014' })],
    // A year in words, as speakers say it (only after a year word).
    ['سنة ألفين وأربعة عشر', exp({ text: 'سنة ألفين وأربعة عشر', year: 2014, y: 'الفين واربعه عشر' })],
    ['في آذار من عام ألفين واثنين وعشرين', exp({ text: 'في آذار من عام ألفين واثنين وعشرين', year: 2022, month: 3, rel: 'in', y: 'الفين واثنين وعشرين' })],
    ['ألفين وخمسمئة جندي', []],
    // Spoken teens, and "بألفين" (in 2000-…) with no year word before it.
    ['عام ألفين وأربعتعش', exp({ text: 'عام ألفين وأربعتعش', year: 2014, y: 'الفين واربعتعش' })],
    ['صوتوا بألفين وتسعطعش', exp({ text: 'بألفين وتسعطعش', year: 2019, y: 'الفين وتسعطعش' })],
    ['بألفين وخمسمية جندي', []],
    ['في ربيع عام 2018', exp({ text: 'في ربيع عام 2018', year: 2018, part: 'spring', rel: 'in', y: '2018' })],
    ['نهاية العام 2021', exp({ text: 'نهاية العام 2021', year: 2021, part: 'late', y: '2021' })],
    ['الانسحاب ونهاية العام 2021', exp({ text: 'ونهاية العام 2021', year: 2021, part: 'late', y: '2021' })],
    ['آخر العام 2021', exp({ text: 'آخر العام 2021', year: 2021, part: 'late', y: '2021' })],
    ['ختام عام 2021', exp({ text: 'ختام عام 2021', year: 2021, part: 'late', y: '2021' })],
    ['حتى نهاية 2021', exp({ text: 'حتى نهاية 2021', year: 2021, part: 'late', rel: 'until', y: '2021' })],
    ['منذ مطلع العام 2020', exp({ text: 'منذ مطلع العام 2020', year: 2020, part: 'early', rel: 'since', y: '2020' })],
  ])('%s', (raw, want) => {
    expect(run(raw)).toEqual(want);
  });
});

describe('Arabic day + month (+ year)', () => {
  test.each<[string, Row[]]>([
    ['17 أكتوبر', exp({ text: '17 أكتوبر', month: 10, day: 17, d: '17' })],
    ['١٧ أكتوبر', exp({ text: '17 أكتوبر', month: 10, day: 17, d: '17' })],
    ['17 تشرين الأول', exp({ text: '17 تشرين الأول', month: 10, day: 17, d: '17' })],
    ['28 كانون الثاني/يناير', exp({ text: '28 كانون الثاني/يناير', month: 1, day: 28, d: '28' })],
    [
      '28 كانون الثاني/يناير 2024',
      exp({ text: '28 كانون الثاني/يناير 2024', year: 2024, month: 1, day: 28, y: '2024', d: '28' }),
    ],
    ['١٧ تشرين الأول/أكتوبر ٢٠٢٣', exp({ text: '17 تشرين الأول/أكتوبر 2023', year: 2023, month: 10, day: 17, y: '2023', d: '17' })],
    ['الـ17 من أكتوبر', exp({ text: 'ال17 من أكتوبر', month: 10, day: 17, d: '17' })],
    ['منذ الـ17 من أكتوبر', exp({ text: 'منذ ال17 من أكتوبر', month: 10, day: 17, rel: 'since', d: '17' })],
    ['السابع عشر من أكتوبر', exp({ text: 'السابع عشر من أكتوبر', month: 10, day: 17, d: 'السابع عشر' })],
    ['في السابع من أكتوبر', exp({ text: 'في السابع من أكتوبر', month: 10, day: 7, rel: 'in', d: 'السابع' })],
    [
      'الخامس من كانون الثاني/يناير 2020',
      exp({ text: 'الخامس من كانون الثاني/يناير 2020', year: 2020, month: 1, day: 5, y: '2020', d: 'الخامس' }),
    ],
    ['الأول من أيار', exp({ text: 'الأول من أيار', month: 5, day: 1, d: 'الأول' })],
    ['العشرين من مارس', exp({ text: 'العشرين من مارس', month: 3, day: 20, d: 'العشرين' })],
    ['الحادي والثلاثين من ديسمبر', exp({ text: 'الحادي والثلاثين من ديسمبر', month: 12, day: 31, d: 'الحادي والثلاثين' })],
    ['الثاني والعشرين من شهر آب', exp({ text: 'الثاني والعشرين من شهر آب', month: 8, day: 22, d: 'الثاني والعشرين' })],
    ['17 أكتوبر من العام 2023', exp({ text: '17 أكتوبر من العام 2023', year: 2023, month: 10, day: 17, y: '2023', d: '17' })],
    ['بين 17 و20 أكتوبر', exp({ text: 'و20 أكتوبر', month: 10, day: 20, d: '20' })],
    ['5 ماي 2020', exp({ text: '5 ماي 2020', year: 2020, month: 5, day: 5, y: '2020', d: '5' })],
    ['3 آب', exp({ text: '3 آب', month: 8, day: 3, d: '3' })],
  ])('%s', (raw, want) => {
    expect(run(raw)).toEqual(want);
  });
});

describe('Arabic month (+ year), pairs, parts on a month', () => {
  test.each<[string, Row[]]>([
    ['أغسطس 2023', exp({ text: 'أغسطس 2023', year: 2023, month: 8, y: '2023' })],
    ['مارس 2023', exp({ text: 'مارس 2023', year: 2023, month: 3, y: '2023' })],
    ['نيسان 2019', exp({ text: 'نيسان 2019', year: 2019, month: 4, y: '2019' })],
    ['كانون الأول/ديسمبر 2017', exp({ text: 'كانون الأول/ديسمبر 2017', year: 2017, month: 12, y: '2017' })],
    ['تشرين الأول/أكتوبر', exp({ text: 'تشرين الأول/أكتوبر', month: 10 })],
    ['أكتوبر/تشرين الأول', exp({ text: 'أكتوبر/تشرين الأول', month: 10 })],
    ['أكتوبر / تشرين الأول', exp({ text: 'أكتوبر / تشرين الأول', month: 10 })],
    ['تشرين الأول (أكتوبر)', exp({ text: 'تشرين الأول (أكتوبر)', month: 10 })],
    ['آذار/مارس 2003', exp({ text: 'آذار/مارس 2003', year: 2003, month: 3, y: '2003' })],
    ['في شهر تموز/يوليو المقبل', exp({ text: 'في شهر تموز/يوليو المقبل', month: 7, rel: 'in' })],
    ['في شهر نيسان', exp({ text: 'في شهر نيسان', month: 4, rel: 'in' })],
    ['منذ تشرين الأول/أكتوبر الماضي', exp({ text: 'منذ تشرين الأول/أكتوبر الماضي', month: 10, rel: 'since' })],
    ['أكتوبر عام 2023', exp({ text: 'أكتوبر عام 2023', year: 2023, month: 10, y: '2023' })],
    ['أكتوبر 2023م', exp({ text: 'أكتوبر 2023م', year: 2023, month: 10, y: '2023' })],
    [
      'مطلع كانون الثاني/يناير 2020',
      exp({ text: 'مطلع كانون الثاني/يناير 2020', year: 2020, month: 1, part: 'early', y: '2020' }),
    ],
    ['منتصف أكتوبر', exp({ text: 'منتصف أكتوبر', month: 10, part: 'mid' })],
    ['منتصف شهر أكتوبر', exp({ text: 'منتصف شهر أكتوبر', month: 10, part: 'mid' })],
    ['أواخر يناير', exp({ text: 'أواخر يناير', month: 1, part: 'late' })],
    ['في أواخر مارس', exp({ text: 'في أواخر مارس', month: 3, part: 'late', rel: 'in' })],
    ['يناير/فبراير', exp({ text: 'يناير', month: 1 }, { text: 'فبراير', month: 2 })],
  ])('%s', (raw, want) => {
    expect(run(raw)).toEqual(want);
  });

  // §1.8: every system maps to 1–12; paired names yield one mention.
  const names: Array<[number, string]> = [
    [1, 'يناير'], [1, 'كانون الثاني'], [1, 'جانفي'],
    [2, 'فبراير'], [2, 'شباط'], [2, 'فيفري'],
    [3, 'مارس'], [3, 'آذار'],
    [4, 'أبريل'], [4, 'إبريل'], [4, 'نيسان'], [4, 'أفريل'],
    [5, 'مايو'], [5, 'أيار'], [5, 'ماي'],
    [6, 'يونيو'], [6, 'يونيه'], [6, 'حزيران'], [6, 'جوان'],
    [7, 'يوليو'], [7, 'يوليه'], [7, 'تموز'], [7, 'جويلية'], [7, 'يوليوز'],
    [8, 'أغسطس'], [8, 'آب'], [8, 'أوت'], [8, 'غشت'],
    [9, 'سبتمبر'], [9, 'أيلول'], [9, 'شتنبر'],
    [10, 'أكتوبر'], [10, 'تشرين الأول'],
    [11, 'نوفمبر'], [11, 'تشرين الثاني'], [11, 'نونبر'],
    [12, 'ديسمبر'], [12, 'كانون الأول'], [12, 'دجنبر'],
  ];
  test.each(names)('month %i: 5 %s 2020', (month, name) => {
    expect(run(`وقع في 5 ${name} 2020 هجوم`)).toEqual(
      exp({ text: `في 5 ${name} 2020`, year: 2020, month, day: 5, rel: 'in', y: '2020', d: '5' }),
    );
  });
  test.each(names.filter(([, n]) => !['مارس', 'نيسان', 'ماي', 'آب'].includes(n)))(
    'month %i alone: %s',
    (month, name) => {
      expect(run(`خلال ${name} قتل`)).toEqual(exp({ text: `خلال ${name}`, month, rel: 'in' }));
    },
  );
  const pairs: Array<[string, number]> = [
    ['كانون الثاني/يناير', 1], ['شباط/فبراير', 2], ['نيسان/أبريل', 4], ['أيار/مايو', 5], ['حزيران/يونيو', 6],
    ['تموز/يوليو', 7], ['آب/أغسطس', 8], ['أيلول/سبتمبر', 9], ['تشرين الثاني/نوفمبر', 11], ['ديسمبر/كانون الأول', 12],
  ];
  test.each(pairs)('pair %s is one mention', (pair, month) => {
    const got = run(`منذ ${pair} 2019`);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ month, year: 2019, rel: 'since' });
  });
});

describe('Arabic numeric dates', () => {
  test.each<[string, Row[]]>([
    ['17/10/2023', exp({ text: '17/10/2023', year: 2023, month: 10, day: 17, y: '2023', d: '17' })],
    ['2023/10/17', exp({ text: '2023/10/17', year: 2023, month: 10, day: 17, y: '2023', d: '17' })],
    ['17-10-2023', exp({ text: '17-10-2023', year: 2023, month: 10, day: 17, y: '2023', d: '17' })],
    ['بتاريخ ١٧/١٠/٢٠٢٣', exp({ text: '17/10/2023', year: 2023, month: 10, day: 17, y: '2023', d: '17' })],
    ['منذ 7/10/2023', exp({ text: 'منذ 7/10/2023', year: 2023, month: 10, day: 7, rel: 'since', y: '2023', d: '7' })],
    ['10/17/2023', exp({ text: '10/17/2023', year: 2023, month: 10, day: 17, y: '2023', d: '17' })],
    ['31/02/2023', []],
    ['1/2/3/2023', []],
  ])('%s', (raw, want) => {
    expect(run(raw)).toEqual(want);
  });
});

describe('Arabic relations', () => {
  test.each<[string, string, string]>([
    ['منذ 17 أكتوبر', 'since', 'منذ 17 أكتوبر'],
    ['ومنذ عام 2014', 'since', 'ومنذ عام 2014'],
    ['منذ 2014', 'since', 'منذ 2014'],
    ['حتى 2017', 'until', 'حتى 2017'],
    ['حتى نهاية العام', '', ''],
    ['لغاية عام 2022', 'until', 'لغاية عام 2022'],
    ['إلى غاية 2022', 'until', 'إلى غاية 2022'],
    ['بحلول عام 2030', 'until', 'بحلول عام 2030'],
    ['وبحلول 2030', 'until', 'وبحلول 2030'],
    ['خلال عام 2015', 'in', 'خلال عام 2015'],
    ['وفي عام 2014', 'in', 'وفي عام 2014'],
    ['في 2014', 'in', 'في 2014'],
    ['قبل 2014 كان', '', '2014'],
  ])('%s → %s', (raw, rel, text) => {
    const got = run(raw);
    if (!text) {
      expect(got).toEqual([]);
      return;
    }
    expect(got).toHaveLength(1);
    expect(got[0]?.text).toBe(normalizeTerm(text));
    expect(got[0]?.rel).toBe(rel || undefined);
  });

  test('حتى الآن is "so far", not a date', () => {
    expect(run('قتل حتى الآن 30 شخصا')).toEqual([]);
    expect(run('بلغ عدد الهجمات حتى الآن 2014')).toEqual([]);
  });
});

describe('spans and offsets', () => {
  test('offsets point into the normalized text', () => {
    const n = normalize('قالت الوزارة إنه منذ الـ١٧ من تشرين الأول/أكتوبر ٢٠٢٣ وقع 165 هجوما.').text;
    const [m, ...rest] = findDates(n);
    expect(rest).toEqual([]);
    expect(m).toBeDefined();
    if (!m) return;
    expect(n.slice(m.start, m.end)).toBe('منذ ال17 من تشرين الاول/اكتوبر 2023');
    expect(m.start).toBe(n.indexOf('منذ'));
    expect(m.yearSpan).toEqual({ start: n.indexOf('2023'), end: n.indexOf('2023') + 4 });
    expect(m.daySpan).toEqual({ start: n.indexOf('17'), end: n.indexOf('17') + 2 });
    expect(m).toMatchObject({ year: 2023, month: 10, day: 17, rel: 'since' });
  });

  test('a paragraph yields sorted, non-overlapping mentions', () => {
    const text =
      'نشرت واشنطن 2500 عسكري في العراق منذ عام 2014، وتعرضت قواتها لأكثر من 165 هجوما منذ 17 أكتوبر، ' +
      'وقرر البرلمان في 5 كانون الثاني/يناير 2020 إنهاء الوجود، على أن ينتهي التحالف بحلول نهاية العام 2025 ' +
      'وحتى أيلول/سبتمبر 2026 في إقليم كردستان. Since Oct. 17, 2023, more than 165 attacks; by the end of 2021.';
    const n = normalize(text).text;
    const got = findDates(n);
    expect(got.map((m) => n.slice(m.start, m.end))).toEqual(
      [
        'منذ عام 2014',
        'منذ 17 أكتوبر',
        'في 5 كانون الثاني/يناير 2020',
        'بحلول نهاية العام 2025',
        'وحتى أيلول/سبتمبر 2026',
        'Since Oct. 17, 2023',
        'by the end of 2021',
      ].map(normalizeTerm),
    );
    for (let i = 1; i < got.length; i++) expect(got[i]!.start).toBeGreaterThanOrEqual(got[i - 1]!.end);
  });
});

describe('a day of the month just named', () => {
  const ref = { year: 2024, month: 2, day: 7 };
  const days = (raw: string): [string, number | undefined, number | undefined, number | undefined][] => {
    const n = normalize(raw).text;
    return findDates(n, { ref }).map((m) => [n.slice(m.start, m.end), m.year, m.month, m.day]);
  };
  test('«في ٢٨ منه», «السابع عشر منه», «من الشهر نفسه», "of that month" take the month before', () => {
    expect(days('أرّخ تعليق المحادثات بيوم ٢٩ كانون الثاني، والصحيح أنها عُلّقت في ٢٨ منه').at(-1)?.slice(1)).toEqual([2024, 1, 28]);
    expect(days('بدأت الهجمات في السابع من تشرين الأول، والصحيح أنها بدأت في السابع عشر منه').at(-1)?.slice(1)).toEqual([2023, 10, 17]);
    expect(days('انطلقت الجولة في كانون الثاني 2024 وتوقفت في اليوم 28 من الشهر نفسه').at(-1)?.slice(1)).toEqual([2024, 1, 28]);
    expect(days('The talks began in January 2024 and stopped on the 28th of that month.').at(-1)?.slice(1)).toEqual([2024, 1, 28]);
  });
  test('with no month before, «منه» makes no date', () => {
    expect(days('قال إن 28 منه عادوا')).toEqual([]);
  });
});

test('spoken cardinal days without ة and with ب: «بسبع أكتوبر», only before a month', () => {
  const ref = { year: 2024, month: 3, day: 1 };
  const n = normalize('واللي صار بسبع أكتوبر، وسبع سنوات قبلها').text;
  expect(findDates(n, { ref }).map((m) => [n.slice(m.start, m.end), m.month, m.day])).toEqual([['بسبع اكتوبر', 10, 7]]);
});
