// Settings round-trip through store/settings.ts, the interface language switch (RTL for Arabic),
// and the reset to the seed corpus with "Export first".
import { getSettings } from '../../../store/settings';
import { freshRepo, renderApp, TL_, typeInto } from './helpers';

const { fireEvent, screen, waitFor, within } = TL_;
/** jsdom's Blob has no text(). */
function blobText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

afterEach(() => {
  TL_.cleanup();
  history.replaceState(null, '', '#');
});

it('adds and removes disabled sites, toggles markConsistent, and switches the language', async () => {
  const { db, api, view } = await renderApp({ initialHash: '#settings' });
  expect(screen.getByText('Sanad runs on every site.')).toBeTruthy();
  const input = screen.getByLabelText('Turn Sanad off on a site (host name)');
  typeInto(input, 'not a host!');
  fireEvent.submit(input.closest('form')!);
  expect(screen.getByText('Not a host name (for example: example.com).')).toBeTruthy();
  typeInto(input, 'https://News.Example.COM/path');
  fireEvent.submit(input.closest('form')!);
  await screen.findByText('news.example.com');
  expect((await getSettings(db)).disabledSites).toEqual(['news.example.com']);

  fireEvent.click(screen.getByRole('switch', { name: /Also mark figures/ }));
  await waitFor(async () => expect((await getSettings(db)).markConsistent).toBe(true));

  fireEvent.click(screen.getByRole('button', { name: 'Turn Sanad back on for news.example.com' }));
  await screen.findByText('Sanad runs on every site.');
  expect((await getSettings(db)).disabledSites).toEqual([]);

  fireEvent.click(screen.getByLabelText('العربية'));
  await waitFor(() => expect(view.container.querySelector('.options')!.getAttribute('dir')).toBe('rtl'));
  await waitFor(() => expect(document.documentElement.dir).toBe('rtl'));
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('سند: المدونة والإعدادات');
  expect((await getSettings(db)).uiLanguage).toBe('ar');
  fireEvent.click(screen.getByLabelText('لغة المتصفح'));
  await waitFor(() => expect(view.container.querySelector('.options')!.getAttribute('dir')).toBe('ltr'));
  expect(api.corpusChanged).toBe(0); // settings are not corpus changes
});

it('reads stored settings on load', async () => {
  const { db, repo } = await freshRepo();
  await db.settings.bulkPut([
    { key: 'disabledSites', value: ['a.example', 'b.example'] },
    { key: 'uiLanguage', value: 'ar' },
  ]);
  const { view } = await renderApp({ repo, initialHash: '#settings' });
  expect(view.container.querySelector('.options')!.getAttribute('dir')).toBe('rtl');
  expect(screen.getByText('a.example')).toBeTruthy();
  expect(screen.getByText('b.example')).toBeTruthy();
});

it('resets to the seed corpus after confirmation, offering an export first', async () => {
  const { repo, api } = await renderApp({ initialHash: '#settings' });
  const seedFact = (await repo.getFact('seed-000-troops-iraq'))!;
  await repo.putFact({ ...seedFact, value: 1 });
  await repo.deleteFact('seed-000-troops-syria');
  await repo.putDocument({ id: 'mine', title: 'Mine', outlet: 'Me', published: '2024-01-01', lang: 'en', text: 'x', origin: 'user' });

  const open = screen.getByRole('button', { name: 'Reset to the seed corpus…' });
  open.focus();
  fireEvent.click(open);
  let dialog = await screen.findByRole('dialog');
  expect(within(dialog).getByText('Reset the corpus?')).toBeTruthy();
  fireEvent.keyDown(dialog, { key: 'Escape' });
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

  fireEvent.click(open);
  dialog = await screen.findByRole('dialog');
  fireEvent.click(within(dialog).getByRole('button', { name: 'Export first' }));
  await waitFor(() => expect(api.downloads).toHaveLength(1));
  expect(api.downloads[0]!.filename).toMatch(/^sanad-corpus-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(await blobText(api.downloads[0]!.blob)) as { documents: unknown[]; facts: unknown[] };
  expect(exported.documents).toHaveLength(6);

  fireEvent.click(within(dialog).getByRole('button', { name: 'Reset' }));
  await screen.findByText('The corpus is back to the seed corpus.');
  expect(await repo.getDocument('mine')).toBeUndefined();
  expect((await repo.getFact('seed-000-troops-iraq'))!.value).toBe(2500);
  expect((await repo.getFact('seed-000-troops-iraq'))!.edited).not.toBe(true);
  expect(await repo.getFact('seed-000-troops-syria')).toBeTruthy();
  expect(await repo.listTombstones()).toEqual([]);
  expect((await repo.listFacts()).length).toBe(26);
  expect(api.corpusChanged).toBe(1);
});

it('uses the import/export helper when given, and reloads after an import', async () => {
  const exporter = jest.fn(async () => new Blob(['{}'], { type: 'application/json' }));
  let importedCb: (() => void) | null = null;
  const Panel = (p: { onImported(): void; lang: 'ar' | 'en' }) => {
    importedCb = p.onImported;
    return <p>panel {p.lang}</p>;
  };
  const { api } = await renderApp({ initialHash: '#import-export', ImportExport: Panel, exportCorpusJson: exporter });
  expect(screen.getByText('panel en')).toBeTruthy();
  importedCb!();
  expect(api.corpusChanged).toBe(1);
  fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
  fireEvent.click(screen.getByRole('button', { name: 'Reset to the seed corpus…' }));
  fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Export first' }));
  await waitFor(() => expect(exporter).toHaveBeenCalled());
});
