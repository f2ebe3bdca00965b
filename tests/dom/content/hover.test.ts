import { FlagStore, type Flag } from '../../../content-scripts/flags';
import { hitTest } from '../../../content-scripts/hover';
import { judgeTroops } from './helpers';

describe('hover hit test', () => {
  const rect = { left: 10, right: 50, top: 10, bottom: 30, width: 40, height: 20, x: 10, y: 10 } as DOMRect;
  let caret: { node: Node; offset: number } | null = null;
  const doc = document as Document & { caretRangeFromPoint?: unknown };

  beforeAll(() => {
    doc.caretRangeFromPoint = () => {
      if (!caret) return null;
      const r = document.createRange();
      r.setStart(caret.node, caret.offset);
      return r;
    };
    (Range.prototype as unknown as { getClientRects: () => DOMRect[] }).getClientRects = () => [rect];
  });
  afterAll(() => {
    delete (doc as { caretRangeFromPoint?: unknown }).caretRangeFromPoint;
    delete (Range.prototype as unknown as { getClientRects?: unknown }).getClientRects;
  });

  test('caret inside a flagged range and pointer on its box → hit; elsewhere → miss', () => {
    const p = document.createElement('p');
    p.textContent = 'About 3,000 troops';
    document.body.replaceChildren(p);
    const text = p.firstChild as Text;
    const range = document.createRange();
    range.setStart(text, 6);
    range.setEnd(text, 11);
    const judged = judgeTroops({ value: 3000 } as never);
    const flag: Flag = { range, claim: { text: '3,000', sentence: 'About 3,000 troops' }, verdict: judged.verdict, source: judged.source, lang: 'en' };
    const store = new FlagStore();
    store.replaceAll([flag]);

    caret = { node: text, offset: 8 };
    expect(hitTest(document, store, 20, 20)?.flag).toBe(flag);
    expect(hitTest(document, store, 200, 200)).toBeNull(); // caret snapped, but the pointer is not on the figure
    caret = { node: text, offset: 2 };
    expect(hitTest(document, store, 20, 20)).toBeNull();
    caret = null;
    expect(hitTest(document, store, 20, 20)).toBeNull();
  });
});
