// The scan: long blocks cut into pieces for the engine, visible candidate blocks only, the walk
// sliced, and check messages split into batches. No timings here: a fake slicer counts the yields.
import { extractPiece } from '../../../background/check';
import { compileLexicon } from '../../../core/index';
import { messageBatches } from '../../../content-scripts/batches';
import { cachedVisibility, chunkCuts, locateFigure, scanRoots, type ScanOutput } from '../../../content-scripts/scan';
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

/** Replaces the body with an article of one troop sentence per value. */
function troopArticle(values: readonly number[]): void {
  const art = document.createElement('article');
  for (const v of values) {
    const p = document.createElement('p');
    p.textContent = TROOPS(v);
    art.append(p);
  }
  document.body.replaceChildren(art);
}

const countUp = (n: number, from: number) => Array.from({ length: n }, (_, i) => from + i);

const neverYield: Slicer = { shouldYield: () => false, yieldNow: async () => undefined };

function scan(root: Element, slicer: Slicer, chunkChars?: number): Promise<ScanOutput> {
  return scanRoots({
    roots: [root],
    slicer,
    isCurrent: () => true,
    isShown: cachedVisibility(() => true),
    ...(chunkChars ? { chunkChars } : {}),
  });
}

/** What the background would find in the pieces, located back in the page as the content script does. */
function figures(out: ScanOutput): Array<{ text: string; sentence: string; range: Range }> {
  const list: Array<{ text: string; sentence: string; range: Range }> = [];
  for (const piece of out.pieces) {
    for (const c of extractPiece(piece.text, piece.context, lexicon, {})) {
      const range = locateFigure(piece, c.start, c.end, () => true);
      if (range) list.push({ text: c.text, sentence: c.sentence, range });
    }
  }
  return list;
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

describe('scan pieces', () => {
  test('a long block is cut into pieces: same figures, same ranges, each piece with the text before it as context', async () => {
    const text = Array.from({ length: 30 }, (_, i) => (i % 3 === 0 ? TROOPS(3000 + i) : FILLER)).join(' ');
    const p = document.createElement('p');
    p.textContent = text;
    document.body.replaceChildren(p);
    const whole = await scan(document.body, neverYield);
    const cut = await scan(document.body, neverYield, 400);
    expect(whole.pieces).toHaveLength(1);
    expect(cut.pieces.length).toBe(chunkCuts(text, 400).length - 1);
    expect(cut.pieces.map((x) => x.text).join('')).toBe(text);
    for (const piece of cut.pieces.slice(1)) expect(text.slice(0, piece.from).endsWith(piece.context)).toBe(true);
    const a = figures(whole);
    const b = figures(cut);
    expect(a.map((f) => f.text)).toEqual(Array.from({ length: 10 }, (_, i) => String(3000 + 3 * i)));
    expect(b.map((f) => f.text)).toEqual(a.map((f) => f.text));
    expect(b.map((f) => [f.range.startOffset, f.range.endOffset])).toEqual(a.map((f) => [f.range.startOffset, f.range.endOffset]));
    expect(b.map((f) => f.sentence)).toEqual(a.map((f) => f.sentence));
  });

  test('only visible blocks with a figure are sent; the block before one is its context', async () => {
    const art = document.createElement('article');
    const h = document.createElement('h2');
    h.textContent = 'Troops in Iraq';
    const p1 = document.createElement('p');
    p1.textContent = 'About 4,000 remain, officials said.';
    const hidden = document.createElement('p');
    hidden.hidden = true;
    hidden.textContent = 'About 5,000 remain.';
    const plain = document.createElement('p');
    plain.textContent = 'Nothing to count here.';
    art.append(h, p1, hidden, plain);
    document.body.replaceChildren(art);
    const out = await scanRoots({ roots: [document.body], slicer: neverYield, isCurrent: () => true, isShown: cachedVisibility() });
    expect(out.pieces.map((x) => [x.context, x.text])).toEqual([['Troops in Iraq', 'About 4,000 remain, officials said.']]);
  });

  test('a figure in a hidden inline element of a visible block is not located', async () => {
    const p = document.createElement('p');
    p.append('Some ');
    const span = document.createElement('span');
    span.style.display = 'none';
    span.textContent = '4,000';
    p.append(span, ' US troops are in Iraq.');
    document.body.replaceChildren(p);
    const out = await scanRoots({ roots: [document.body], slicer: neverYield, isCurrent: () => true, isShown: cachedVisibility() });
    const piece = out.pieces[0]!;
    const at = piece.text.indexOf('4,000');
    expect(locateFigure(piece, at, at + 5, cachedVisibility())).toBeNull();
    expect(locateFigure(piece, at, at + 5, () => true)?.toString()).toBe('4,000');
    expect(locateFigure(piece, at, piece.text.length + 1, () => true)).toBeNull(); // out of the piece
  });

  test('the walk yields to the slicer, and a pass superseded at a yield stops there', async () => {
    troopArticle(countUp(600, 4000));
    const slicer = countingSlicer();
    const out = await scan(document.body, slicer);
    expect(out.pieces).toHaveLength(600);
    expect(slicer.yields).toBeGreaterThanOrEqual(Math.floor(1200 / 128));
    let yields = 0;
    const stopped = await scanRoots({
      roots: [document.body],
      slicer: { shouldYield: () => true, yieldNow: async () => void yields++ },
      isCurrent: () => yields < 3,
      isShown: cachedVisibility(() => true),
    });
    expect(stopped.status).toBe('superseded');
    expect(yields).toBe(3);
  });

  test('a pass keeps at most maxChars of text', async () => {
    troopArticle(countUp(50, 4000));
    const out = await scanRoots({ roots: [document.body], slicer: neverYield, isCurrent: () => true, isShown: cachedVisibility(() => true), maxChars: 1000 });
    const chars = out.pieces.reduce((n, x) => n + x.text.length + x.context.length, 0);
    expect(out.pieces.length).toBeLessThan(50);
    expect(chars).toBeGreaterThanOrEqual(1000);
    expect(chars).toBeLessThan(1000 + 2 * TROOPS(4000).length);
  });
});

describe('check batches', () => {
  test('split by count, in order, nothing dropped', () => {
    expect(messageBatches([1, 1, 1, 1, 1], 2, 100)).toEqual([[0, 2], [2, 4], [4, 5]]);
    expect(messageBatches([], 2, 100)).toEqual([]);
  });

  test('split by characters; an oversized piece gets its own batch', () => {
    expect(messageBatches([40, 40, 40, 500, 10], 100, 100)).toEqual([[0, 2], [2, 3], [3, 4], [4, 5]]);
  });

  test('never above the background limits', () => {
    const batches = messageBatches(new Array(LIMITS.texts * 2 + 1).fill(1), LIMITS.texts * 10, Infinity);
    expect(batches.map(([a, b]) => b - a)).toEqual([LIMITS.texts, LIMITS.texts, 1]);
  });
});

describe('content script with several check messages', () => {
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

  test('every batch is checked under the same generation and all mismatches are painted at once', async () => {
    document.documentElement.setAttribute('lang', 'en');
    const values = [3000, 2500, 3100, 3200, 2500, 3300, 3400];
    troopArticle(values);
    const runtime = fakeRuntime();
    app = startContent({ runtime, retry: { backoffMs: [1], timeoutMs: 500 }, debounceMs: 10, fullRescanIntervalMs: 0, checkBatch: 3 });
    await app.idle();
    const checks = runtime.of('sanad/check');
    expect(checks.map((j) => (j.args.texts as unknown[]).length)).toEqual([3, 3, 1]);
    expect(new Set(checks.map((j) => j.args.generation)).size).toBe(1);
    expect(checks.flatMap((j) => j.args.texts as string[])).toEqual(values.map(TROOPS));
    expect(texts(registry.get(HIGHLIGHT_MISMATCH))).toEqual(['3000', '3100', '3200', '3300', '3400']);
  });
});
