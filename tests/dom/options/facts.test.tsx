// The fact list: seed facts as sentences, search and filters, edit/delete/undo, HTML rendered literally.
import { explain } from '../../../core/facts/explain';
import type { Fact } from '../../../core/facts/model';
import { FactsView, filterFacts, NO_FILTERS, ROW_HEIGHT } from '../../../extension/options/facts/FactsView';
import { createI18n } from '../../../extension/i18n';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createDb } from '../../../store/db';
import { CorpusRepository } from '../../../store/repository';
import { ensureSeeded } from '../../../store/seeding';
import { findRow, renderApp, TL_, typeInto } from './helpers';

const { fireEvent, screen, waitFor, within } = TL_;

afterEach(() => {
  TL_.cleanup();
  history.replaceState(null, '', '#');
});

it('opened before the background seeded the database, it seeds first and lists the seed facts', async () => {
  const db = createDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  const repo = new CorpusRepository(db);
  expect(await db.facts.count()).toBe(0);
  await renderApp({ repo, prepare: () => ensureSeeded(db) });
  expect(screen.getByText('26 of 26 facts')).toBeTruthy();
});

it('without a prepare step an empty database says so instead of failing', async () => {
  const repo = new CorpusRepository(createDb({ indexedDB: new IDBFactory(), IDBKeyRange }));
  const { view } = await renderApp({ repo });
  expect(screen.getByText('0 of 0 facts')).toBeTruthy();
  expect(view.container.querySelector('.fact-row')).toBeNull();
});

it('lists the seed facts as sentences in English', async () => {
  const { view } = await renderApp();
  expect(view.container.querySelector('[dir="ltr"]')).toBeTruthy();
  expect(screen.getByText('26 of 26 facts')).toBeTruthy();
  expect(view.container.querySelectorAll('.fact-row').length).toBeGreaterThan(3);
  const row = await findRow(view.container, 'seed-000-troops-iraq');
  expect(within(row).getByText('Troops deployed · United States · in Iraq: 2,500, as of 18 January 2024')).toBeTruthy();
  // Source: outlet and date, then the quote in quotation marks (the source's language's marks).
  expect(within(row).getByText('الحرة')).toBeTruthy();
  expect(row.querySelector('.fact-row__source')!.textContent).toBe('الحرة, 18 January 2024: «وتنشر واشنطن 2500 عسكري في العراق»');
  expect(within(row).getByText('«وتنشر واشنطن 2500 عسكري في العراق»')).toBeTruthy();
  expect(within(row).getByText('Seed')).toBeTruthy();
});

it('renders in Arabic, right to left, when the settings say so', async () => {
  const { view } = await renderApp({ uiLanguage: 'ar' });
  const root = view.container.querySelector('.options')!;
  expect(root.getAttribute('dir')).toBe('rtl');
  expect(root.getAttribute('lang')).toBe('ar');
  expect(screen.getByText('26 من 26 حقيقة')).toBeTruthy();
  const row = await findRow(view.container, 'seed-000-troops-iraq');
  expect(within(row).getByText('عدد القوات المنتشرة · الولايات المتحدة · في العراق: 2,500، حتى 18 كانون الثاني/يناير 2024')).toBeTruthy();
});

it('narrows the list by search text (debounced) and by filters', async () => {
  const { view } = await renderApp();
  const search = screen.getByLabelText('Search the facts');
  typeInto(search, 'سكاي');
  expect(screen.getByText('26 of 26 facts')).toBeTruthy(); // debounced: not yet
  await waitFor(() => expect(view.container.querySelector('.count')!.getAttribute('data-count')).not.toBe('26'));
  const n = Number(view.container.querySelector('.count')!.getAttribute('data-count'));
  expect(n).toBeGreaterThan(0);
  for (const row of view.container.querySelectorAll('.fact-row__outlet')) expect(row.textContent).toContain('سكاي نيوز عربية');

  typeInto(search, '');
  await waitFor(() => expect(screen.getByText('26 of 26 facts')).toBeTruthy());
  fireEvent.change(screen.getByLabelText('Kind'), { target: { value: 'year' } });
  const years = Number(view.container.querySelector('.count')!.getAttribute('data-count'));
  expect(years).toBeGreaterThan(0);
  expect(years).toBeLessThan(26);
  fireEvent.change(screen.getByLabelText('Origin'), { target: { value: 'user' } });
  expect(screen.getByText('No fact matches.')).toBeTruthy();
});

