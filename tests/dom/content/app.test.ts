import { startContent, type ContentApp } from '../../../content-scripts/app';
import { HIGHLIGHT_ACTIVE, HIGHLIGHT_MATCH, HIGHLIGHT_MISMATCH } from '../../../content-scripts/highlighter';
import { HOST_ATTR } from '../../../content-scripts/tooltip/host';
import { fakeRuntime, installHighlights, installVisibility, removeHighlights, sleep, texts, type FakeRuntime } from './helpers';

const FAST = { retry: { backoffMs: [1, 1, 1], timeoutMs: 500 }, debounceMs: 10, fullRescanIntervalMs: 0 };

function article(): void {
  const doc = document;
  doc.documentElement.setAttribute('lang', 'en');
  const art = doc.createElement('article');
  const h1 = doc.createElement('h1');
  h1.textContent = 'US forces in Iraq';
  const p1 = doc.createElement('p');
  p1.append('The United States has about ');
  const b = doc.createElement('b');
  b.textContent = '3,000';
  p1.append(b, ' troops in Iraq, officials said.');
  const p2 = doc.createElement('p');
  p2.textContent = 'Another report said 2,500 American troops are in Iraq.';
  const p3 = doc.createElement('p');
  p3.textContent = 'The weather was mild, with 30 degrees.';
  const hidden = doc.createElement('p');
  hidden.style.display = 'none';
  hidden.textContent = 'There are 4,000 US troops in Iraq.';
  const ta = doc.createElement('textarea');
  ta.value = 'There are 5,000 US troops in Iraq.';
  ta.textContent = 'There are 5,000 US troops in Iraq.';
  art.append(h1, p1, p2, p3, hidden, ta);
  doc.body.replaceChildren(art);
}

let registry: ReturnType<typeof installHighlights>;
let app: ContentApp | null = null;

beforeAll(() => installVisibility());
beforeEach(() => {
  registry = installHighlights();
  article();
});
afterEach(() => {
  app?.stop();
  app = null;
  removeHighlights();
  jest.restoreAllMocks();
  for (const el of Array.from(document.documentElement.children)) if (el.hasAttribute(HOST_ATTR)) el.remove();
});

async function start(runtime: FakeRuntime, extra: Parameters<typeof startContent>[0] extends infer O ? Partial<O> : never = {}) {
  app = startContent({ runtime, ...FAST, ...extra });
  await app.idle();
  return app;
}

function send(runtime: FakeRuntime, message: unknown, sender = { id: runtime.id }): Promise<unknown> | undefined {
  return runtime.listeners[0]!(message, sender) as Promise<unknown> | undefined;
}

