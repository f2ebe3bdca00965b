import { normalize, normalizeTerm, toRawSpan } from '../../../core/text/normalize';

describe('normalize: letters and digits', () => {
  test.each([
    ['٢٬٥٠٠', '2,500'],
    ['٣٫٥', '3.5'],
    ['۴۵۶', '456'],
    ['٢٥٪', '25%'],
    ['أكثر', 'اكثر'],
    ['إلى', 'الي'],
    ['آلاف', 'الاف'],
    ['حوالى', 'حوالي'],
    ['تنظیم', 'تنظيم'],
    ['ثلاثة', 'ثلاثه'],
    ['کبیر', 'كبير'],
    ['هجوماً', 'هجوما'],
    ['بـ2500', 'ب2500'],
    ['الـ17', 'ال17'],
    ['2\u202F500', '2\u00a0500'],
    ['2500\u200F', '2500'],
    ['ﻻ', 'لا'],
    ['2010–2014', '2010-2014'],
    ['U.S. Army', 'U.S. Army'],
  ])('%s → %s', (raw, want) => {
    expect(normalize(raw).text).toBe(want);
  });

  test('normalizeTerm collapses spaces and trims', () => {
    expect(normalizeTerm('  قوات   التحالف ')).toBe('قوات التحالف');
  });

  test('map has one entry per normalized unit plus the end', () => {
    const n = normalize('بـ٢٥٠٠');
    expect(n.map.length).toBe(n.text.length + 1);
    expect(n.map[n.text.length]).toBe(6);
  });

  test('long ligature runs do not overflow the buffer', () => {
    const raw = '\uFDFA'.repeat(10) + ' 25';
    const n = normalize(raw);
    expect(n.text.endsWith(' 25')).toBe(true);
    expect(toRawSpan(n, n.text.length - 2, n.text.length)).toEqual({ start: 11, end: 13 });
  });
});

describe('toRawSpan maps a normalized span back to the exact raw characters', () => {
  test.each([
    ['نشرت ٢٬٥٠٠ جندي', '2,500', '٢٬٥٠٠'],
    ['دفعت بـ2500 عسكري', '2500', '2500'],
    ['وصلت الـ١٧ طائرة', '17', '١٧'],
    ['نحو \u200F2500\u200E جندي', '2500', '2500'],
    ['قال \u202Bنحو 900\u202C', 'نحو 900', 'نحو 900'],
    ['هجوماً أميركياً', 'هجوما', 'هجوماً'],
    ['ﻻ يقل عن 3', 'لا يقل', 'ﻻ يقل'],
    ['ﺍﻟﻌﺮﺍﻕ', 'العراق', 'ﺍﻟﻌﺮﺍﻕ'],
    ['أكثر من ١٣٠ هجوماً', 'اكثر من 130', 'أكثر من ١٣٠'],
    ['2\u2009500 troops', '2\u00a0500', '2\u2009500'],
  ])('%s: %s', (raw, normNeedle, rawWant) => {
    const n = normalize(raw);
    const at = n.text.indexOf(normNeedle);
    expect(at).toBeGreaterThanOrEqual(0);
    const span = toRawSpan(n, at, at + normNeedle.length);
    expect(raw.slice(span.start, span.end)).toBe(rawWant);
  });

  test('empty span maps to a point', () => {
    const n = normalize('abc');
    expect(toRawSpan(n, 1, 1)).toEqual({ start: 1, end: 1 });
  });
});

describe('toRawSpan keeps trailing diacritics with their letter', () => {
  test.each([
    ['قتل 34 جريحاً وأصيب', 'جريحا', 'جريحاً'],
    ['ثلاثةُ جنودٍ', 'جنود', 'جنودٍ'],
    ['2500\u200F جندي', '2500', '2500'],
  ])('%s', (raw, needle, want) => {
    const n = normalize(raw);
    const at = n.text.indexOf(needle);
    const span = toRawSpan(n, at, at + needle.length);
    expect(raw.slice(span.start, span.end)).toBe(want);
  });
});