it('searches by measure name, value and folded Arabic', () => {
  const fact = { id: 'x', kind: 'count', measure: 'troops', actor: ['US'], place: ['IQ'], value: 2500, qualifier: 'approx', asOf: '2024-01-18', runningTotal: false, origin: 'user', source: { docId: 'd', outlet: 'الحرة', published: '2024-01-18', quote: 'نحو 2500 جندي أمريكي', start: 0, end: 5, lang: 'ar' } } as Fact;
  expect(filterFacts([fact], 'troops deployed', NO_FILTERS)).toHaveLength(1);
  expect(filterFacts([fact], '2,500', NO_FILTERS)).toHaveLength(1);
  expect(filterFacts([fact], 'امريكي', NO_FILTERS)).toHaveLength(1); // أ folded to ا
  expect(filterFacts([fact], '٢٥٠٠', NO_FILTERS)).toHaveLength(1);
  expect(filterFacts([fact], 'syria', NO_FILTERS)).toHaveLength(0);
  expect(filterFacts([fact], '', { ...NO_FILTERS, editedOnly: true })).toHaveLength(0);
});

it('renders only the visible rows of 10,000 facts', () => {
  const base = { kind: 'count' as const, measure: 'troops', actor: [] as string[], place: [] as string[], qualifier: 'exact' as const, asOf: '2024-01-01', runningTotal: false, origin: 'user' as const };
  const facts = Array.from({ length: 10_000 }, (_, i) => ({ ...base, id: `f${i}`, value: i, source: { docId: 'd', outlet: 'O', published: '2024-01-01', quote: `q${i}`, start: 0, end: 1, lang: 'en' as const } })) as Fact[];
  const i18n = createI18n(null, 'en');
  const { container } = TL_.render(<FactsView facts={facts} documents={[]} lang="en" t={i18n.t} onAdd={() => {}} onEdit={() => {}} onDelete={() => {}} onOpenSource={() => {}} debounceMs={0} />);
  const rows = container.querySelectorAll('.fact-row');
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.length).toBeLessThan(30);
  expect(container.querySelector('.vlist__spacer')!.getAttribute('style')).toContain(`height: ${10_000 * ROW_HEIGHT}px`);
});

it('deletes a seed fact, and Undo restores exactly the same record (and lifts the tombstone)', async () => {
  const { repo, api, view } = await renderApp();
  const before = (await repo.getFact('seed-000-troops-iraq'))!;
  const row = await findRow(view.container, 'seed-000-troops-iraq');
  fireEvent.click(within(row).getByText('Delete'));
  await screen.findByText('Fact deleted.');
  await waitFor(async () => expect(await repo.getFact('seed-000-troops-iraq')).toBeUndefined());
  expect(await repo.listTombstones()).toContain('seed-000-troops-iraq');
  expect(screen.getByText('0 of 25 facts')).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
  await screen.findByText('Fact restored.');
  expect(await repo.getFact('seed-000-troops-iraq')).toEqual(before);
  expect(await repo.listTombstones()).not.toContain('seed-000-troops-iraq');
  expect(api.corpusChanged).toBe(2);
  expect(screen.getByText('1 of 26 facts')).toBeTruthy();
});

