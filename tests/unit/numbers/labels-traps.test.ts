import { find, values } from './helpers';

describe('labels: numbers used as names', () => {
  test.each<[string, number, string, string | undefined]>([
    ['F-16', 16, 'F-16', undefined],
    ['طائرات إف-16', 16, 'اف-16', undefined],
    ['MQ-9 Reaper', 9, 'MQ-9', undefined],
    ['كوفيد-19', 19, 'كوفيد-19', undefined],
    ['Covid-19 pandemic', 19, 'Covid-19', undefined],
    ['F-16C jets', 16, 'F-16C', undefined],
    ['البرج 22', 22, 'البرج 22', undefined],
    ['Tower 22', 22, 'Tower 22', undefined],
    ['القرار 2249', 2249, 'القرار 2249', undefined],
    ['بالقرار 2249', 2249, 'بالقرار 2249', undefined],
    ['Resolution 2249', 2249, 'Resolution 2249', undefined],
    ['Article 5', 5, 'Article 5', undefined],
    ['المادة 5', 5, 'الماده 5', undefined],
    ['Camp 5', 5, 'Camp 5', undefined],
    ['Route 1', 1, 'Route 1', undefined],
    ['Flight 17', 17, 'Flight 17', undefined],
    ['Highway 4', 4, 'Highway 4', undefined],
    ['رقم 7', 7, 'رقم 7', undefined],
    ['Layer 2 — Attacks', 2, 'Layer 2', undefined],
    ['الجدول 3', 3, 'الجدول 3', undefined],
    ['the clue for 8 Down', 8, '8 Down', undefined],
    ['A400 aircraft', 400, 'A400', undefined],
    ['10:26 بتوقيت طهران', 10, '10:26', 'time'],
    ['الساعة 10:26:30', 10, '10:26:30', 'time'],
    ['+964 770 123 4567', 964, '+964 770 123 4567', 'phone'],
    ['اتصل على 07701234567', 7701234567, '07701234567', 'phone'],
    ['17/10/2023', 17, '17/10/2023', 'date'],
    ['17-10-2023', 17, '17-10-2023', 'date'],
    ['the 17th', 17, '17th', 'ordinal'],
  ])('%s', (raw, value, text, ambiguous) => {
    const ms = find(raw);
    expect(ms).toHaveLength(1);
    expect(ms[0]).toMatchObject({ label: true, value, text, qualifier: 'exact' });
    expect(ms[0]?.ambiguous).toBe(ambiguous);
  });

  test('a label does not swallow a quantity next to it', () => {
    const ms = find('نفذت F-16 نحو 30 غارة');
    expect(ms.map((m) => [m.value, !!m.label, m.qualifier])).toEqual([[16, true, 'exact'], [30, false, 'approx']]);
  });
  test('الثلاثاء 16 إبريل 2024 - 10:26 keeps day and year and labels the time', () => {
    const ms = find('الثلاثاء 16 إبريل 2024 - 10:26 بتوقيت طهران');
    expect(ms.map((m) => [m.value, !!m.label])).toEqual([[16, false], [2024, false], [10, true]]);
  });
});

describe('traps (§1.11)', () => {
  test.each<[string, number[]]>([
    ['يوم الاثنين', []],
    ['بحث السوداني، الاثنين، مع أوستن', []],
    ['يوم الأحد الماضي', []],
    ['الأحد', []],
    ['لستُ متأكدا', []],
    ['أحد الجنود', []],
    ['وأحد الجنود', []],
    ['إحدى القواعد', []],
    ['A drone attack', []],
    ['الثلاثاء والأربعاء', []],
    ['في المئة', []],
    ['بالمئة', []],
    ['نصف القوات', []],
    ['ست', []],
    ['السيدة ست.', []],
    ['الخميس', []],
    ['انتهى الأمر', []],
    ['one of the soldiers', [1]],
    ['2500، و900', [2500, 900]],
    ['وأحد عشر جنديا', [11]],
  ])('%s → %j', (raw, want) => {
    expect(values(raw)).toEqual(want);
  });
});

describe('seed sentences', () => {
  test('AFP/Alhurra deployment sentence', () => {
    const ms = find('وتنشر واشنطن 2500 عسكري في العراق ونحو 900 في سوريا في إطار مكافحة تنظيم الدولة الإسلامية ضمن التحالف الدولي الذي أنشئ في العام 2014.');
    expect(ms.map((m) => [m.text, m.qualifier, m.min, m.max])).toEqual([
      ['2500', 'exact', 2500, 2500],
      ['ونحو 900', 'approx', 810, 990],
      ['2014', 'exact', 2014, 2014],
    ]);
  });
  test('attack count sentence', () => {
    const ms = find('وأحصت واشنطن حتى الآن أكثر من 130 هجوما ضد قواتها في العراق وسوريا منذ 17 أكتوبر، أي بعد عشرة أيام على اندلاع الحرب');
    expect(ms.map((m) => [m.text, m.qualifier, m.value])).toEqual([
      ['اكثر من 130', 'gt', 130],
      ['17', 'exact', 17],
      ['عشره', 'exact', 10],
    ]);
  });
  test('mentions are sorted and non-overlapping', () => {
    const ms = find('بين 2000 و2500 جندي، ونحو 900، وأكثر من 130 هجوما، و٣٫٥ مليون، F-16، عشرات الآلاف');
    for (let k = 1; k < ms.length; k++) expect(ms[k]!.start).toBeGreaterThanOrEqual(ms[k - 1]!.end);
    expect(ms).toHaveLength(6);
  });

  test('crossword clue numbers are labels, the figures inside the clues are not', () => {
    const labels = (raw: string): [number, boolean][] => find(raw).map((m) => [m.value, !!m.label]);
    // After an answer's enumeration, after "Down", and opening a clue that ends in one.
    expect(labels('Down 2 Hamas struck Israel on this day of October (7) 3 Militia attacks topped this (3,7,6)').filter(([, l]) => l)).toEqual([[2, true], [3, true]]);
    expect(labels('8 Soldiers killed at 12 Across, the Pentagon said (5)')).toEqual([[8, true], [12, true], [5, false]]);
    expect(labels('9 Where about 2,500 US troops are stationed (4)')).toEqual([[9, true], [2500, false], [4, false]]);
    // A headline with a part number or a footnote is no clue.
    expect(labels('3 Soldiers killed, the Pentagon says (2)')).toEqual([[3, false], [2, false]]);
    expect(labels('3 Soldiers Killed in Jordan Drone Attack (Video)')).toEqual([[3, false]]);
  });
});
