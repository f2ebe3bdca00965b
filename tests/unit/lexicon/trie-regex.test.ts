import { trieRegexSource } from '../../../core/lexicon/trie-regex';

const whole = (words: string[]): RegExp => new RegExp(`^(?:${trieRegexSource(words)})$`);

describe('trieRegexSource', () => {
  const words = ['ست', 'ستة', 'ستمائه', 'سبع', 'سبعون', 'a.b', 'a-b', '(x)', 'ab'];
  const re = whole(words);

  it('matches every word of the set exactly', () => {
    for (const w of words) expect(re.test(w)).toBe(true);
  });

  it('matches nothing else: prefixes, extensions, or look-alikes of escaped characters', () => {
    for (const w of ['س', 'ستم', 'ستمائ', 'سبعو', 'سبعونه', 'axb', 'a', 'b', '(x', 'x', '']) expect(re.test(w)).toBe(false);
  });

  it('finds the longest word at a position when the caller anchors the end', () => {
    const m = new RegExp(`(?:${trieRegexSource(['ست', 'ستمائه'])})(?![\\u0621-\\u064a])`).exec('و ستمائه جندي');
    expect(m?.[0]).toBe('ستمائه');
  });

  it('an empty set matches nothing', () => {
    expect(new RegExp(trieRegexSource([])).test('anything')).toBe(false);
  });
});
