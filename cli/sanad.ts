// The `sanad` command: parse arguments, read inputs, run the engine, print. All I/O is injected.
import type { Checker, Corpus, ScanOptions } from '../core/index';
import { parseArgs, USAGE } from './args';
import { formatCorpus, formatScan, guessLang, painter } from './format-human';
import { corpusToJson, scanToJson, stringify, type ScannedFile } from './format-json';
import { readInput, type InputIo } from './read-input';
import { version as PACKAGE_VERSION } from '../package.json';

export interface CliIo extends InputIo {
  stdout(s: string): void;
  stderr(s: string): void;
  /** Whether stdout is a terminal (colours are used only then). */
  isTTY: boolean;
  env: Record<string, string | undefined>;
}

export interface CliDeps {
  /** The corpus to check against (loaded only when a command needs it). */
  corpus(): Corpus;
  createChecker(corpus: Corpus): Checker;
  version?: string;
}

export const EXIT_OK = 0;
export const EXIT_INTERNAL = 1;
export const EXIT_USAGE = 2;
export const EXIT_INPUT = 2;

function useColor(io: CliIo, noColor: boolean): boolean {
  if (noColor || !io.isTTY) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  return io.env.TERM !== 'dumb';
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export async function main(argv: readonly string[], io: CliIo, deps: CliDeps): Promise<number> {
  const cmd = parseArgs(argv);
  switch (cmd.kind) {
    case 'help':
      io.stdout(USAGE);
      return EXIT_OK;
    case 'version':
      io.stdout(`sanad ${deps.version ?? PACKAGE_VERSION}\n`);
      return EXIT_OK;
    case 'usage-error':
      io.stderr(`sanad: ${cmd.message}\n\n${USAGE}`);
      return EXIT_USAGE;
    case 'corpus': {
      const corpus = deps.corpus();
      io.stdout(cmd.json ? stringify(corpusToJson(corpus)) : formatCorpus(corpus, painter(useColor(io, cmd.noColor))));
      return EXIT_OK;
    }
    case 'scan':
      break;
  }

  const corpus = deps.corpus();
  const checker = deps.createChecker(corpus);
  const scanned: ScannedFile[] = [];
  let exit = EXIT_OK;
  for (const input of cmd.inputs) {
    const label = input === '-' ? '(stdin)' : input;
    const read = await readInput(input, io);
    if (!read.ok) {
      io.stderr(`sanad: ${label}: ${read.reason}\n`);
      exit = Math.max(exit, EXIT_INPUT);
      continue;
    }
    const opts: ScanOptions = {};
    if (read.lang) opts.lang = read.lang;
    if (read.published) opts.published = read.published;
    if (read.title) opts.title = read.title;
    try {
      const reports = checker.scan(read.text, opts);
      const file: ScannedFile = { file: input, reports, lang: read.lang ?? guessLang(read.text) };
      if (read.published) file.published = read.published;
      if (read.title) file.title = read.title;
      scanned.push(file);
    } catch (err) {
      io.stderr(`sanad: ${label}: internal error while checking: ${errorMessage(err)}\n`);
      exit = Math.max(exit, EXIT_INTERNAL);
    }
  }

  if (cmd.json) io.stdout(stringify(scanToJson(scanned)));
  else if (scanned.length) io.stdout(formatScan(scanned, corpus, painter(useColor(io, cmd.noColor))));
  return exit;
}
