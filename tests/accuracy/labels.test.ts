// Validates the labeled evaluation sets themselves (the first set and the blind holdout sets):
// every label points at real, unique text in its page, and every number written in a page's
// visible text is labeled.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { visibleText, type PageLabels } from './score';

const FIXTURES = join(__dirname, '..', 'fixtures');
const PAGES = join(FIXTURES, 'pages');
const readLabels = (dir: string): PageLabels[] => JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as PageLabels[];
const labels = readLabels(FIXTURES);
const SETS = [FIXTURES, ...['holdout-2', 'holdout-3', 'holdout-4', 'holdout-5', 'holdout-6', 'holdout-7', 'holdout-8', 'holdout-9', 'holdout-10', 'holdout-11', 'holdout-12', 'holdout-13', 'holdout-14', 'holdout-15', 'holdout-16', 'holdout-17', 'holdout-18', 'holdout-19', 'holdout-20', 'holdout-21', 'holdout-22', 'holdout-23', 'holdout-24', 'holdout-25', 'holdout-26', 'holdout-27', 'holdout-28', 'holdout-29', 'holdout-30', 'holdout-31', 'holdout-32', 'holdout-33', 'holdout-34', 'holdout-35', 'holdout-36', 'holdout-37', 'holdout-38', 'holdout-39', 'holdout-40', 'holdout-41', 'holdout-42', 'holdout-43', 'holdout-44'].map((set) => join(FIXTURES, set))].map((dir) => ({
  name: dir === FIXTURES ? 'first set' : (dir.split(/[\\/]/).pop() as string),
  pages: join(dir, 'pages'),
  labels: readLabels(dir),
}));
const EXPECTED = new Set(['match', 'mismatch', 'unverified', 'none']);

function occurrences(haystack: string, needle: string): number[] {
  const out: number[] = [];
  if (!needle) return out;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) out.push(i);
  return out;
}

// ASCII, Arabic-Indic and Persian digit runs (a figure's digits, whatever the script).
const DIGIT_RUN = /[0-9\u0660-\u0669\u06f0-\u06f9]+/g;

describe('labeled evaluation set', () => {
  test('every page has labels and every labeled page exists', () => {
    const files = readdirSync(PAGES).filter((f) => f.endsWith('.html')).sort();
    expect(labels.map((p) => p.page).sort()).toEqual(files);
    expect(new Set(labels.map((p) => p.page)).size).toBe(labels.length);
  });

  test('the set is big enough and balanced', () => {
    const all = labels.flatMap((p) => p.figures);
    const count = (e: string): number => all.filter((f) => f.expected === e).length;
    expect(labels.filter((p) => p.lang === 'ar').length).toBeGreaterThanOrEqual(10);
    expect(labels.filter((p) => p.lang === 'en').length).toBeGreaterThanOrEqual(4);
    expect(all.length).toBeGreaterThanOrEqual(150);
    expect(count('mismatch')).toBeGreaterThanOrEqual(35);
    expect(count('match')).toBeGreaterThanOrEqual(40);
    expect(count('none')).toBeGreaterThanOrEqual(50);
  });

});

describe.each(SETS.map((set) => [set.name, set] as const))('%s', (_set, set) => {
  test('every page has labels and every labeled page exists', () => {
    const files = readdirSync(set.pages).filter((f) => f.endsWith('.html')).sort();
    expect(set.labels.map((p) => p.page).sort()).toEqual(files);
  });

  describe.each(set.labels.map((p) => [p.page, p] as const))('%s', (_name, page) => {
    const html = readFileSync(join(set.pages, page.page), 'utf8');
    const text = visibleText(html);

    test('html lang and published date agree with the label file', () => {
      expect(html).toMatch(new RegExp(`<html[^>]*\\blang="${page.lang}"`));
      const m = /<meta[^>]+property="article:published_time"[^>]+content="([^"]+)"/.exec(html);
      expect(m?.[1]?.slice(0, 10)).toBe(page.published);
    });

    test('each label is well formed, its context is unique in the page and holds its text once', () => {
      const problems: string[] = [];
      for (const f of page.figures) {
        const id = `"${f.text}" «${f.context}»`;
        if (!EXPECTED.has(f.expected)) problems.push(`${id}: bad expected ${f.expected}`);
        const needsValue = f.expected === 'match' || f.expected === 'mismatch';
        if (needsValue && f.expectedValue === undefined) problems.push(`${id}: ${f.expected} needs expectedValue`);
        if (!needsValue && f.expectedValue !== undefined) problems.push(`${id}: ${f.expected} must not have expectedValue`);
        const inPage = occurrences(text, f.context).length;
        if (inPage !== 1) problems.push(`${id}: context occurs ${inPage} times in the visible text`);
        const inContext = occurrences(f.context, f.text).length;
        if (inContext !== 1) problems.push(`${id}: text occurs ${inContext} times in its context`);
      }
      expect(problems).toEqual([]);
    });

    test('no two labels claim the same figure', () => {
      const spans = new Map<number, string>();
      const dupes: string[] = [];
      for (const f of page.figures) {
        const at = text.indexOf(f.context) + f.context.indexOf(f.text);
        if (spans.has(at)) dupes.push(`"${f.text}" labeled twice («${spans.get(at)}» and «${f.context}»)`);
        spans.set(at, f.context);
      }
      expect(dupes).toEqual([]);
    });

    test('every digit in the visible text belongs to a labeled figure', () => {
      const covered = new Uint8Array(text.length);
      for (const f of page.figures) {
        const c = text.indexOf(f.context);
        if (c < 0) continue;
        const t = f.context.indexOf(f.text);
        if (t < 0) continue;
        covered.fill(1, c + t, c + t + f.text.length);
      }
      const unlabeled: string[] = [];
      for (const m of text.matchAll(DIGIT_RUN)) {
        const start = m.index ?? 0;
        if (!covered.slice(start, start + m[0].length).every((x) => x === 1)) {
          unlabeled.push(`${m[0]} in «${text.slice(Math.max(0, start - 30), start + m[0].length + 30)}»`);
        }
      }
      expect(unlabeled).toEqual([]);
    });
  });
});
