import { compileLexicon, compileLexiconSteps, extractClaims } from '../../../core/index';
import { seedCorpus } from '../../../store/seed-corpus';

describe('compileLexiconSteps', () => {
  const facts = seedCorpus().facts;

  it('yields between its parts, so a caller can spread the work over several tasks', () => {
    const steps = compileLexiconSteps(facts);
    let yields = 0;
    while (!steps.next().done) yields++;
    expect(yields).toBeGreaterThanOrEqual(4);
  });

  it('builds the same lexicon as compileLexicon', () => {
    const steps = compileLexiconSteps(facts);
    let step = steps.next();
    while (!step.done) step = steps.next();
    const staged = step.value;
    const whole = compileLexicon(facts);
    expect([...staged.arWords.keys()]).toEqual([...whole.arWords.keys()]);
    expect([...staged.enPhrases.keys()]).toEqual([...whole.enPhrases.keys()]);
    expect(staged.enRegex.source).toBe(whole.enRegex.source);
    expect(staged.topicRegex.source).toBe(whole.topicRegex.source);
    const text = 'نشرت الولايات المتحدة 2500 جندي في العراق، وقالت واشنطن إن التحالف تأسس عام 2014.';
    expect(extractClaims(text, staged)).toEqual(extractClaims(text, whole));
  });
});
