import { h, render } from 'preact';
import { renderStatic } from '../../../content-scripts/tooltip/static-render';
import { excerpt, safeHttpUrl, Tooltip, type TooltipProps } from '../../../content-scripts/tooltip/Tooltip';
import { place } from '../../../content-scripts/tooltip/position';

const XSS = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';

function props(over: Partial<TooltipProps> = {}): TooltipProps {
  return {
    figure: `3,000 ${XSS}`,
    sentence: `About 3,000 troops ${XSS} in Iraq.`,
    lang: 'en',
    verdict: {
      verdict: 'mismatch',
      rule: 'outside-range',
      factId: 'f1',
      expected: 2500,
      expectedText: { ar: 'نحو 2500', en: `about 2,500 ${XSS}` },
      explanation: { ar: 'خارج المدى', en: `Outside the range ${XSS}` },
    },
    source: { factId: 'f1', docId: 'd1', outlet: `Outlet ${XSS}`, published: '2023-03-01', quote: `quote ${XSS}`, asOf: '2023-03-01', url: 'javascript:alert(1)', title: 'A title' },
    ...over,
  };
}

describe.each([
  ['static renderer (content script)', (el: HTMLElement, p: TooltipProps) => renderStatic(document, el, h(Tooltip, p))],
  ['Preact render', (el: HTMLElement, p: TooltipProps) => render(h(Tooltip, p), el)],
])('Tooltip via %s', (_name, draw) => {
  test('page and corpus text render literally; no element comes from them', () => {
    const el = document.createElement('div');
    draw(el, props());
    expect(el.querySelector('img, script')).toBeNull();
    expect(el.textContent).toContain(XSS);
    expect(el.textContent).toContain(`“quote ${XSS}”`);
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  test('offers "open the source in Sanad" as a plain button with no handler of its own', () => {
    const el = document.createElement('div');
    draw(el, props());
    const button = el.querySelector('button[data-action="open-source"]');
    expect(button?.textContent).toBe('Open the source in Sanad');
    expect(button?.getAttribute('type')).toBe('button');
    expect(button?.getAttributeNames().filter((n) => n.startsWith('on'))).toEqual([]);
  });

  test('a javascript: URL is never a link; an https URL is, with noopener', () => {
    const el = document.createElement('div');
    draw(el, props());
    expect(el.querySelector('a')).toBeNull();
    expect(el.textContent).toContain('A title');
    const p = props();
    draw(el, { ...p, source: { ...p.source!, url: 'https://example.org/report' } });
    const a = el.querySelector('a')!;
    expect(a.getAttribute('href')).toBe('https://example.org/report');
    expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    expect(a.getAttribute('target')).toBe('_blank');
  });

  test('Arabic: rtl, lang, Arabic explanation and guillemets', () => {
    const el = document.createElement('div');
    draw(el, props({ lang: 'ar' }));
    const card = el.querySelector('.card')!;
    expect(card.getAttribute('dir')).toBe('rtl');
    expect(card.getAttribute('lang')).toBe('ar');
    expect(el.textContent).toContain('خارج المدى');
    expect(el.textContent).toContain('نحو 2500');
    expect(el.textContent).toContain('«quote');
    expect(el.querySelector('.chip-mismatch')).not.toBeNull();
  });
});

describe('tooltip helpers', () => {
  test('safeHttpUrl', () => {
    expect(safeHttpUrl('https://a.example/x')).toBe('https://a.example/x');
    expect(safeHttpUrl('JavaScript:alert(1)')).toBeNull();
    expect(safeHttpUrl('data:text/html,x')).toBeNull();
    expect(safeHttpUrl('/relative')).toBeNull();
    expect(safeHttpUrl(42)).toBeNull();
  });

  test('excerpt keeps the figure', () => {
    const s = 'x'.repeat(500) + ' 2,500 ' + 'y'.repeat(500);
    const e = excerpt(s, '2,500', 100);
    expect(e).toContain('2,500');
    expect(e.length).toBeLessThanOrEqual(106);
  });

  test('placement flips above near the bottom and clamps into the viewport', () => {
    const view = { width: 800, height: 600 };
    expect(place({ top: 100, bottom: 120, left: 50, right: 90 }, { width: 300, height: 150 }, view, false)).toEqual({ top: 126, left: 50, above: false });
    expect(place({ top: 560, bottom: 580, left: 700, right: 740 }, { width: 300, height: 150 }, view, false)).toEqual({ top: 404, left: 492, above: true });
    expect(place({ top: 100, bottom: 120, left: 10, right: 40 }, { width: 300, height: 150 }, view, true).left).toBe(8);
  });
});
