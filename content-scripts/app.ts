// The content script's composition root. Everything it needs comes in through ContentOptions
// (runtime, window), so the DOM tests drive it with fakes. Order of work: answer the extension's
// messages (registered first, synchronously), say hello, then scan in slices, check in batched
// messages (one for a typical article), paint highlights once per pass, and keep up with the page
// through the MutationObserver.
// Passes are serialised; a newer generation (rescan, disable) makes an older pass drop its result.
import type { FlagSummary } from '../extension/protocol';
import { LIMITS, TO_CONTENT, validateEnvelope } from '../extension/protocol-validate';
import { CHECK_BATCH, messageBatches } from './batches';
import { FlagStore, type Flag } from './flags';
import { Highlighter } from './highlighter';
import { trackHover } from './hover';
import { trackKeyboard } from './keyboard';
import { ContextGone, request, type RetryOptions, type RuntimeLike } from './messaging';
import { readPageMeta, readPublished, uiLang } from './meta';
import { ChangeObserver, type Change } from './observer';
import { checkFigure, checkHello } from './reply';
import { nearViewport, REGISTER_ALL_UP_TO } from './near-viewport';
import { cachedVisibility, locateFigure, scanRoots, type Piece } from './scan';
import { createSlicer, nextTask } from './scheduler';
import { TooltipHost } from './tooltip/host';
import type { Box } from './tooltip/position';

export interface ContentOptions {
  runtime: RuntimeLike;
  win?: Window;
  retry?: RetryOptions;
  debounceMs?: number;
  /** Least time between two full rescans caused by mutation storms. */
  fullRescanIntervalMs?: number;
  sliceMs?: number;
  /** Pieces of text per check message (default CHECK_BATCH). */
  checkBatch?: number;
  isVisible?: (el: Element) => boolean;
  hideDelayMs?: number;
}

export interface ContentApp {
  /** Resolves once the hello is answered and no pass is running or queued (for tests). */
  idle(): Promise<void>;
  stop(): void;
}

type Raf = (cb: () => void) => unknown;

/** Most flags one pass keeps (a Flag holds a Range and its sentence: bounds memory on pathological pages). */
export const MAX_FLAGS = 20_000;

