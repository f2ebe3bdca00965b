// Launching Chromium and Firefox ESR with (or without) the built extension, following
// /work/shared/docs/BROWSER-TESTING.md. Every launched browser's PID and profile folder are recorded
// in a registry folder so that tests/e2e/harness/teardown.ts can kill exactly those process groups
// if a test forgot to close its browser (puppeteer's exit hooks do not run inside jest).
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type CDPSession, type Page, type Target } from 'puppeteer-core';

export type BrowserKind = 'chromium' | 'firefox';

/** The repository root (under jest: from this file; bundled by scripts/run-ts.mjs: the working directory). */
export const ROOT = typeof __dirname === 'string' && !__dirname.includes('.tmp') ? resolve(__dirname, '..', '..', '..') : process.cwd();
export const CHROMIUM_BIN = process.env.SANAD_CHROMIUM ?? '/usr/lib/chromium/chromium';
export const FIREFOX_BIN = process.env.SANAD_FIREFOX ?? '/usr/bin/firefox-esr';

/** Where launched browsers are recorded (one JSON file per browser). */
export const REGISTRY_DIR = join(tmpdir(), 'sanad-e2e-browsers');

export interface RegistryEntry {
  pid: number;
  profileDir: string;
  /** Private copy of the extension folder, removed with the profile. */
  extensionDir?: string;
  /** The process that launched it and its parent: the teardown only touches its own run's browsers. */
  ownerPid: number;
  ownerPpid: number;
  kind: BrowserKind;
}

function register(entry: RegistryEntry): string {
  mkdirSync(REGISTRY_DIR, { recursive: true });
  const file = join(REGISTRY_DIR, `${entry.pid}-${randomUUID()}.json`);
  writeFileSync(file, JSON.stringify(entry));
  return file;
}

/** Kills one recorded browser's process group if it is still the same process (its command line names the profile). */
export function killRecorded(entry: RegistryEntry): boolean {
  let cmdline = '';
  try {
    cmdline = readFileSync(`/proc/${entry.pid}/cmdline`, 'utf8');
  } catch {
    return false; // already gone
  }
  if (!cmdline.includes(entry.profileDir)) return false; // the PID was reused by someone else
  try {
    process.kill(-entry.pid, 'SIGKILL'); // puppeteer starts browsers detached: pid = process group id
    return true;
  } catch {
    try {
      process.kill(entry.pid, 'SIGKILL');
      return true;
    } catch {
      return false;
    }
  }
}

export function removeDirs(entry: RegistryEntry): void {
  for (const dir of [entry.profileDir, entry.extensionDir]) {
    if (dir && dir.startsWith(tmpdir())) rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  }
}

// ---------------------------------------------------------------------------------------------
// The extension build: rebuilt when older than its sources, under a lock (two jest workers run
// the two browsers in parallel), then copied to a private folder so that a rebuild by the other
// worker cannot pull files from under a running browser.

const SOURCE_DIRS = ['background', 'content-scripts', 'extension', 'core', 'store'];
const SOURCE_FILES = ['manifest.json', 'package.json', 'scripts/build-extension.mjs'];

