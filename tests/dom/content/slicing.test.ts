// The scan's slicing: long blocks cut into pieces for the engine, the slicer asked between engine
// calls, and judge messages split into batches. No timings here: a fake slicer counts the yields.
import { compileLexicon } from '../../../core/index';
import { judgeBatches } from '../../../content-scripts/batches';
import { chunkCuts, scanRoots, type ScanOutput } from '../../../content-scripts/scan';
import type { Slicer } from '../../../content-scripts/scheduler';
import { startContent, type ContentApp } from '../../../content-scripts/app';
import { HIGHLIGHT_MISMATCH } from '../../../content-scripts/highlighter';
import { LIMITS } from '../../../extension/protocol-validate';
import { fakeRuntime, installHighlights, installVisibility, removeHighlights, texts } from './helpers';

const lexicon = compileLexicon([]);
const TROOPS = (n: number) => `The United States has about ${n} troops in Iraq, officials said.`;
const FILLER = 'The weather in the capital stayed mild and the markets were calm.';

/** A slicer that always asks to yield, and counts how often the scan did. */
function countingSlicer(): Slicer & { yields: number } {
  const s = {
    yields: 0,
    shouldYield: () => true,
    yieldNow: async () => {
      s.yields++;
    },
  };
  return s;
}

const neverYield: Slicer = { shouldYield: () => false, yieldNow: async () => undefined };

function scan(root: Element, slicer: Slicer, chunkChars?: number): Promise<ScanOutput> {
  return scanRoots({
    roots: [root],
    lexicon,
    pageLang: 'en',
    slicer,
    isCurrent: () => true,
    isVisible: () => true,
    ...(chunkChars ? { chunkChars } : {}),
  });
}

beforeAll(() => installVisibility());

describe('chunkCuts', () => {
  test('a short text is one piece', () => {
    expect(chunkCuts('abc. def.', 100)).toEqual([0, 9]);
  });

  test('cuts at sentence ends, every piece within the limit, covering the whole text', () => {
    const text = Array.from({ length: 40 }, (_, i) => TROOPS(1000 + i)).join(' ');
    const cuts = chunkCuts(text, 300);
    expect(cuts[0]).toBe(0);
    expect(cuts[cuts.length - 1]).toBe(text.length);
    expect(cuts.length).toBeGreaterThan(text.length / 300);
    for (let i = 1; i < cuts.length; i++) {
      expect(cuts[i]! - cuts[i - 1]!).toBeLessThanOrEqual(300);
      expect(cuts[i]! - cuts[i - 1]!).toBeGreaterThan(0);
      // Each inner cut follows ". " (a sentence end), so no sentence is split.
      if (i < cuts.length - 1) expect(text.slice(cuts[i]! - 2, cuts[i])).toBe('. ');
    }
  });

  test('prefers a newline, and falls back to a space or a hard cut', () => {
    const withNewline = 'a'.repeat(60) + '. ' + 'b'.repeat(10) + '\n' + 'c'.repeat(60);
    expect(chunkCuts(withNewline, 100)[1]).toBe(73);
    const spaces = ('word '.repeat(30)).trim();
    const c = chunkCuts(spaces, 50);
    expect(spaces.charAt(c[1]! - 1)).toBe(' ');
    expect(chunkCuts('x'.repeat(250), 100)).toEqual([0, 100, 200, 250]);
  });
});

