import { FlagStore, type Flag } from '../../../content-scripts/flags';
import { judgeTroops } from './helpers';

/** Three paragraphs with one figure each; flags for them, in the order given. */
function setUp(): { texts: Text[]; flag: (i: number, value?: number) => Flag } {
  const ps = ['1 of 3: 100 troops', '2 of 3: 200 troops', '3 of 3: 300 troops'].map((t) => {
    const p = document.createElement('p');
    p.textContent = t;
    return p;
  });
  document.body.replaceChildren(...ps);
  const texts = ps.map((p) => p.firstChild as Text);
  const flag = (i: number, value = 100 * (i + 1)): Flag => {
    const range = document.createRange();
    range.setStart(texts[i] as Text, 8);
    range.setEnd(texts[i] as Text, 11);
    const judged = judgeTroops({ value } as never);
    return { range, claim: { text: String(value), sentence: '' }, verdict: judged.verdict, source: judged.source, lang: 'en' };
  };
  return { texts, flag };
}

const order = (store: FlagStore): string[] => store.list().map((f) => (f.range.startContainer as Text).data.slice(0, 1));

describe('FlagStore', () => {
  test('a full pass in document order is kept as is', () => {
    const { flag } = setUp();
    const store = new FlagStore();
    store.replaceAll([flag(0), flag(1), flag(2)]);
    expect(order(store)).toEqual(['1', '2', '3']);
  });

  test('a full pass out of document order is sorted', () => {
    const { flag } = setUp();
    const store = new FlagStore();
    store.replaceAll([flag(2), flag(0), flag(1)]);
    expect(order(store)).toEqual(['1', '2', '3']);
  });

  test('ranges whose text left the document are dropped; the same span twice keeps the newer flag', () => {
    const { texts, flag } = setUp();
    const store = new FlagStore();
    const older = flag(1, 200);
    const newer = flag(1, 250);
    const gone = flag(2);
    (texts[2] as Text).parentElement?.remove();
    store.replaceAll([flag(0), older, newer, gone]);
    expect(order(store)).toEqual(['1', '2']);
    expect(store.at(1)).toBe(newer);
    expect(store.touching(texts[1] as Text)).toEqual([newer]);
  });

  test('an incremental pass replaces the flags inside its roots only, and keeps document order', () => {
    const { texts, flag } = setUp();
    const store = new FlagStore();
    store.replaceAll([flag(0), flag(2)]);
    const root = (texts[1] as Text).parentElement as Element;
    store.replaceWithin([root], [flag(1)]);
    expect(order(store)).toEqual(['1', '2', '3']);
  });
});
