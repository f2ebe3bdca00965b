// The content script checks the background's check replies before painting: a malformed figure is
// dropped, never thrown on, and a figure's source is looked up in the reply's table.
import { checkFigure, checkHello } from '../../../content-scripts/reply';

const verdict = {
  verdict: 'mismatch',
  rule: 'outside-range',
  factId: 'f1',
  expected: 2500,
  expectedText: { ar: 'نحو 2,500', en: 'about 2,500' },
  explanation: { ar: 'خارج المدى', en: 'Outside the range.' },
};
const source = { factId: 'f1', docId: 'd1', outlet: 'Reuters', published: '2024-02-11', quote: 'about 2,500 troops', asOf: '2024-02-11' };
const figure = { piece: 1, start: 4, end: 9, text: '4,000', sentence: 'Some 4,000 troops', verdict, source: 0 };

describe('checkFigure', () => {
  it('reads a figure and looks its source up', () => {
    expect(checkFigure(figure, 2, [source])).toEqual({ piece: 1, start: 4, end: 9, text: '4,000', sentence: 'Some 4,000 troops', verdict, source });
    expect(checkFigure({ ...figure, source: -1 }, 2, [source])?.source).toBeNull();
    expect(checkFigure({ ...figure, source: 5 }, 2, [source])?.source).toBeNull(); // no such source: shown without one
  });

  it.each([
    ['a piece that was not sent', { ...figure, piece: 2 }],
    ['a negative piece', { ...figure, piece: -1 }],
    ['a fractional offset', { ...figure, start: 1.5 }],
    ['a figure text that is not a string', { ...figure, text: 4000 }],
    ['an unknown verdict', { ...figure, verdict: { ...verdict, verdict: 'true' } }],
    ['no explanation', { ...figure, verdict: { ...verdict, explanation: null } }],
    ['not an object', 'figure'],
  ])('drops %s', (_name, x) => {
    expect(checkFigure(x, 2, [source])).toBeNull();
  });
});

describe('checkHello', () => {
  it('needs a boolean enabled; reads the rest with defaults', () => {
    expect(checkHello({ enabled: true, markConsistent: true, revision: 3 })).toEqual({ enabled: true, markConsistent: true, revision: 3 });
    expect(checkHello({ enabled: false })).toEqual({ enabled: false, markConsistent: false, revision: 0 });
    expect(checkHello({ enabled: 'yes' })).toBeNull();
    expect(checkHello(null)).toBeNull();
  });
});