describe('scan slicing', () => {
  test('a long block is handed to the engine in pieces: same figures, same ranges, a yield chance between pieces', async () => {
    const text = Array.from({ length: 30 }, (_, i) => (i % 3 === 0 ? TROOPS(3000 + i) : FILLER)).join(' ');
    const p = document.createElement('p');
    p.textContent = text;
    document.body.replaceChildren(p);
    const whole = await scan(document.body, neverYield);
    const slicer = countingSlicer();
    const pieces = await scan(document.body, slicer, 400);
    expect(whole.status).toBe('done');
    expect(pieces.status).toBe('done');
    expect(whole.found.map((f) => f.wire.text)).toEqual(Array.from({ length: 10 }, (_, i) => String(3000 + 3 * i)));
    expect(pieces.found.map((f) => f.wire.text)).toEqual(whole.found.map((f) => f.wire.text));
    expect(pieces.found.map((f) => [f.range.startOffset, f.range.endOffset])).toEqual(whole.found.map((f) => [f.range.startOffset, f.range.endOffset]));
    expect(pieces.found.map((f) => f.wire.sentence)).toEqual(whole.found.map((f) => f.wire.sentence));
    // One block, so only the pieces give the scan a chance to yield.
    expect(slicer.yields).toBeGreaterThanOrEqual(chunkCuts(text, 400).length - 1);
  });

  test('the slicer is asked between blocks, not only every 128 nodes', async () => {
    const art = document.createElement('article');
    for (let i = 0; i < 12; i++) {
      const p = document.createElement('p');
      p.textContent = TROOPS(4000 + i);
      art.append(p);
    }
    document.body.replaceChildren(art);
    const slicer = countingSlicer();
    const out = await scan(document.body, slicer);
    expect(out.found).toHaveLength(12);
    expect(slicer.yields).toBeGreaterThanOrEqual(12);
  });

  test('a pass superseded between two engine calls stops there', async () => {
    const art = document.createElement('article');
    for (let i = 0; i < 6; i++) {
      const p = document.createElement('p');
      p.textContent = TROOPS(4000 + i);
      art.append(p);
    }
    document.body.replaceChildren(art);
    let yields = 0;
    const out = await scanRoots({
      roots: [document.body],
      lexicon,
      slicer: { shouldYield: () => true, yieldNow: async () => void yields++ },
      isCurrent: () => yields < 3,
      isVisible: () => true,
    });
    expect(out.status).toBe('superseded');
    expect(yields).toBe(3);
  });
});

describe('the page title', () => {
  test('a title about the coalition makes every sentence of the page topical, as the CLI reads it', async () => {
    const p = document.createElement('p');
    p.textContent = 'The weather was mild. Some 4,000 troops are stationed in Iraq, officials said.';
    document.body.replaceChildren(p);
    const run = (title?: string) =>
      scanRoots({ roots: [document.body], lexicon, slicer: neverYield, isCurrent: () => true, isVisible: () => true, ...(title ? { title } : {}) });
    expect((await run()).found).toHaveLength(0);
    expect((await run('Weather and markets')).found).toHaveLength(0);
    const topical = await run('The U.S.-led coalition in Iraq: what comes next');
    expect(topical.found.map((f) => f.wire.text)).toEqual(['4,000']);
  });
});

describe('judge batches', () => {
  test('split by count, in order, nothing dropped', () => {
    expect(judgeBatches([1, 1, 1, 1, 1], 2, 100)).toEqual([[0, 2], [2, 4], [4, 5]]);
    expect(judgeBatches([], 2, 100)).toEqual([]);
  });

  test('split by sentence characters; an oversized sentence gets its own batch', () => {
    expect(judgeBatches([40, 40, 40, 500, 10], 100, 100)).toEqual([[0, 2], [2, 3], [3, 4], [4, 5]]);
  });

  test('never above the background limits', () => {
    const batches = judgeBatches(new Array(LIMITS.claims * 2 + 1).fill(1), LIMITS.claims * 10, Infinity);
    expect(batches.map(([a, b]) => b - a)).toEqual([LIMITS.claims, LIMITS.claims, 1]);
  });
});

describe('content script with several judge messages', () => {
  let app: ContentApp | null = null;
  let registry: ReturnType<typeof installHighlights>;
  beforeEach(() => {
    registry = installHighlights();
  });
  afterEach(() => {
    app?.stop();
    app = null;
    removeHighlights();
  });

  test('every batch is judged under the same generation and all mismatches are painted at once', async () => {
    document.documentElement.setAttribute('lang', 'en');
    const art = document.createElement('article');
    const values = [3000, 2500, 3100, 3200, 2500, 3300, 3400];
    for (const v of values) {
      const p = document.createElement('p');
      p.textContent = TROOPS(v);
      art.append(p);
    }
    document.body.replaceChildren(art);
    const runtime = fakeRuntime();
    app = startContent({ runtime, retry: { backoffMs: [1], timeoutMs: 500 }, debounceMs: 10, fullRescanIntervalMs: 0, judgeBatch: 3 });
    await app.idle();
    const judges = runtime.of('sanad/judge');
    expect(judges.map((j) => (j.args.claims as unknown[]).length)).toEqual([3, 3, 1]);
    expect(new Set(judges.map((j) => j.args.generation)).size).toBe(1);
    expect(judges.flatMap((j) => (j.args.claims as Array<{ value: number }>).map((c) => c.value))).toEqual(values);
    expect(texts(registry.get(HIGHLIGHT_MISMATCH))).toEqual(['3000', '3100', '3200', '3300', '3400']);
  });
});
