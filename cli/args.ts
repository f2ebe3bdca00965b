// Command-line arguments → what to do. No I/O here.

export type Command =
  | { kind: 'scan'; inputs: string[]; json: boolean; noColor: boolean }
  | { kind: 'corpus'; json: boolean; noColor: boolean }
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'usage-error'; message: string };

export const USAGE = `usage: sanad scan [--json] [--no-color] FILE|URL|- ...
       sanad corpus [--json] [--no-color]
       sanad --help | --version

Fact-checks coalition figures in Arabic/English news against Sanad's corpus of sourced facts.

commands:
  scan     check every figure in each input: a file (text or HTML), an http(s) URL, or - for stdin
  corpus   list the facts of the corpus with their sources

options:
  --json       machine-readable output on stdout (nothing else is printed there)
  --no-color   no colours (also: NO_COLOR=1; colours are used on a terminal only)
  -h, --help   this help
  -V, --version

exit status: 0 ok; 1 internal error; 2 usage error or an input that could not be read
(the other inputs are still scanned).
`;

export function parseArgs(argv: readonly string[]): Command {
  let json = false;
  let noColor = false;
  let command: 'scan' | 'corpus' | undefined;
  const inputs: string[] = [];
  let optionsDone = false;

  for (const arg of argv) {
    if (!optionsDone && arg.startsWith('-') && arg !== '-') {
      switch (arg) {
        case '--':
          optionsDone = true;
          continue;
        case '-h':
        case '--help':
          return { kind: 'help' };
        case '-V':
        case '--version':
          return { kind: 'version' };
        case '--json':
          json = true;
          continue;
        case '--no-color':
        case '--no-colour':
          noColor = true;
          continue;
        default:
          return { kind: 'usage-error', message: `unknown option: ${arg}` };
      }
    }
    if (command === undefined) {
      if (arg === 'help') return { kind: 'help' };
      if (arg !== 'scan' && arg !== 'corpus') return { kind: 'usage-error', message: `unknown command: ${arg}` };
      command = arg;
      continue;
    }
    inputs.push(arg);
  }

  if (command === undefined) return { kind: 'usage-error', message: 'no command given' };
  if (command === 'corpus') {
    if (inputs.length) return { kind: 'usage-error', message: `corpus takes no arguments: ${inputs[0]}` };
    return { kind: 'corpus', json, noColor };
  }
  if (!inputs.length) return { kind: 'usage-error', message: 'scan needs at least one FILE, URL or - (stdin)' };
  return { kind: 'scan', inputs, json, noColor };
}
