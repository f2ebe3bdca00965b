// Bundles the CLI (cli/main.ts, with the engine, the seed corpus and parse5) into dist/cli/sanad.cjs.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export async function buildCli() {
  const outfile = resolve(root, 'dist/cli/sanad.cjs');
  await build({
    absWorkingDir: root,
    entryPoints: [resolve(root, 'cli/main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    loader: { '.txt': 'text' },
    minify: false,
    sourcemap: false,
    legalComments: 'none',
    logLevel: 'warning',
  });
  return outfile;
}

// `node scripts/build-cli.mjs` builds the CLI alone.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  const outfile = await buildCli();
  console.log(`build-cli: ${outfile} in ${Date.now() - started} ms`);
}
