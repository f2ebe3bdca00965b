import { nearViewport, REGISTER_ALL_UP_TO } from '../../../content-scripts/near-viewport';

/** n flags, one per `step` px from the top of the document, with the page scrolled by `scroll` px. */
function flags(n: number, step: number, scroll: number) {
  let reads = 0;
  const list = Array.from({ length: n }, (_, i) => ({
    range: {
      getBoundingClientRect: () => {
        reads++;
        return { top: i * step - scroll, bottom: i * step - scroll + 20 };
      },
    },
  }));
  return { list, reads: () => reads };
}

describe('nearViewport', () => {
  test('a page with few flags registers all of them, without reading a box', () => {
    const f = flags(REGISTER_ALL_UP_TO, 100, 50_000);
    expect(nearViewport(f.list, 800)).toEqual([0, REGISTER_ALL_UP_TO]);
    expect(f.reads()).toBe(0);
  });

  test('a page with many flags registers those within two screens of the viewport, with few box reads', () => {
    const f = flags(2000, 100, 100_000); // viewport shows flags 1000–1007
    const [from, to] = nearViewport(f.list, 800);
    // Two screens above (−1600 px) to two screens below the viewport's bottom (+2400 px).
    expect(from).toBe(984); // bottom 984*100−100000+20 = −1580 ≥ −1600; 983 ends at −1680
    expect(to).toBe(1025); // top 1024*100−100000 = 2400 ≤ 2400; 1025 starts at 2500
    expect(f.reads()).toBeLessThan(30);
  });

  test('at the top and the bottom of the page the window is clipped to the flags there are', () => {
    expect(nearViewport(flags(1000, 100, 0).list, 800)).toEqual([0, 25]);
    expect(nearViewport(flags(1000, 100, 99_500).list, 800)).toEqual([979, 1000]);
  });

  test('no flag near the viewport: an empty window', () => {
    const [from, to] = nearViewport(flags(1000, 10, 1_000_000).list, 800);
    expect(to - from).toBe(0);
  });
});
