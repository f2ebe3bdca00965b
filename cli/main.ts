// The real entry point (bundled to dist/cli/sanad.cjs): process I/O, the seed corpus, the engine.
import { readFile } from 'node:fs/promises';
import { createChecker } from '../core/index';
import { seedCorpus } from '../store/seed-corpus';
import { main, type CliIo } from './sanad';

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

// `sanad … | head` closes the pipe early: that is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

const io: CliIo = {
  stdout: (s) => void process.stdout.write(s),
  stderr: (s) => void process.stderr.write(s),
  readFile: (path) => readFile(path),
  fetch: (url, init) => fetch(url, init),
  stdin: readStdin,
  isTTY: process.stdout.isTTY === true,
  env: process.env,
};

main(process.argv.slice(2), io, { corpus: seedCorpus, createChecker }).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`sanad: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  },
);
