// `npm run bench:tasks`: Sanad's own main-thread tasks on real pages, from a Chromium performance
// trace. A renderer task is Sanad's when it evaluated the content script or when the V8 sampling
// profiler (recorded into the same trace) caught code from the extension's URL inside it. Prints,
// per page: Sanad's task count, total and longest task, the five longest with the function most
// sampled in each, and a bare TreeWalker pass over the same page. Chromium only: Firefox has no trace over BiDi. Numbers, no assertions.
// Env: BENCH_RUNS (default 3), BENCH_PAGES (default "typical,1mb,5mb"), BENCH_TRACE=1 also saves
// each trace to artifacts/bench/ (open it in the DevTools Performance panel).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { ROOT, ensureBuilt, launch } from '../tests/e2e/harness/browsers';
import { startServer } from '../tests/e2e/harness/server';
import { bareWalk, generateArticle } from './pages';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PAGE_SIZES: Record<string, number> = { typical: 30_000, '1mb': 1_000_000, '5mb': 5_000_000 };
const PAGES = (process.env.BENCH_PAGES ?? 'typical,1mb,5mb').split(',').filter((p) => p in PAGE_SIZES);
const QUIET_MS = 1_500;
const SETTLE_TIMEOUT_MS = 90_000;

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; functionName?: string; scriptName?: string; type?: string } };
}

interface SanadTask {
  ms: number;
  /** The extension function most often on the stack in the task's samples: what Sanad was doing. */
  what: string;
}

const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

function extensionUrl(e: TraceEvent): string | undefined {
  const d = e.args?.data;
  const url = d?.url ?? d?.scriptName;
  return url && url.startsWith('chrome-extension://') ? url : undefined;
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { url?: string; functionName: string };
}

interface ProfileChunk {
  name: string;
  id?: string;
  pid: number;
  tid: number;
  ts: number;
  args?: { data?: { startTime?: number; cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] } };
}

/**
 * Samples of the V8 CPU profiler written into the trace (category disabled-by-default-v8.cpu_profiler):
 * for each sample on the thread, its time and the outermost extension function on its stack.
 */
function extensionSamples(events: TraceEvent[], pid: number, tid: number): Array<{ ts: number; fn: string }> {
  const nodes = new Map<number, ProfileNode>();
  const out: Array<{ ts: number; fn: string }> = [];
  // Profile id → running timestamp. The Profile event is on the sampled thread; its chunks come
  // from the profiler's own thread of the same process, with the same id.
  const profiles = new Map<string, number>();
  for (const e of events as unknown as ProfileChunk[]) {
    if (e.pid !== pid || !e.id) continue;
    if (e.name === 'Profile' && e.tid === tid) profiles.set(e.id, e.args?.data?.startTime ?? e.ts);
    if (e.name !== 'ProfileChunk' || !profiles.has(e.id)) continue;
    const data = e.args?.data;
    for (const n of data?.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
    const samples = data?.cpuProfile?.samples ?? [];
    const deltas = data?.timeDeltas ?? [];
    let ts = profiles.get(e.id) ?? e.ts;
    for (let i = 0; i < samples.length; i++) {
      ts += deltas[i] ?? 0;
      let fn: string | null = null;
      for (let n = nodes.get(samples[i] as number); n; n = n.parent !== undefined ? nodes.get(n.parent) : undefined) {
        if (n.callFrame.url?.startsWith('chrome-extension://')) fn = n.callFrame.functionName || '(top level)';
      }
      if (fn) out.push({ ts, fn });
    }
    profiles.set(e.id, ts);
  }
  return out.sort((a, b) => a.ts - b.ts);
}

/** Top-level renderer tasks in which the profiler caught extension code. */
function sanadTasks(events: TraceEvent[], pid: number, tid: number): SanadTask[] {
  const onThread = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined);
  const tasks = onThread.filter((e) => TASK_NAMES.has(e.name)).sort((a, b) => a.ts - b.ts);
  // Keep only outermost tasks (RunTask can nest).
  const top: TraceEvent[] = [];
  for (const t of tasks) {
    const last = top[top.length - 1];
    if (last && t.ts < last.ts + (last.dur as number)) continue;
    top.push(t);
  }
  // Script evaluation (compile included) has no samples of its own code until it runs.
  const evaluations = onThread.filter((e) => e.name === 'EvaluateScript' && extensionUrl(e) !== undefined);
  const samples = extensionSamples(events, pid, tid);
  const out: SanadTask[] = [];
  let k = 0;
  for (const t of top) {
    const end = t.ts + (t.dur as number);
    while (k < samples.length && (samples[k] as { ts: number }).ts < t.ts) k++;
    const fns = new Map<string, number>();
    for (let j = k; j < samples.length && (samples[j] as { ts: number }).ts < end; j++) {
      const fn = (samples[j] as { fn: string }).fn;
      fns.set(fn, (fns.get(fn) ?? 0) + 1);
    }
    const evaluates = evaluations.some((e) => e.ts >= t.ts && e.ts < end);
    if (fns.size === 0 && !evaluates) continue;
    const main = [...fns].sort((a, b) => b[1] - a[1])[0]?.[0];
    out.push({ ms: (t.dur as number) / 1000, what: evaluates ? `content script start-up${main ? `, ${main}` : ''}` : (main as string) });
  }
  return out;
}

