// Builds the extension for Chrome (dist/chrome) and Firefox (dist/firefox) from the canonical
// manifest.json, then zips both into artifacts/ with web-ext.
// Browser differences are settled here, at build time, in manifestFor(): nothing at runtime sniffs the browser.
import { build } from 'esbuild';
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const TARGETS = /** @type {const} */ (['chrome', 'firefox']);
export const GECKO_ID = 'sanad@sanad-extension';

/** Bundles: entry point → output file at the root of each dist folder. */
const ENTRIES = [
  { in: 'background/main.ts', out: 'background' },
  { in: 'content-scripts/main.ts', out: 'content' },
  { in: 'extension/popup/main.tsx', out: 'popup' },
  { in: 'extension/options/main.tsx', out: 'options' },
];

/** Static files copied as they are: [source, destination inside the dist folder]. */
const STATIC = [
  ['content-scripts/content.css', 'content.css'],
  ['extension/popup/popup.html', 'popup.html'],
  ['extension/options/options.html', 'options.html'],
  ['extension/_locales', '_locales'],
];

/**
 * The per-browser manifest. Chrome: a service worker. Firefox: an event page (`background.scripts`;
 * Firefox refuses a background with only `service_worker`) and `browser_specific_settings`.
 * @param {Record<string, any>} canonical the parsed manifest.json
 * @param {'chrome' | 'firefox'} target
 * @param {string} version
 */
export function manifestFor(canonical, target, version) {
  const manifest = structuredClone(canonical);
  manifest.version = version;
  if (target === 'chrome') {
    manifest.background = { service_worker: 'background.js' };
    manifest.minimum_chrome_version = '120';
    delete manifest.browser_specific_settings;
  } else {
    manifest.background = { scripts: ['background.js'] };
    delete manifest.minimum_chrome_version;
    manifest.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    };
  }
  return manifest;
}

/**
 * Preact ships one HTML sink, for `dangerouslySetInnerHTML`, which Sanad never uses (and lint bans).
 * Strip it at build time so no HTML sink exists in the bundle and `web-ext lint` stays clean.
 * @type {import('esbuild').Plugin}
 */
const noHtmlSinks = {
  name: 'preact-no-dangerously-set-inner-html',
  setup(b) {
    b.onLoad({ filter: /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.module\.js$/ }, async (args) => {
      const src = await readFile(args.path, 'utf8');
      const out = src.replace(/\(\w+\.innerHTML=\w+\.__html\)/, '(void 0)');
      if (out === src) throw new Error('preact HTML sink not found: update the noHtmlSinks patch');
      return { contents: out, loader: 'js' };
    });
  },
};

/** @param {string} outdir */
async function bundle(outdir) {
  await build({
    absWorkingDir: ROOT,
    entryPoints: ENTRIES,
    outdir,
    bundle: true,
    // Classic scripts everywhere: a classic service worker, an event page, content scripts and
    // plain <script> tags in the pages. Nothing is split, so nothing needs module loading.
    format: 'iife',
    platform: 'browser',
    target: ['chrome120', 'firefox140'],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    loader: { '.txt': 'text' },
    charset: 'utf8',
    minify: false, // reviewable output (AMO reviewers read it)
    sourcemap: false,
    legalComments: 'inline',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
    plugins: [noHtmlSinks],
  });
}

/** @param {string} outdir */
async function copyStatic(outdir) {
  for (const [from, to] of STATIC) {
    await cp(join(ROOT, from), join(outdir, to), { recursive: true });
  }
  await mkdir(join(outdir, 'icons'), { recursive: true });
  for (const name of await readdir(join(ROOT, 'extension/icons'))) {
    if (name.endsWith('.png')) await cp(join(ROOT, 'extension/icons', name), join(outdir, 'icons', name));
  }
}

/** @param {string} sourceDir @param {string} filename */
async function zip(sourceDir, filename) {
  const { default: webExt } = await import('web-ext');
  const result = await webExt.cmd.build(
    { sourceDir, artifactsDir: join(ROOT, 'artifacts'), filename, overwriteDest: true },
    { shouldExitProgram: false, showReadyMessage: false },
  );
  return result.extensionPath;
}

/**
 * Builds dist/chrome and dist/firefox and zips them into artifacts/.
 * @param {{ zip?: boolean, log?: (line: string) => void }} [options]
 * @returns {Promise<{ dirs: Record<'chrome' | 'firefox', string>, zips: Record<string, string> }>}
 */
export async function buildExtension({ zip: makeZips = true, log = console.log } = {}) {
  const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
  const canonical = JSON.parse(await readFile(join(ROOT, 'manifest.json'), 'utf8'));
  /** @type {Record<string, string>} */
  const dirs = {};
  /** @type {Record<string, string>} */
  const zips = {};
  for (const target of TARGETS) {
    const outdir = join(ROOT, 'dist', target);
    await rm(outdir, { recursive: true, force: true });
    await mkdir(outdir, { recursive: true });
    await bundle(outdir);
    await copyStatic(outdir);
    const manifest = manifestFor(canonical, target, pkg.version);
    await writeFile(join(outdir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
    dirs[target] = outdir;
    if (makeZips) zips[target] = await zip(outdir, `sanad-${target}-${pkg.version}.zip`);
    log(`build: extension → dist/${target}${makeZips ? ` (+ ${zips[target]})` : ''}`);
  }
  return { dirs, zips };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildExtension();
}
