// Page benchmark: what Sanad's content script costs a real page, in Chromium and Firefox ESR, with
// and without the extension, in the same run. Run from the repository root:
//   node scripts/run-ts.mjs bench/page.bench.ts
// Env: BENCH_RUNS (default 3 fresh launches per browser and mode), BENCH_BROWSERS
// (default "chromium,firefox"), BENCH_PAGES (default "typical,1mb,5mb").
// What each number means and its limits: bench/README.md. No assertions: numbers only.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'puppeteer-core';
import { ROOT, ensureBuilt, launch, type BrowserKind, type Session } from '../tests/e2e/harness/browsers';
import { startServer } from '../tests/e2e/harness/server';
import { bareWalk, generateArticle } from './pages';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const BROWSERS = (process.env.BENCH_BROWSERS ?? 'chromium,firefox').split(',') as BrowserKind[];
const PAGE_SIZES: Record<string, number> = { typical: 30_000, '1mb': 1_000_000, '5mb': 5_000_000 };
const PAGES = (process.env.BENCH_PAGES ?? 'typical,1mb,5mb').split(',').filter((p) => p in PAGE_SIZES);
/** The highlight count must stay unchanged this long before the page counts as settled. */
const QUIET_MS = 1_500;
const SETTLE_TIMEOUT_MS = 90_000;

interface BenchState {
  dcl: number | null;
  load: number | null;
  firstHl: number | null;
  lastHl: number | null;
  count: number;
  longtasks: [number, number][];
  lags: [number, number][];
  /** Long animation frames (≥ 50 ms) with a script from an extension: [start, duration, extension script ms]. */
  extFrames: [number, number, number][];
}

declare global {
  interface Window {
    __bench?: BenchState;
  }
}

/**
 * Installed before the page's own scripts: a 5 ms interval polls the highlight registry (first
 * registration, last change) and records its own lateness (main-thread blocking, both browsers);
 * a PerformanceObserver records long tasks where supported (Chromium).
 */
function probe(): void {
  const state: BenchState = { dcl: null, load: null, firstHl: null, lastHl: null, count: 0, longtasks: [], lags: [], extFrames: [] };
  window.__bench = state;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) state.longtasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    /* no long task API (Firefox) */
  }
  try {
    // Long animation frames name the scripts that ran in them: attribute a frame to the extension
    // when one of its scripts came from an extension URL (Chromium 123+; Firefox has none).
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as Array<{ startTime: number; duration: number; scripts?: Array<{ sourceURL?: string; duration: number }> }>) {
        const ext = (e.scripts ?? []).filter((x) => /^(chrome|moz)-extension:/.test(x.sourceURL ?? ''));
        if (ext.length) state.extFrames.push([e.startTime, e.duration, ext.reduce((t, x) => t + x.duration, 0)]);
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    /* no LoAF API */
  }
  document.addEventListener('DOMContentLoaded', () => (state.dcl = performance.now()));
  addEventListener('load', () => (state.load = performance.now()));
  let due = performance.now() + 5;
  setInterval(() => {
    const now = performance.now();
    if (now - due > 1) state.lags.push([due, now - due]);
    due = now + 5;
    let n = 0;
    if ('highlights' in CSS) CSS.highlights.forEach((h, name) => {
      if (name.startsWith('sanad')) n += h.size;
    });
    if (n !== state.count) {
      state.count = n;
      state.lastHl = now;
      if (state.firstHl === null && n > 0) state.firstHl = now;
    }
  }, 5);
}

/** The same-tab baseline B: one TreeWalker pass reading every text node plus a digit regex. */
function baselineWalk(): { ms: number; textNodes: number; chars: number; numbers: number } {
  const t0 = performance.now();
  const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let textNodes = 0;
  let chars = 0;
  let numbers = 0;
  for (let n = w.nextNode(); n; n = w.nextNode()) {
    const d = (n as Text).data;
    textNodes++;
    chars += d.length;
    const m = d.match(/[\d\u0660-\u0669]+/g);
    if (m) numbers += m.length;
  }
  return { ms: performance.now() - t0, textNodes, chars, numbers };
}