describe('content script', () => {
  test('one check message per pass with only visible, editable-free text; mismatches highlighted', async () => {
    const runtime = fakeRuntime();
    const before = document.body.outerHTML;
    await start(runtime);
    expect(runtime.of('sanad/hello')).toHaveLength(1);
    const checks = runtime.of('sanad/check');
    expect(checks).toHaveLength(1);
    const args = checks[0]!.args as { texts: string[]; contexts: string[]; title?: string };
    // Blocks with a figure, in document order; the heading before them travels as context.
    expect(args.texts).toEqual(['The United States has about 3,000 troops in Iraq, officials said.', 'Another report said 2,500 American troops are in Iraq.', 'The weather was mild, with 30 degrees.']);
    expect(args.contexts[0]).toBe('US forces in Iraq');
    expect(args.contexts).toHaveLength(3);
    expect(texts(registry.get(HIGHLIGHT_MISMATCH))).toEqual(['3,000']);
    expect(registry.has(HIGHLIGHT_MATCH)).toBe(false);
    // The page's DOM is untouched: no wrapper, no attribute, no host (nothing hovered yet).
    expect(document.body.outerHTML).toBe(before);
    expect(Array.from(document.documentElement.children).some((e) => e.hasAttribute(HOST_ATTR))).toBe(false);
  });

  test('the badge count follows what is flagged: incremental rescans add to it, removed text leaves it', async () => {
    const runtime = fakeRuntime();
    await start(runtime);
    const lastCount = () => runtime.of('sanad/flagCount').at(-1)?.args;
    expect(lastCount()).toEqual({ count: 1, seq: 1 }); // 3,000
    const p = document.createElement('p');
    p.textContent = 'Officials now say 4,000 US troops are in Iraq.';
    document.querySelector('article')!.append(p);
    await sleep(50);
    await app!.idle();
    expect(texts(registry.get(HIGHLIGHT_MISMATCH))).toEqual(['3,000', '4,000']);
    expect(lastCount()).toEqual({ count: 2, seq: 2 }); // not 1: the incremental pass checked only the new paragraph
    document.querySelector('b')!.closest('p')!.remove();
    await sleep(50);
    await app!.idle();
    expect(texts(registry.get(HIGHLIGHT_MISMATCH))).toEqual(['4,000']);
    expect(lastCount()).toEqual({ count: 1, seq: 3 });
    const reports = runtime.of('sanad/flagCount').length;
    send(runtime, { type: 'sanad/rescan', args: {} });
    await app!.idle();
    expect(runtime.of('sanad/flagCount')).toHaveLength(reports); // same count: nothing to report
  });

  test('matches are highlighted only when markConsistent', async () => {
    await start(fakeRuntime({ markConsistent: true }));
    expect(texts(registry.get(HIGHLIGHT_MISMATCH))).toEqual(['3,000']);
    expect(texts(registry.get(HIGHLIGHT_MATCH))).toEqual(['2,500']);
  });

  test('a check message that fails twice (service worker asleep) then succeeds still annotates', async () => {
    const runtime = fakeRuntime({ failCheck: 2 });
    await start(runtime);
    expect(runtime.of('sanad/check')).toHaveLength(3);
    expect(texts(registry.get(HIGHLIGHT_MISMATCH))).toEqual(['3,000']);
  });

  test('disabled site: hello only, no scan, no highlight', async () => {
    const runtime = fakeRuntime({ enabled: false });
    await start(runtime);
    expect(runtime.of('sanad/check')).toHaveLength(0);
    expect(registry.size).toBe(0);
  });

  test('no window "message" listener; postMessage forgeries do nothing', async () => {
    const spy = jest.spyOn(window, 'addEventListener');
    const docSpy = jest.spyOn(document, 'addEventListener');
    const runtime = fakeRuntime();
    await start(runtime);
    expect(spy.mock.calls.filter(([type]) => type === 'message')).toHaveLength(0);
    expect(docSpy.mock.calls.filter(([type]) => type === 'message')).toHaveLength(0);
    window.postMessage({ type: 'sanad/rescan', args: {} }, '*');
    window.postMessage({ type: 'matchClaims', claims: [] }, '*');
    await sleep(30);
    await app!.idle();
    expect(runtime.of('sanad/hello')).toHaveLength(1);
    expect(runtime.of('sanad/check')).toHaveLength(1);
  });

  test("pageInfo gives the page's publication date, to its own extension only", async () => {
    const meta = document.createElement('meta');
    meta.setAttribute('property', 'article:published_time');
    meta.setAttribute('content', '2024-02-11T08:00:00Z');
    document.head.appendChild(meta);
    try {
      const runtime = fakeRuntime();
      await start(runtime);
      expect(send(runtime, { type: 'sanad/pageInfo', args: {} }, { id: 'evil@other' })).toBeUndefined();
      expect(await send(runtime, { type: 'sanad/pageInfo', args: {} })).toEqual({ published: '2024-02-11' });
    } finally {
      meta.remove();
    }
  });

  test('answers only its own extension: listFlags, scrollToFlag, rescan', async () => {
    const runtime = fakeRuntime();
    await start(runtime);
    expect(send(runtime, { type: 'sanad/listFlags', args: {} }, { id: 'evil@other' })).toBeUndefined();
    expect(send(runtime, { type: 'sanad/check', args: {} })).toBeUndefined();
    const list = (await send(runtime, { type: 'sanad/listFlags', args: {} })) as { flags: Array<Record<string, unknown>> };
    expect(list.flags).toEqual([{ index: 0, text: '3,000', verdict: 'mismatch', expected: 'about 2,500', sentence: expect.stringContaining('3,000 troops') }]);

    const attach = jest.spyOn(Element.prototype, 'attachShadow');
    expect(await send(runtime, { type: 'sanad/scrollToFlag', args: { index: 5 } })).toEqual({ ok: false });
    expect(await send(runtime, { type: 'sanad/scrollToFlag', args: { index: 0 } })).toEqual({ ok: true });
    expect(texts(registry.get(HIGHLIGHT_ACTIVE))).toEqual(['3,000']);
    // The host sits on <html>, outside <body>, has no light DOM, and a CLOSED shadow root.
    const host = Array.from(document.documentElement.children).find((e) => e.hasAttribute(HOST_ATTR))!;
    expect(host.parentNode).toBe(document.documentElement);
    expect(host.childNodes).toHaveLength(0);
    expect(attach).toHaveBeenCalledWith({ mode: 'closed' });
    expect(host.shadowRoot).toBeNull();
    const root = attach.mock.results[0]!.value as ShadowRoot;
    expect(root.textContent).toContain('3,000');
    expect(root.textContent).toContain('Reuters');
    expect(root.textContent).toContain('“about 2,500 troops”');

    expect(await send(runtime, { type: 'sanad/rescan', args: {} })).toEqual({ ok: true });
    await app!.idle();
    expect(runtime.of('sanad/hello')).toHaveLength(2);
    expect(texts(registry.get(HIGHLIGHT_MISMATCH))).toEqual(['3,000']); // same set, no duplicates
  });

  test('untrusted key events do nothing', async () => {
    const runtime = fakeRuntime();
    await start(runtime);
    window.dispatchEvent(new KeyboardEvent('keydown', { code: 'KeyN', key: 'N', altKey: true, shiftKey: true, bubbles: true }));
    expect(registry.has(HIGHLIGHT_ACTIVE)).toBe(false);
  });

  test('incremental: added text is scanned alone; removed text loses its flag; rescans are idempotent', async () => {
    const runtime = fakeRuntime();
    await start(runtime);
    const p = document.createElement('p');
    p.textContent = 'Now 1,200 US troops remain in Syria.';
    document.querySelector('article')!.appendChild(p);
    await sleep(80);
    await app!.idle();
    const checks = runtime.of('sanad/check');
    expect(checks).toHaveLength(2);
    expect(checks[1]!.args.texts).toEqual(['Now 1,200 US troops remain in Syria.']);
    expect(texts(registry.get(HIGHLIGHT_MISMATCH))).toEqual(['3,000', '1,200']);

    // Re-render the same text (framework-style): same flags, no duplicates.
    p.textContent = 'Now 1,200 US troops remain in Syria.';
    await sleep(80);
    await app!.idle();
    expect(texts(registry.get(HIGHLIGHT_MISMATCH))).toEqual(['3,000', '1,200']);

    p.remove();
    await sleep(80);
    await app!.idle();
    expect(texts(registry.get(HIGHLIGHT_MISMATCH))).toEqual(['3,000']);
  });

  test('mutations inside the host element are ignored', async () => {
    const runtime = fakeRuntime();
    await start(runtime);
    await send(runtime, { type: 'sanad/scrollToFlag', args: { index: 0 } });
    const host = Array.from(document.documentElement.children).find((e) => e.hasAttribute(HOST_ATTR))!;
    // A hostile page moves our host into <body> and pokes it.
    document.body.appendChild(host);
    host.appendChild(document.createTextNode('9,999 US troops in Iraq'));
    await sleep(80);
    await app!.idle();
    expect(runtime.of('sanad/check')).toHaveLength(1);
  });

  test('without CSS.highlights nothing is painted and nothing is wrapped', async () => {
    removeHighlights();
    const before = document.body.outerHTML;
    const runtime = fakeRuntime();
    await start(runtime);
    expect(runtime.of('sanad/check')).toHaveLength(1);
    expect(document.body.outerHTML).toBe(before);
  });
});
