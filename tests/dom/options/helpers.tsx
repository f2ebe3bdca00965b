// Shared setup for the options page tests: a fresh fake-indexeddb with the seed corpus, a fake api
// (no browser), and the app rendered through @testing-library/preact's CommonJS build.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'node:util';
import type * as TL from '@testing-library/preact';
import { createDb, type SanadDb } from '../../../store/db';
import { CorpusRepository } from '../../../store/repository';
import { ensureSeeded } from '../../../store/seeding';
import type { OptionsApi } from '../../../extension/options/api';
import { OptionsApp, type OptionsAppProps } from '../../../extension/options/App';

// jsdom has no structuredClone (Dexie and store/settings use it).
globalThis.structuredClone ??= <T,>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));

// jest's jsdom environment lacks TextEncoder/TextDecoder (the #draft= link is base64url UTF-8).
globalThis.TextEncoder ??= NodeTextEncoder as unknown as typeof TextEncoder;
globalThis.TextDecoder ??= NodeTextDecoder as unknown as typeof TextDecoder;

// eslint-disable-next-line @typescript-eslint/no-require-imports
export const TL_ = require('../../../node_modules/@testing-library/preact/dist/cjs/index.js') as typeof TL;

export interface FakeApi extends OptionsApi {
  corpusChanged: number;
  downloads: Array<{ blob: Blob; filename: string }>;
}

export function fakeApi(uiLanguage = 'en-US'): FakeApi {
  const api: FakeApi = {
    corpusChanged: 0,
    downloads: [],
    getMessage: () => '',
    getUILanguage: () => uiLanguage,
    async sendCorpusChanged() {
      api.corpusChanged++;
    },
    download(blob, filename) {
      api.downloads.push({ blob, filename });
    },
  };
  return api;
}

export async function freshRepo(): Promise<{ db: SanadDb; repo: CorpusRepository }> {
  const db = createDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  await ensureSeeded(db);
  return { db, repo: new CorpusRepository(db) };
}

export const NOW = new Date('2025-06-01T12:00:00Z');

export async function renderApp(opts: Partial<OptionsAppProps> & { uiLanguage?: string } = {}) {
  const { db, repo } = opts.repo ? { db: opts.repo.db, repo: opts.repo } : await freshRepo();
  const api = (opts.api as FakeApi | undefined) ?? fakeApi(opts.uiLanguage);
  const onReady = jest.fn();
  const view = TL_.render(<OptionsApp repo={repo} api={api} now={() => NOW} onReady={onReady} {...opts} />);
  await TL_.waitFor(() => expect(onReady).toHaveBeenCalled());
  await TL_.waitFor(() => expect(view.container.querySelector('[aria-busy="true"]')).toBeNull());
  return { db, repo, api, view, onReady };
}

/** Types into an input the way a user does: sets the value and fires input. */
export function typeInto(el: Element, value: string): void {
  TL_.fireEvent.input(el, { target: { value } });
}

/** Narrows the fact list to one fact (its id is searchable) and returns its row. */
export async function findRow(container: Element, factId: string): Promise<HTMLElement> {
  typeInto(TL_.screen.getByLabelText(/^(Search the facts|ابحث في الحقائق)$/), factId);
  let row: HTMLElement | null = null;
  await TL_.waitFor(() => {
    row = container.querySelector(`[data-fact-id="${factId}"]`);
    expect(row).toBeTruthy();
  });
  return row!;
}
