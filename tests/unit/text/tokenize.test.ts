import { tokenize, type TokenKind } from '../../../core/text/tokenize';
import { normalize } from '../../../core/text/normalize';

const kinds = (s: string): Array<[string, TokenKind]> => tokenize(s).map((t) => [t.text, t.kind]);

describe('tokenize', () => {
  test.each<[string, Array<[string, TokenKind]>]>([
    ['2500 عسكري', [['2500', 'digits'], ['عسكري', 'arabic']]],
    ['2,500 troops', [['2,500', 'digits'], ['troops', 'latin']]],
    ['3.5 مليون', [['3.5', 'digits'], ['مليون', 'arabic']]],
    ['2\u00a0500', [['2\u00a0500', 'digits']]],
    ['2 500', [['2', 'digits'], ['500', 'digits']]],
    ['2500، و900', [['2500', 'digits'], ['،', 'punct'], ['و', 'arabic'], ['900', 'digits']]],
    ['F-16', [['F', 'latin'], ['-', 'punct'], ['16', 'digits']]],
    ['U.S.', [['U', 'latin'], ['.', 'punct'], ['S', 'latin'], ['.', 'punct']]],
    ['2014.', [['2014', 'digits'], ['.', 'punct']]],
    ['%25', [['%', 'punct'], ['25', 'digits']]],
    ['$1.5bn', [['$', 'punct'], ['1.5', 'digits'], ['bn', 'latin']]],
    ['10:26', [['10', 'digits'], [':', 'punct'], ['26', 'digits']]],
    ['گپچڤ', [['گپچڤ', 'arabic']]],
    ['"داعش"', [['"', 'punct'], ['داعش', 'arabic'], ['"', 'punct']]],
    ['2,', [['2', 'digits'], [',', 'punct']]],
    ['', []],
    ['   ', []],
  ])('%j', (s, want) => {
    expect(kinds(s)).toEqual(want);
  });

  test('glued flags on normalized clitic + digits', () => {
    const s = normalize('بـ2500 جندي').text;
    const toks = tokenize(s);
    expect(toks.map((t) => [t.text, t.start, t.end, t.glued])).toEqual([
      ['ب', 0, 1, false],
      ['2500', 1, 5, true],
      ['جندي', 6, 10, false],
    ]);
  });

  test('token text equals the slice of the input', () => {
    const s = normalize('وتنشر واشنطن 2500 عسكري في العراق، ونحو 900 في سوريا (U.S.) 25%.').text;
    for (const t of tokenize(s)) expect(s.slice(t.start, t.end)).toBe(t.text);
  });

  test('repeated calls are independent (regex state reset)', () => {
    expect(tokenize('1 2 3').length).toBe(3);
    expect(tokenize('1 2 3').length).toBe(3);
  });
});