it('hides the undo bar after the timeout', async () => {
  const { view } = await renderApp({ undoMs: 60 });
  const row = view.container.querySelector('.fact-row') as HTMLElement;
  fireEvent.click(within(row).getByText('Delete'));
  await screen.findByText('Fact deleted.');
  await waitFor(() => expect(screen.queryByText('Fact deleted.')).toBeNull());
});

it('an edited seed fact is saved as edited and shows the badge', async () => {
  const { repo, api, view } = await renderApp();
  const row = await findRow(view.container, 'seed-000-troops-iraq');
  fireEvent.click(within(row).getByText('Edit'));
  const dialog = await screen.findByRole('dialog');
  expect(within(dialog).getByText('Edit the fact')).toBeTruthy();
  typeInto(within(dialog).getByLabelText(/^Value/), '2600');
  fireEvent.submit(dialog.querySelector('form')!);
  await screen.findByText('Fact saved.');
  const stored = (await repo.getFact('seed-000-troops-iraq'))!;
  expect(stored).toMatchObject({ value: 2600, origin: 'seed', edited: true });
  expect(api.corpusChanged).toBe(1);
  const updated = view.container.querySelector('[data-fact-id="seed-000-troops-iraq"]') as HTMLElement;
  expect(within(updated).getByText('Edited')).toBeTruthy();
  typeInto(screen.getByLabelText('Search the facts'), '');
  fireEvent.click(screen.getByLabelText('Edited only'));
  await waitFor(() => expect(screen.getByText('1 of 26 facts')).toBeTruthy());
});

it('saving a seed fact unchanged does not mark it edited', async () => {
  const { repo, view } = await renderApp();
  const row = await findRow(view.container, 'seed-000-coalition-founded');
  fireEvent.click(within(row).getByText('Edit'));
  const dialog = await screen.findByRole('dialog');
  fireEvent.submit(dialog.querySelector('form')!);
  await screen.findByText('Fact saved.');
  expect((await repo.getFact('seed-000-coalition-founded'))!.edited).not.toBe(true);
});

it('renders HTML in any field literally, and links only http(s) URLs', async () => {
  const { repo } = await renderApp();
  const doc = { id: 'evil', title: '<img src=x onerror=alert(1)>', outlet: '<b>Outlet</b>', published: '2024-01-01', lang: 'en' as const, text: 'The <script>alert(1)</script> US has 3000 troops in Iraq.', origin: 'user' as const, url: 'javascript:alert(1)' };
  await repo.putDocument(doc);
  const quote = 'The <script>alert(1)</script> US has 3000 troops in Iraq.';
  await repo.putFact({
    id: 'evil-fact', kind: 'count', measure: 'troops', actor: ['US'], place: ['IQ'], value: 3000, qualifier: 'exact', asOf: '2024-01-01', runningTotal: false, origin: 'user',
    note: '<svg onload=alert(1)>',
    source: { docId: 'evil', outlet: '<b>Outlet</b>', published: '2024-01-01', title: '<i>t</i>', url: '  JaVaScRiPt:alert(1)', quote, start: 0, end: quote.length, lang: 'en' },
  } as Fact);
  TL_.cleanup();
  const { view } = await renderApp({ repo });
  const row = await findRow(view.container, 'evil-fact');
  expect(row.textContent).toContain('<b>Outlet</b>');
  expect(row.textContent).toContain('<script>alert(1)</script>');
  expect(view.container.querySelector('script, img, svg, b, i')).toBeNull();
  expect(row.querySelector('a')).toBeNull();
  for (const a of view.container.querySelectorAll('a')) expect(a.getAttribute('href')).toMatch(/^https?:/);
  // The document reader too.
  fireEvent.click(within(row).getByText('Open the source'));
  await screen.findByText('<img src=x onerror=alert(1)>');
  expect(view.container.querySelector('script, img, svg, b, i')).toBeNull();
  expect(view.container.querySelector('.reader a')).toBeNull();
  expect(explain.value({ kind: 'count', value: 3000, qualifier: 'exact' } as Fact).en).toBe('3,000');
});
