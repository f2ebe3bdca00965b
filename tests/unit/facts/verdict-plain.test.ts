// Verdicts travel between the background and content scripts: they must be plain data.
import { createChecker } from '../../../core/index';
import { seedCorpus } from '../../../store/seed-corpus';

test('every property of a verdict is a plain data property', () => {
  const [report] = createChecker(seedCorpus()).scan('وتنشر الولايات المتحدة 4000 جندي في العراق', { published: '2024-02-01' });
  expect(report).toBeDefined();
  const descriptors = Object.getOwnPropertyDescriptors(report?.verdict ?? {});
  for (const [name, d] of Object.entries(descriptors)) expect({ name, accessor: 'get' in d || 'set' in d }).toEqual({ name, accessor: false });
  expect(structuredClone(report?.verdict)).toEqual(report?.verdict);
});