function newestMtime(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = 0;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

function isStale(): boolean {
  const built = ['chrome', 'firefox'].map((t) => join(ROOT, 'dist', t, 'manifest.json'));
  if (!built.every((f) => existsSync(f))) return true;
  const builtAt = Math.min(...built.map((f) => statSync(f).mtimeMs));
  const sources = [...SOURCE_DIRS, ...SOURCE_FILES].map((p) => join(ROOT, p)).filter((p) => existsSync(p));
  return Math.max(...sources.map(newestMtime)) > builtAt;
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Builds dist/ if it is missing or older than the sources (`SANAD_E2E_NO_BUILD=1` skips this). */
export function ensureBuilt(): void {
  if (process.env.SANAD_E2E_NO_BUILD === '1') return;
  const lock = join(ROOT, '.tmp', 'e2e-build.lock');
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock older than 2 minutes belongs to a dead run.
      try {
        if (Date.now() - statSync(lock).mtimeMs > 120_000) rmSync(lock, { recursive: true, force: true });
      } catch {
        /* gone meanwhile */
      }
      if (Date.now() > deadline) throw new Error(`could not take the build lock ${lock}`);
      sleepSync(200);
    }
  }
  try {
    if (!isStale()) return;
    const r = spawnSync(process.execPath, ['scripts/build-extension.mjs'], { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`extension build failed:\n${r.stdout}\n${r.stderr}`);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function privateCopy(target: 'chrome' | 'firefox'): string {
  const dir = mkdtempSync(join(tmpdir(), `sanad-ext-${target}-`));
  cpSync(join(ROOT, 'dist', target), dir, { recursive: true });
  return dir;
}

// ---------------------------------------------------------------------------------------------

export interface Session {
  kind: BrowserKind;
  browser: Browser;
  /** `chrome-extension://ID` or `moz-extension://UUID`, without a trailing slash; null without the extension. */
  extensionOrigin: string | null;
  /** Opens an extension page (popup.html, options.html) in a new tab. */
  openExtensionPage(file: string): Promise<Page>;
  /**
   * Stops the background. Chromium: closes the service worker target (verified by waiting until it is
   * gone). Firefox: the background cannot be reached over BiDi; with the idle timeout pref set to 1 s
   * this waits 3 s of idleness, which suspends the event page (not verifiable from here).
   */
  stopBackground(): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  extension: boolean;
  /** Extra prefs (Firefox) or flags (Chromium). */
  args?: string[];
  /** Firefox only: extra about:config prefs (e.g. a download folder), merged over the defaults. */
  prefs?: Record<string, unknown>;
}

function record(kind: BrowserKind, browser: Browser, profileDir: string, extensionDir?: string): string | null {
  const pid = browser.process()?.pid;
  if (!pid) return null;
  return register({ pid, profileDir, extensionDir, ownerPid: process.pid, ownerPpid: process.ppid, kind });
}

async function closeAndForget(browser: Browser, registryFile: string | null, entry: { profileDir: string; extensionDir?: string }, kind: BrowserKind): Promise<void> {
  const pid = browser.process()?.pid;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    await Promise.race([browser.close(), new Promise((_, fail) => (timer = setTimeout(() => fail(new Error('close timeout')), 10_000)))]);
  } catch {
    if (pid) killRecorded({ pid, profileDir: entry.profileDir, ownerPid: process.pid, ownerPpid: process.ppid, kind });
  } finally {
    clearTimeout(timer);
  }
  removeDirs({ pid: pid ?? 0, ...entry, ownerPid: process.pid, ownerPpid: process.ppid, kind });
  if (registryFile) rmSync(registryFile, { force: true });
}

export async function launchChromium(opts: LaunchOptions): Promise<Session> {
  const profileDir = mkdtempSync(join(tmpdir(), 'sanad-chromium-'));
  const extensionDir = opts.extension ? privateCopy('chrome') : undefined;
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM_BIN,
    headless: true,
    pipe: true,
    enableExtensions: true,
    userDataDir: profileDir,
    defaultViewport: { width: 1000, height: 800 },
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--lang=en-US',
      ...(opts.args ?? []),
    ],
  });
  const registryFile = record('chromium', browser, profileDir, extensionDir);
  let extensionOrigin: string | null = null;
  let extId = '';
  const swTarget = (): Promise<Target> =>
    browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${extId}/`), { timeout: 15_000 });
  try {
    if (extensionDir) {
      extId = await browser.installExtension(extensionDir);
      extensionOrigin = `chrome-extension://${extId}`;
      await swTarget();
    }
  } catch (error) {
    await closeAndForget(browser, registryFile, { profileDir, extensionDir }, 'chromium');
    throw error;
  }
  return {
    kind: 'chromium',
    browser,
    extensionOrigin,
    async openExtensionPage(file) {
      if (!extensionOrigin) throw new Error('no extension in this browser');
      const page = await browser.newPage();
      await page.goto(`${extensionOrigin}/${file}`);
      return page;
    },
    async stopBackground() {
      if (!extId) return;
      const target = browser.targets().find((t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${extId}/`));
      if (!target) return; // already stopped
      const worker = await target.worker();
      // Wait for this worker's target to go. A message from the page may start a new worker at
      // once (that is the behaviour under test), so a later service_worker target is not a failure.
      // A worker busy with its first-run work (seeding the corpus) can ignore one close request on
      // a loaded machine: ask again every second.
      const deadline = Date.now() + 10_000;
      let asked = 0;
      while (browser.targets().includes(target)) {
        if (Date.now() > deadline) throw new Error('the service worker did not stop');
        if (Date.now() - asked >= 1_000) {
          asked = Date.now();
          await worker?.close().catch(() => undefined);
        }
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    close: () => closeAndForget(browser, registryFile, { profileDir, extensionDir }, 'chromium'),
  };
}

/** The gecko id of the built Firefox extension (from dist/firefox/manifest.json, set by scripts/build-extension.mjs). */
function geckoId(dir: string): string {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { browser_specific_settings?: { gecko?: { id?: string } } };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error('dist/firefox/manifest.json has no gecko id');
  return id;
}

export async function launchFirefox(opts: LaunchOptions): Promise<Session> {
  const profileDir = mkdtempSync(join(tmpdir(), 'sanad-firefox-'));
  const extensionDir = opts.extension ? privateCopy('firefox') : undefined;
  const uuid = randomUUID();
  const prefs: Record<string, unknown> = {
    'extensions.background.idle.timeout': 1000,
    'intl.accept_languages': 'en-US',
    ...(opts.prefs ?? {}),
  };
  if (extensionDir) prefs['extensions.webextensions.uuids'] = JSON.stringify({ [geckoId(extensionDir)]: uuid });
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_BIN,
    headless: true,
    userDataDir: profileDir,
    defaultViewport: { width: 1000, height: 800 },
    args: ['--remote-allow-system-access', ...(opts.args ?? [])],
    extraPrefsFirefox: prefs,
  });
  const registryFile = record('firefox', browser, profileDir, extensionDir);
  let extensionOrigin: string | null = null;
  try {
    if (extensionDir) {
      await browser.installExtension(extensionDir);
      extensionOrigin = `moz-extension://${uuid}`;
    }
  } catch (error) {
    await closeAndForget(browser, registryFile, { profileDir, extensionDir }, 'firefox');
    throw error;
  }
  return {
    kind: 'firefox',
    browser,
    extensionOrigin,
    async openExtensionPage(file) {
      if (!extensionOrigin) throw new Error('no extension in this browser');
      const page = await browser.newPage();
      // Do NOT await: navigations to moz-extension:// never resolve over BiDi (BROWSER-TESTING.md).
      page.goto(`${extensionOrigin}/${file}`).catch(() => {});
      // page.url() stays about:blank here; ask the document itself.
      const deadline = Date.now() + 15_000;
      for (;;) {
        const state = await page.evaluate(() => `${document.readyState} ${location.href}`).catch(() => '');
        if (state.startsWith(`complete ${extensionOrigin}/`)) return page;
        if (Date.now() > deadline) throw new Error(`${file} did not open (${state})`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async stopBackground() {
      await new Promise((r) => setTimeout(r, 3_000));
    },
    close: () => closeAndForget(browser, registryFile, { profileDir, extensionDir }, 'firefox'),
  };
}

export function launch(kind: BrowserKind, opts: LaunchOptions): Promise<Session> {
  return kind === 'chromium' ? launchChromium(opts) : launchFirefox(opts);
}

// ---------------------------------------------------------------------------------------------
// Reading the tooltip. Sanad's host element has a CLOSED shadow root, so the page (and puppeteer's
// pierce/ selectors) cannot see inside it. Both browsers' automation protocols can:
// - Chromium: CDP DOM.getDocument({depth: -1, pierce: true}) returns closed shadow roots too;
// - Firefox: WebDriver BiDi serialises nodes with includeShadowTree: 'all' (closed roots included).

interface CdpNode {
  nodeId?: number;
  attributes?: string[];
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

export interface ShadowText {
  /** Text of every shadow tree in the top document, one string per shadow root, in document order. */
  roots: string[];
}

const cdpSessions = new WeakMap<Page, CDPSession>();

async function chromiumShadowText(page: Page): Promise<ShadowText> {
  let session = cdpSessions.get(page);
  if (!session) {
    session = await page.createCDPSession();
    cdpSessions.set(page, session);
  }
  const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  const roots: string[] = [];
  const textOf = (n: CdpNode, out: string[]): void => {
    if (n.nodeType === 3) out.push(n.nodeValue);
    if (n.nodeName === 'STYLE' || n.nodeName === 'SCRIPT') return;
    for (const c of n.children ?? []) textOf(c, out);
    for (const s of n.shadowRoots ?? []) textOf(s, out);
  };
  const find = (n: CdpNode): void => {
    for (const s of n.shadowRoots ?? []) {
      const out: string[] = [];
      textOf(s, out);
      roots.push(out.join(' '));
    }
    for (const c of n.children ?? []) find(c);
  };
  find(root);
  return { roots };
}

interface BidiNode {
  type: string;
  value?: { nodeType: number; localName?: string; nodeValue?: string; children?: BidiNode[]; shadowRoot?: BidiNode | null };
}

async function firefoxShadowText(session: Session, page: Page): Promise<ShadowText> {
  const connection = (session.browser as unknown as { connection: { send(method: string, params: unknown): Promise<{ result: { type: string; result?: BidiNode; exceptionDetails?: unknown } }> } }).connection;
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  const { result } = await connection.send('script.callFunction', {
    functionDeclaration: '() => document.documentElement',
    awaitPromise: false,
    target: { context },
    serializationOptions: { maxDomDepth: 1000, includeShadowTree: 'all' },
    resultOwnership: 'none',
  });
  if (result.type !== 'success' || !result.result) throw new Error(`BiDi serialisation failed: ${JSON.stringify(result).slice(0, 500)}`);
  const roots: string[] = [];
  const textOf = (n: BidiNode, out: string[]): void => {
    const v = n.value;
    if (!v) return;
    if (v.nodeType === 3 && v.nodeValue) out.push(v.nodeValue);
    if (v.localName === 'style' || v.localName === 'script') return;
    for (const c of v.children ?? []) textOf(c, out);
    if (v.shadowRoot) textOf(v.shadowRoot, out);
  };
  const find = (n: BidiNode): void => {
    const v = n.value;
    if (!v) return;
    if (v.shadowRoot) {
      const out: string[] = [];
      textOf(v.shadowRoot, out);
      roots.push(out.join(' '));
    }
    for (const c of v.children ?? []) find(c);
  };
  find(result.result);
  return { roots };
}

/**
 * Chromium only: clicks the element inside a (closed) shadow root that carries `attr="value"`,
 * found through CDP's piercing DOM and clicked with a real mouse event at its centre.
 */
export async function clickInShadowChromium(page: Page, attr: string, value: string): Promise<void> {
  const cdp = await page.createCDPSession();
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    let found: CdpNode | null = null;
    const walk = (n: CdpNode): void => {
      const a = n.attributes ?? [];
      for (let i = 0; i + 1 < a.length; i += 2) if (a[i] === attr && a[i + 1] === value) found = n;
      for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) walk(c);
    };
    walk(root);
    const node = found as CdpNode | null;
    if (!node?.nodeId) throw new Error(`no element with ${attr}="${value}" in any shadow root`);
    const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: node.nodeId })) as { model: { content: number[] } };
    const q = model.content;
    const x = ((q[0] as number) + (q[4] as number)) / 2;
    const y = ((q[1] as number) + (q[5] as number)) / 2;
    await page.mouse.move(x, y, { steps: 3 });
    await page.mouse.click(x, y);
  } finally {
    await cdp.detach();
  }
}

