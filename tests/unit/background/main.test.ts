// The real entry point: importing background/main.ts registers every listener during module
// evaluation, before any await (W03). The polyfill seam is replaced by a fake.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FakeBrowser } from './fake-browser';

it('background/main.ts registers its listeners synchronously while it evaluates', () => {
  const fake = new FakeBrowser();
  jest.doMock('../../../extension/browser', () => ({ browser: fake.asBrowser() }));
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require('../../../background/main');
  });
  expect(fake.runtime.onMessage.listeners).toHaveLength(1);
  expect(fake.runtime.onInstalled.listeners).toHaveLength(1);
  expect(fake.tabs.onRemoved.listeners).toHaveLength(1);
  expect(fake.tabs.onUpdated.listeners).toHaveLength(1);
});

it('registers listeners only in start.ts, never after an await or in a callback', () => {
  // A cheap static guard: every addListener of the background lives in start.ts, at the top level
  // of start() (which has no await).
  const dir = join(__dirname, '../../../background');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const text = readFileSync(join(dir, file), 'utf8');
    if (file === 'start.ts') {
      const body = text.slice(text.indexOf('export function start('));
      expect(body).not.toMatch(/\bawait\b/);
      expect(text).not.toMatch(/async function start/);
    } else {
      expect(text).not.toMatch(/\.addListener\(/);
    }
  }
});