export function startContent(o: ContentOptions): ContentApp {
  const win = o.win ?? window;
  const doc = win.document;
  const runtime = o.runtime;
  const raf: Raf = typeof win.requestAnimationFrame === 'function' ? (cb) => win.requestAnimationFrame(cb) : (cb) => setTimeout(cb, 16);
  const fullInterval = o.fullRescanIntervalMs ?? 2000;

  let stopped = false;
  let enabled = false;
  let markConsistent = false;
  let generation = 0;
  const store = new FlagStore();
  const highlighter = new Highlighter();
  let active: Flag | null = null;
  let mode: 'hover' | 'keyboard' | null = null;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;

  const tooltip = new TooltipHost(doc, { onEnter: () => cancelHide(), onLeave: () => scheduleHide(), onOpenSource: () => openSource() });
  const observer = new ChangeObserver({
    target: () => doc.body,
    isOwn: (n) => tooltip.owns(n),
    onChange: (c) => onChange(c),
    debounceMs: o.debounceMs ?? 300,
  });
  let untrack: Array<() => void> = [];

  // ---- the work queue: one pass at a time -------------------------------------------------
  let pendingFull = false;
  const pendingRoots = new Set<Element>();
  let pendingPrune = false;
  let running: Promise<void> | null = null;
  let lastFull = -Infinity;
  let fullTimer: ReturnType<typeof setTimeout> | undefined;

  function kick(): void {
    if (running || stopped || !enabled) return;
    running = pump().finally(() => {
      running = null;
    });
  }

  async function pump(): Promise<void> {
    while (!stopped && enabled && (pendingFull || pendingRoots.size > 0 || pendingPrune)) {
      const full = pendingFull;
      const roots = full ? [] : [...pendingRoots];
      pendingFull = false;
      pendingRoots.clear();
      pendingPrune = false;
      try {
        await pass(full, roots);
      } catch (e) {
        if (e instanceof ContextGone) stop();
        // Anything else: this pass is lost, the next mutation or rescan retries.
      }
    }
  }

  function requestFull(now: boolean): void {
    const wait = lastFull + fullInterval - Date.now();
    if (now || wait <= 0) {
      if (fullTimer !== undefined) clearTimeout(fullTimer);
      fullTimer = undefined;
      pendingFull = true;
      kick();
    } else if (fullTimer === undefined) {
      fullTimer = setTimeout(() => {
        fullTimer = undefined;
        pendingFull = true;
        kick();
      }, wait);
    }
  }

  function onChange(c: Change): void {
    if (c.full) {
      requestFull(false);
      return;
    }
    for (const r of c.roots) pendingRoots.add(r);
    pendingPrune = true;
    kick();
  }

  async function pass(full: boolean, roots: Element[]): Promise<void> {
    const gen = ++generation;
    const body = doc.body;
    if (full) lastFull = Date.now();
    const scanRootsList = full ? (body ? [body] : []) : roots;
    if (scanRootsList.length === 0) {
      if (store.prune()) repaint();
      return;
    }
    const meta = readPageMeta(doc);
    const slicer = createSlicer(o.sliceMs !== undefined ? { sliceMs: o.sliceMs } : {});
    const current = (): boolean => gen === generation && !stopped;
    const isShown = cachedVisibility(o.isVisible);
    const out = await scanRoots({ roots: scanRootsList, slicer, isCurrent: current, isShown });
    if (out.status === 'superseded') return;
    if (out.status === 'stale') {
      requestFull(false);
      return;
    }
    // The pieces go to the background in check messages (batches.ts; a typical article needs one),
    // each sent in its own task. The replies are kept as they come, then turned into flags in
    // slices (a 5 MB page has thousands of figures), and the flags are stored and painted once,
    // so a pass still replaces the page's flags in one step.
    const pieces = out.pieces;
    const batches = messageBatches(
      pieces.map((p) => p.text.length + p.context.length),
      o.checkBatch ?? CHECK_BATCH,
    );
    const replies: Array<{ found: unknown; sources: unknown; sent: Piece[] }> = [];
    const pending: Promise<void>[] = [];
    let failure: unknown = null;
    let staleAnswer = false;
    const title = doc.title.slice(0, LIMITS.title);
    for (let b = 0; b < batches.length; b++) {
      if (b > 0) {
        await slicer.yieldNow();
        if (!current() || failure !== null) break;
      }
      const [from, to] = batches[b] as [number, number];
      const sent = pieces.slice(from, to);
      const reply = request(
        runtime,
        'sanad/check',
        {
          url: win.location.href.slice(0, LIMITS.url),
          ...(meta.published ? { published: meta.published } : {}),
          ...(title ? { title } : {}),
          texts: sent.map((p) => p.text),
          contexts: sent.map((p) => p.context),
          generation: gen,
        },
        o.retry,
      );
      pending.push(
        reply.then(
          (r) => {
            if (!current() || r.generation !== gen) staleAnswer = true;
            else replies[b] = { found: r.found, sources: r.sources, sent };
          },
          (e: unknown) => {
            failure ??= e;
          },
        ),
      );
    }
    await Promise.all(pending);
    if (failure !== null) throw failure;
    if (!current() || staleAnswer) return; // stale answer
    const flags: Flag[] = [];
    collect: for (const reply of replies) {
      if (!reply || !Array.isArray(reply.found)) continue;
      const sources: unknown[] = Array.isArray(reply.sources) ? reply.sources : [];
      for (const x of reply.found as unknown[]) {
        if (slicer.shouldYield()) {
          await slicer.yieldNow();
          if (!current()) return;
        }
        const figure = checkFigure(x, reply.sent.length, sources);
        if (!figure) continue;
        const v = figure.verdict.verdict;
        if (v !== 'mismatch' && !(v === 'match' && markConsistent)) continue;
        const piece = reply.sent[figure.piece] as Piece;
        const range = locateFigure(piece, figure.start, figure.end, isShown, doc);
        if (!range) continue;
        flags.push({
          range,
          claim: { text: figure.text, sentence: figure.sentence },
          verdict: figure.verdict,
          source: figure.source,
          lang: uiLang(meta.lang, figure.sentence || piece.block.text),
        });
        if (flags.length >= MAX_FLAGS) break collect;
      }
    }

    if (full) store.replaceAll(flags, true); // a full scan finds figures in document order
    else store.replaceWithin(roots, flags);
    // Storing and painting thousands of flags are two tasks' worth of work (a 5 MB page: ~10 ms each).
    if (flags.length > REGISTER_ALL_UP_TO) {
      await slicer.yieldNow();
      if (!current()) return;
    }
    repaint(false); // the store just dropped dead ranges
  }

  // The badge shows what is flagged now: reported after every repaint that changed the count.
  let reportedCount = 0;
  let countSeq = 0;
  function reportCount(): void {
    let count = 0;
    for (const f of store.list()) if (f.verdict.verdict === 'mismatch') count++;
    if (count === reportedCount) return;
    reportedCount = count;
    request(runtime, 'sanad/flagCount', { count, seq: ++countSeq }, { backoffMs: [250, 1000] }).catch(() => undefined);
  }

  /** The flags registered as highlights: all of them, or those near the viewport (near-viewport.ts). */
  let painted: [number, number] = [0, 0];

  function paintNearViewport(shown = nearViewport(store.list(), win.innerHeight)): void {
    const list = store.list();
    painted = shown;
    highlighter.paint(shown[0] === 0 && shown[1] === list.length ? list : list.slice(shown[0], shown[1]), markConsistent);
  }

  // On a page with many flags, scrolling moves the window of registered highlights (once per frame).
  let windowFrame = false;
  function onScrollWindow(): void {
    if (windowFrame || store.list().length <= REGISTER_ALL_UP_TO) return;
    windowFrame = true;
    raf(() => {
      windowFrame = false;
      const next = nearViewport(store.list(), win.innerHeight);
      if (next[0] !== painted[0] || next[1] !== painted[1]) paintNearViewport(next);
    });
  }

  function repaint(prune = true): void {
    if (prune) store.prune();
    paintNearViewport();
    reportCount();
    if (active && store.indexOf(active) < 0) hideTooltip();
  }

  // ---- tooltip ----------------------------------------------------------------------------
  function anchorOf(flag: Flag): Box | null {
    const range = flag.range;
    if (typeof range.getClientRects !== 'function') return { top: 0, left: 0, bottom: 0, right: 0 }; // no layout (jsdom)
    const rects = range.getClientRects();
    const r = rects.length > 0 ? (rects[0] as DOMRect) : range.getBoundingClientRect();
    return r ? { top: r.top, left: r.left, bottom: r.bottom, right: r.right } : null;
  }

  /** The flag whose tooltip is open, for its "open the source" button. */
  let shownFlag: Flag | null = null;

  function openSource(): void {
    const source = shownFlag?.source;
    if (!source) return;
    request(runtime, 'sanad/openSource', { docId: source.docId, factId: source.factId }, { backoffMs: [250] }).catch(() => undefined);
  }

  function showFor(flag: Flag, rect: Box | null): void {
    const anchor = rect ?? anchorOf(flag);
    if (!anchor) return;
    shownFlag = flag;
    tooltip.show({ figure: flag.claim.text, sentence: flag.claim.sentence, verdict: flag.verdict, source: flag.source, lang: flag.lang }, anchor);
  }

  function cancelHide(): void {
    if (hideTimer !== undefined) clearTimeout(hideTimer);
    hideTimer = undefined;
  }

  function scheduleHide(): void {
    if (hideTimer !== undefined || mode !== 'hover') return;
    hideTimer = setTimeout(() => {
      hideTimer = undefined;
      hideTooltip();
    }, o.hideDelayMs ?? 350);
  }

  function hideTooltip(): void {
    cancelHide();
    tooltip.hide();
    if (mode === 'keyboard') highlighter.setActive(null);
    active = null;
    mode = null;
  }

  /** Keyboard and popup path: scroll the figure into view, mark it, open its tooltip. */
  function focusFlag(index: number): boolean {
    const flag = store.at(index);
    if (!flag) return false;
    cancelHide();
    active = flag;
    mode = 'keyboard';
    highlighter.setActive(flag.range);
    const el = flag.range.startContainer.parentElement;
    if (el && typeof el.scrollIntoView === 'function') el.scrollIntoView({ block: 'center', inline: 'nearest' });
    showFor(flag, null);
    raf(() => {
      if (active === flag) tooltip.position(anchorOf(flag) ?? { top: 0, left: 0, bottom: 0, right: 0 }, flag.lang === 'ar');
    });
    return true;
  }

  function step(delta: 1 | -1): boolean {
    const n = store.list().length;
    if (n === 0) return false;
    const at = active ? store.indexOf(active) : -1;
    const next = at < 0 ? (delta > 0 ? 0 : n - 1) : (at + delta + n) % n;
    return focusFlag(next);
  }

  function onScroll(e: Event): void {
    if (!e.isTrusted || !active) return;
    if (mode === 'hover') {
      hideTooltip();
      return;
    }
    const flag = active;
    raf(() => {
      const a = active === flag ? anchorOf(flag) : null;
      if (a) tooltip.position(a, flag.lang === 'ar');
    });
  }

  // ---- lifecycle --------------------------------------------------------------------------
  function activate(): void {
    if (untrack.length > 0) return;
    observer.start();
    untrack.push(
      trackHover({
        doc,
        store,
        isOwnTarget: (t) => tooltip.owns(t as Node | null),
        onHit: (flag, rect) => {
          cancelHide();
          if (active === flag && tooltip.isShown()) return;
          if (mode === 'keyboard') highlighter.setActive(null);
          active = flag;
          mode = 'hover';
          showFor(flag, { top: rect.top, left: rect.left, bottom: rect.bottom, right: rect.right });
        },
        onMiss: () => scheduleHide(),
        onOwn: () => cancelHide(),
      }),
      trackKeyboard({
        win,
        onNext: () => step(1),
        onPrevious: () => step(-1),
        onEscape: () => {
          if (!tooltip.isShown()) return false;
          hideTooltip();
          return true;
        },
      }),
    );
    const scrollOpts = { capture: true, passive: true } as const;
    win.addEventListener('scroll', onScroll, scrollOpts);
    win.addEventListener('resize', onScroll, scrollOpts);
    win.addEventListener('scroll', onScrollWindow, scrollOpts);
    win.addEventListener('resize', onScrollWindow, scrollOpts);
    // A background tab gets no animation frames: a scroll there (restoring a position, an anchor)
    // moves the window when the tab is shown.
    doc.addEventListener('visibilitychange', onScrollWindow);
    untrack.push(() => {
      doc.removeEventListener('visibilitychange', onScrollWindow);
      win.removeEventListener('scroll', onScroll, scrollOpts);
      win.removeEventListener('resize', onScroll, scrollOpts);
      win.removeEventListener('scroll', onScrollWindow, scrollOpts);
      win.removeEventListener('resize', onScrollWindow, scrollOpts);
    });
  }

  function deactivate(): void {
    generation++;
    observer.stop();
    for (const u of untrack) u();
    untrack = [];
    if (fullTimer !== undefined) clearTimeout(fullTimer);
    fullTimer = undefined;
    pendingFull = false;
    pendingRoots.clear();
    pendingPrune = false;
    hideTooltip();
    store.clear();
    highlighter.clear();
    reportCount();
  }

  let helloSeq = 0;

  async function hello(): Promise<void> {
    const seq = ++helloSeq;
    /** Stopped, or a newer hello (a rescan) took over. */
    const superseded = (): boolean => stopped || seq !== helloSeq;
    generation++; // whatever runs now was computed under the old settings
    const reply = checkHello(await request(runtime, 'sanad/hello', { url: win.location.href.slice(0, LIMITS.url) }, o.retry));
    if (superseded()) return;
    enabled = !!reply?.enabled;
    markConsistent = !!reply?.markConsistent;
    if (!enabled || !reply) {
      deactivate();
      return;
    }
    activate();
    await nextTask();
    if (superseded()) return;
    requestFull(true);
  }

  function summaries(): FlagSummary[] {
    return store.list().slice(0, LIMITS.flags).map((f, index) => {
      const expected = f.verdict.expectedText ? f.verdict.expectedText[f.lang] : null;
      return {
        index,
        text: f.claim.text.slice(0, LIMITS.flagText),
        verdict: f.verdict.verdict,
        expected: expected === null ? null : expected.slice(0, LIMITS.flagExpected),
        sentence: f.claim.sentence.slice(0, LIMITS.flagSentence),
      };
    });
  }

  // Only our extension may drive the content script (popup, background); pages cannot reach
  // runtime.onMessage at all, and nothing here listens to window 'message'.
  const onMessage = (message: unknown, sender: { id?: string }): Promise<unknown> | undefined => {
    if (stopped || !sender || sender.id !== runtime.id) return undefined;
    const checked = validateEnvelope(message);
    if (!checked.ok || !TO_CONTENT.includes(checked.msg.type)) return undefined;
    const msg = checked.msg;
    switch (msg.type) {
      case 'sanad/listFlags':
        return Promise.resolve({ flags: summaries() });
      case 'sanad/scrollToFlag':
        return Promise.resolve({ ok: focusFlag(msg.args.index) });
      case 'sanad/rescan':
        booting = hello().catch(onBootError);
        return booting.then(() => ({ ok: true as const }));
      case 'sanad/pageInfo': {
        const published = readPublished(doc);
        return Promise.resolve(published ? { published } : {});
      }
      default:
        return undefined;
    }
  };

  function onBootError(e: unknown): void {
    if (e instanceof ContextGone) stop();
  }

  function stop(): void {
    if (stopped) return;
    deactivate();
    stopped = true;
    runtime.onMessage.removeListener?.(onMessage);
    tooltip.destroy();
  }

  runtime.onMessage.addListener(onMessage);
  let booting: Promise<void> = hello().catch(onBootError);

  return {
    async idle() {
      for (;;) {
        await booting;
        if (running) {
          await running;
          continue;
        }
        if (!stopped && enabled && (pendingFull || pendingRoots.size > 0 || pendingPrune)) {
          kick();
          continue;
        }
        return;
      }
    },
    stop,
  };
}
