import { compileLexicon, extractClaims } from '../../core/index';
import { WARM_UP_SAMPLES, warmUpSteps } from '../../core/warm-up';
import { seedCorpus } from '../../store/seed-corpus';

describe('engine warm-up', () => {
  const lex = compileLexicon(seedCorpus().facts);

  it('every sample sentence reaches the claim builders (a sample that finds nothing warms nothing)', () => {
    for (const s of WARM_UP_SAMPLES) expect(extractClaims(s, lex).length).toBeGreaterThan(0);
  });

  it('the steps run in any order and leave extraction unchanged', () => {
    const text = 'قال البنتاغون إن 2500 جندي أميركي ينتشرون في العراق.';
    const before = extractClaims(text, lex);
    for (const step of warmUpSteps(lex).reverse()) step();
    expect(extractClaims(text, lex)).toEqual(before);
  });
});