async function countHighlights(page: Page): Promise<number> {
  return page.evaluate(() => {
    let n = 0;
    CSS.highlights.forEach((h, name) => {
      if (name.startsWith('sanad')) n += h.size;
    });
    return n;
  });
}

async function settle(page: Page): Promise<number> {
  const start = Date.now();
  let last = -1;
  let since = Date.now();
  while (Date.now() - start < SETTLE_TIMEOUT_MS) {
    const n = await countHighlights(page);
    if (n !== last) {
      last = n;
      since = Date.now();
    } else if (n > 0 && Date.now() - since >= QUIET_MS) return n;
    await new Promise((r) => setTimeout(r, 50));
  }
  return last;
}

interface Row {
  page: string;
  run: number;
  highlights: number;
  tasks: number;
  totalMs: number;
  longestMs: number;
  over16: number;
  bareWalkMs: number;
  top: SanadTask[];
}

async function measure(origin: string, name: string, run: number): Promise<Row> {
  const session = await launch('chromium', { extension: true });
  try {
    // Let the background seed its corpus and build its index before the page (as a user's would be).
    await new Promise((r) => setTimeout(r, 1000));
    const page = await session.browser.newPage();
    await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'disabled-by-default-v8.cpu_profiler'] });
    await page.goto(`${origin}/gen/${name}.html`, { waitUntil: 'load', timeout: 120_000 });
    const highlights = await settle(page);
    const raw = await page.tracing.stop();
    const bareWalkMs = await page.evaluate(bareWalk);
    const trace = JSON.parse(Buffer.from(raw ?? new Uint8Array()).toString('utf8')) as { traceEvents: TraceEvent[] };
    const events = trace.traceEvents;
    if (process.env.BENCH_TRACE) writeFileSync(join(ROOT, 'artifacts', 'bench', `trace-${name}-${run}.json`), JSON.stringify(trace));
    // The page's renderer main thread: where the page's own URL was committed/parsed.
    const main = events.find((e) => e.name === 'ParseHTML' && e.ph === 'X') ?? events.find((e) => e.name === 'CrRendererMain');
    const tasks = main ? sanadTasks(events, main.pid, main.tid) : [];
    const sorted = [...tasks].sort((a, b) => b.ms - a.ms);
    await page.close();
    return {
      page: name,
      run,
      highlights,
      tasks: tasks.length,
      totalMs: tasks.reduce((s, t) => s + t.ms, 0),
      longestMs: sorted[0]?.ms ?? 0,
      over16: tasks.filter((t) => t.ms > 16).length,
      bareWalkMs,
      top: sorted.slice(0, 5),
    };
  } finally {
    await session.close();
  }
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
};

async function main(): Promise<void> {
  ensureBuilt();
  mkdirSync(join(ROOT, 'artifacts', 'bench'), { recursive: true });
  const server = await startServer();
  const rows: Row[] = [];
  try {
    for (const name of PAGES) server.addPage(`${name}.html`, generateArticle(PAGE_SIZES[name] as number).html);
    for (let run = 0; run < RUNS; run++) for (const name of PAGES) rows.push(await measure(server.origin, name, run));
  } finally {
    await server.close();
  }
  const lines = [
    `# Sanad's main-thread tasks (Chromium trace, median of ${RUNS})`,
    '',
    '| page | highlights | Sanad tasks | total ms | longest ms | tasks > 16 ms | bare walk ms | total ÷ bare walk |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const name of PAGES) {
    const rs = rows.filter((r) => r.page === name);
    const total = median(rs.map((r) => r.totalMs));
    const walk = median(rs.map((r) => r.bareWalkMs));
    lines.push(
      `| ${name} | ${median(rs.map((r) => r.highlights))} | ${median(rs.map((r) => r.tasks))} | ${total.toFixed(1)} | ` +
        `${median(rs.map((r) => r.longestMs)).toFixed(1)} | ${median(rs.map((r) => r.over16))} | ${walk.toFixed(1)} | ${(total / walk).toFixed(1)}× |`,
    );
  }
  lines.push('', 'Longest tasks of the last run:');
  for (const r of rows.filter((x) => x.run === RUNS - 1)) {
    lines.push(`- ${r.page}: ${r.top.map((t) => `${t.ms.toFixed(1)} ms (${t.what})`).join(', ')}`);
  }
  const text = lines.join('\n');
  console.log(text);
  const dir = join(ROOT, 'artifacts', 'bench');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'tasks-chromium.md'), text + '\n');
  writeFileSync(join(dir, 'tasks-chromium.json'), JSON.stringify(rows, null, 2));
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