interface Sample {
  browser: BrowserKind;
  page: string;
  extension: boolean;
  cold: boolean;
  run: number;
  loadMs: number;
  /** From the load event to the first / last change of Sanad's highlights. */
  firstHlAfterLoadMs: number | null;
  settledAfterLoadMs: number | null;
  highlights: number;
  longTasks: number;
  longTaskSumMs: number;
  longestTaskMs: number;
  lagSumMs: number;
  worstLagMs: number;
  baselineMs: number;
  /** Bare TreeWalker pass (no regex), same tab, after settling. */
  bareWalkMs: number;
  /** Long animation frames with extension script: count and longest (Chromium). */
  extFrames: number;
  extFrameMaxMs: number;
  /** Chromium CDP Performance.getMetrics, since before navigation. */
  taskMs?: number;
  scriptMs?: number;
  layoutMs?: number;
  styleMs?: number;
  heapUsedMb?: number;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function measure(session: Session, url: string, page: string, run: number, cold: boolean): Promise<Sample> {
  const tab: Page = await session.browser.newPage();
  let cdp: CDPSession | undefined;
  try {
    await tab.evaluateOnNewDocument(probe);
    if (session.kind === 'chromium') {
      cdp = await tab.createCDPSession();
      await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    }
    await tab.goto(url, { waitUntil: 'load', timeout: 120_000 });
    const started = Date.now();
    let st: BenchState;
    for (;;) {
      await sleep(250);
      st = await tab.evaluate(() => ({ ...window.__bench! }));
      const now = await tab.evaluate(() => performance.now());
      if (!session.extensionOrigin) {
        if (st.load !== null && now - st.load > QUIET_MS) break;
      } else if (st.lastHl !== null && now - st.lastHl > QUIET_MS) break;
      if (Date.now() - started > SETTLE_TIMEOUT_MS) break;
    }
    const base = await tab.evaluate(baselineWalk);
    const bare = await tab.evaluate(bareWalk);
    const from = st.dcl ?? 0;
    const tasks = st.longtasks.filter(([t]) => t >= from);
    const lags = st.lags.filter(([t]) => t >= from);
    const sample: Sample = {
      browser: session.kind,
      page,
      extension: !!session.extensionOrigin,
      cold,
      run,
      loadMs: st.load ?? NaN,
      firstHlAfterLoadMs: st.firstHl !== null && st.load !== null ? st.firstHl - st.load : null,
      settledAfterLoadMs: st.lastHl !== null && st.load !== null ? st.lastHl - st.load : null,
      highlights: st.count,
      longTasks: tasks.length,
      longTaskSumMs: tasks.reduce((s, [, d]) => s + d, 0),
      longestTaskMs: tasks.reduce((m, [, d]) => Math.max(m, d), 0),
      lagSumMs: lags.reduce((s, [, d]) => s + d, 0),
      worstLagMs: lags.reduce((m, [, d]) => Math.max(m, d), 0),
      baselineMs: base.ms,
      bareWalkMs: bare,
      extFrames: st.extFrames.length,
      extFrameMaxMs: st.extFrames.reduce((m, [, d]) => Math.max(m, d), 0),
    };
    if (cdp) {
      const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
      const m = (name: string): number => metrics.find((x) => x.name === name)?.value ?? NaN;
      sample.taskMs = m('TaskDuration') * 1000;
      sample.scriptMs = m('ScriptDuration') * 1000;
      sample.layoutMs = m('LayoutDuration') * 1000;
      sample.styleMs = m('RecalcStyleDuration') * 1000;
      await cdp.send('HeapProfiler.enable').catch(() => {});
      await cdp.send('HeapProfiler.collectGarbage').catch(() => {});
      const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
      sample.heapUsedMb = heap.usedSize / 1048576;
    }
    return sample;
  } finally {
    await cdp?.detach().catch(() => {});
    await tab.close().catch(() => {});
  }
}

function median(xs: number[]): number {
  const v = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return NaN;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2;
}

const fmt = (x: number | null | undefined, digits = 0): string => (x === null || x === undefined || !Number.isFinite(x) ? '—' : x.toFixed(digits));

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]): string => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(rows[0]!), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n');
}