/** The text inside every shadow root of the page's top document, closed ones included. */
export function readShadowText(session: Session, page: Page): Promise<ShadowText> {
  return session.kind === 'chromium' ? chromiumShadowText(page) : firefoxShadowText(session, page);
}

/**
 * Lets downloads land in `dir` without a prompt. Chromium: CDP Browser.setDownloadBehavior on the
 * browser target. Firefox: cannot be changed after launch; pass firefoxDownloadPrefs(dir) to
 * launch() instead (this then does nothing).
 */
export async function allowDownloads(session: Session, dir: string): Promise<void> {
  if (session.kind !== 'chromium') return;
  // The behaviour lasts as long as the CDP session that set it: keep it (it ends with the browser).
  const cdp = await session.browser.target().createCDPSession();
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: dir, eventsEnabled: false });
}

/** Firefox prefs that save every download into `dir` without asking (for launch({ prefs })). */
export function firefoxDownloadPrefs(dir: string): Record<string, unknown> {
  return {
    'browser.download.dir': dir,
    'browser.download.folderList': 2,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.start_downloads_in_tmp_dir': false,
    'browser.download.manager.showWhenStarting': false,
    'browser.download.alwaysOpenPanel': false,
    'browser.helperApps.neverAsk.saveToDisk': 'application/json,application/ld+json',
  };
}
