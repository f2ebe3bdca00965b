// Claims come out in the order their figures appear: the content script stores a full pass's
// flags in that order without sorting them by DOM position.
import { compileLexicon, extractClaims } from '../../../core/index';
import { seedCorpus } from '../../../store/seed-corpus';

const lex = compileLexicon(seedCorpus().facts);

test.each([
  'وتنشر الولايات المتحدة 2500 جندي في العراق ضمن التحالف الدولي الذي تأسس عام 2014.',
  'The US keeps 2,500 troops in Iraq with the coalition, which was formed in September 2014, and has been attacked 150 times since Oct. 17.',
  'منذ 17 تشرين الأول/أكتوبر تعرضت القوات الأميركية في العراق وسوريا لأكثر من 150 هجوما، وقتل ثلاثة جنود في الأردن.',
])('claims of "%s" are in text order', (text) => {
  const claims = extractClaims(text, lex, { published: { year: 2024, month: 2, day: 11 } });
  expect(claims.length).toBeGreaterThan(1);
  const starts = claims.map((c) => c.start);
  expect(starts).toEqual([...starts].sort((a, b) => a - b));
});