async function main(): Promise<void> {
  ensureBuilt();
  const server = await startServer();
  // Cross-origin isolation: finer timers (Firefox clamps performance.now() to 1 ms otherwise).
  const isolation = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };
  const sizes: Record<string, { bytes: number; right: number; wrong: number }> = {};
  for (const name of PAGES) {
    const g = generateArticle(PAGE_SIZES[name]!);
    server.addPage(`${name}.html`, g.html, isolation);
    sizes[name] = { bytes: g.bytes, right: g.right, wrong: g.wrong };
  }
  const samples: Sample[] = [];
  try {
    for (const kind of BROWSERS) {
      for (let run = 0; run < RUNS; run++) {
        for (const extension of [false, true]) {
          const session = await launch(kind, { extension });
          try {
            await sleep(1_000); // let the background finish seeding/loading its index
            for (const name of PAGES) {
              const s = await measure(session, `${server.origin}/gen/${name}.html`, name, run, false);
              samples.push(s);
              process.stderr.write(`${kind} run ${run} ${extension ? 'with' : 'without'} ${name}: first hl ${fmt(s.firstHlAfterLoadMs)} ms, settled ${fmt(s.settledAfterLoadMs)} ms\n`);
            }
            if (extension && PAGES.includes('typical')) {
              await session.stopBackground();
              samples.push(await measure(session, `${server.origin}/gen/typical.html`, 'typical', run, true));
            }
          } finally {
            await session.close();
          }
        }
      }
    }
  } finally {
    await server.close();
  }

  const header = ['browser', 'page', 'ext', 'load', 'first hl', 'settled', '#hl', 'long tasks n/sum/max', 'ext LoAF n/max', 'lag sum/max', 'B walk', 'bare walk', 'task', 'script', 'layout+style', 'heap MB'];
  const rows = [header];
  const groups = new Map<string, Sample[]>();
  for (const s of samples) {
    const key = `${s.browser}|${s.page}|${s.extension ? (s.cold ? 'cold bg' : 'with') : 'without'}`;
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  for (const [key, ss] of groups) {
    const [browser, page, mode] = key.split('|') as [string, string, string];
    const med = (f: (s: Sample) => number | null | undefined): number => median(ss.map((s) => f(s) ?? NaN));
    rows.push([
      browser,
      `${page} (${fmt(sizes[page]!.bytes / 1024)} KB)`,
      mode,
      fmt(med((s) => s.loadMs)),
      fmt(med((s) => s.firstHlAfterLoadMs)),
      fmt(med((s) => s.settledAfterLoadMs)),
      fmt(med((s) => s.highlights)),
      browser === 'chromium' ? `${fmt(med((s) => s.longTasks))}/${fmt(med((s) => s.longTaskSumMs))}/${fmt(med((s) => s.longestTaskMs))}` : 'n/a',
      browser === 'chromium' ? `${fmt(med((s) => s.extFrames))}/${fmt(med((s) => s.extFrameMaxMs))}` : 'n/a',
      `${fmt(med((s) => s.lagSumMs))}/${fmt(med((s) => s.worstLagMs))}`,
      fmt(med((s) => s.baselineMs), 1),
      fmt(med((s) => s.bareWalkMs), 1),
      fmt(med((s) => s.taskMs)),
      fmt(med((s) => s.scriptMs)),
      fmt(med((s) => (s.layoutMs ?? NaN) + (s.styleMs ?? NaN))),
      fmt(med((s) => s.heapUsedMb), 1),
    ]);
  }
  // Attributable to the extension (Chromium): median(with) − median(without) of the renderer's task time and heap.
  const deltas = [['browser', 'page', 'Δ task ms (with − without)', 'Δ task / B', 'Δ task / bare walk', 'Δ heap MB', 'Δ lag sum ms', 'lag max with / without']];
  for (const kind of BROWSERS) {
    for (const page of PAGES) {
      const w = groups.get(`${kind}|${page}|with`) ?? [];
      const wo = groups.get(`${kind}|${page}|without`) ?? [];
      const d = (f: (s: Sample) => number | undefined): number => median(w.map((s) => f(s) ?? NaN)) - median(wo.map((s) => f(s) ?? NaN));
      const dt = d((s) => s.taskMs);
      deltas.push([
        kind,
        page,
        fmt(dt),
        fmt(dt / median(w.map((s) => s.baselineMs)), 1),
        fmt(dt / median(w.map((s) => s.bareWalkMs)), 1),
        fmt(d((s) => s.heapUsedMb), 1),
        fmt(d((s) => s.lagSumMs)),
        `${fmt(median(w.map((s) => s.worstLagMs)))} / ${fmt(median(wo.map((s) => s.worstLagMs)))}`,
      ]);
    }
  }
  const out = [
    `Sanad page benchmark — ${new Date().toISOString()} — ${RUNS} run(s) per browser and mode, medians; times in ms`,
    '',
    table(rows),
    '',
    table(deltas),
    '',
    `pages: ${Object.entries(sizes).map(([n, s]) => `${n} ${s.bytes} B, ${s.right} right + ${s.wrong} wrong figures planted`).join('; ')}`,
  ].join('\n');
  process.stdout.write(`${out}\n`);
  const dir = join(ROOT, 'artifacts', 'bench');
  mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  writeFileSync(join(dir, `page-${stamp}.json`), JSON.stringify({ sizes, samples }, null, 2));
  writeFileSync(join(dir, `page-${stamp}.md`), `${out}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
