// `npm run build`: the CLI (dist/cli) and the extension for Chrome and Firefox (dist/chrome, dist/firefox).
import { buildCli } from './build-cli.mjs';
import { buildExtension } from './build-extension.mjs';

const started = Date.now();
await buildCli();
await buildExtension();
console.log(`build: done in ${Date.now() - started} ms`);
