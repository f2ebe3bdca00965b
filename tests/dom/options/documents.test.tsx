// Documents: the list, the reader with <mark>ed quotes, the #doc=…&fact=… deep link, adding a
// document with candidate facts, the #draft= capture link, and HTML files read as text.
import { segmentText } from '../../../extension/options/documents/segments';
import { htmlToText } from '../../../extension/options/documents/html-to-text';
import { encodeBase64Url, parseRoute } from '../../../extension/options/route';
import { renderApp, TL_, typeInto } from './helpers';

const { fireEvent, screen, waitFor, within } = TL_;
afterEach(() => {
  TL_.cleanup();
  history.replaceState(null, '', '#');
});

it('lists the documents with their fact counts and opens one', async () => {
  const { view } = await renderApp({ initialHash: '#documents' });
  const rows = view.container.querySelectorAll('tbody tr');
  expect(rows).toHaveLength(5);
  const row = view.container.querySelector('tr[data-doc-id="seed-000"]') as HTMLElement;
  expect(within(row).getByText('الحرة')).toBeTruthy();
  expect(within(row).getByText('18 January 2024')).toBeTruthy();
  expect(within(row).getByText('Arabic')).toBeTruthy();
  fireEvent.click(within(row).getByRole('button'));
  const text = view.container.querySelector('.reader__text') as HTMLElement;
  expect(text.getAttribute('dir')).toBe('rtl');
  expect(text.querySelectorAll('mark').length).toBeGreaterThan(2);
  expect(location.hash).toBe('#doc=seed-000');
});

it('highlights the quotes with <mark> and the deep link selects and focuses the fact', async () => {
  const { view } = await renderApp({ initialHash: '#doc=seed-000&fact=seed-000-troops-iraq' });
  const text = view.container.querySelector('.reader__text') as HTMLElement;
  const selected = text.querySelector('mark[aria-current="true"]') as HTMLElement;
  expect(selected.textContent).toBe('وتنشر واشنطن 2500 عسكري في العراق');
  expect(selected.getAttribute('data-fact-ids')).toBe('seed-000-troops-iraq');
  await waitFor(() => expect(document.activeElement).toBe(selected));
  // The whole text is there, as text: marks plus plain runs give back the document.
  expect(text.children.length).toBe(text.querySelectorAll('mark').length);
  // Choosing another fact moves the selection.
  const other = view.container.querySelector('.reader__fact[data-fact-id="seed-000-troops-syria"]') as HTMLElement;
  fireEvent.click(within(other).getByText('Show in the text'));
  expect(text.querySelector('mark[aria-current="true"]')!.textContent).toBe('ونحو 900 في سوريا');
  expect(location.hash).toBe('#doc=seed-000&fact=seed-000-troops-syria');
});

it('the fact list links to its source document', async () => {
  const { view } = await renderApp();
  const row = view.container.querySelector('.fact-row') as HTMLElement;
  const factId = row.getAttribute('data-fact-id')!;
  fireEvent.click(within(row).getByText('Open the source'));
  await waitFor(() => expect(view.container.querySelector(`mark[aria-current="true"]`)).toBeTruthy());
  expect(view.container.querySelector('mark[aria-current="true"]')!.getAttribute('data-fact-ids')).toContain(factId);
});

it('splits overlapping quotes into segments', () => {
  const segs = segmentText('abcdefgh', [
    { factId: 'a', start: 1, end: 4 },
    { factId: 'b', start: 3, end: 6 },
  ]);
  expect(segs.map((s) => [s.text, s.factIds.join('+')])).toEqual([
    ['a', ''],
    ['bc', 'a'],
    ['d', 'a+b'],
    ['ef', 'b'],
    ['gh', ''],
  ]);
});

it('adds a pasted Arabic article: proposes candidates, accepting one saves a fact', async () => {
  const { repo, api, view } = await renderApp({ initialHash: '#add-document' });
  const article = 'قال مسؤولون إن الوضع تغير.\nوتنشر الولايات المتحدة نحو 4000 جندي في العراق';
  typeInto(screen.getByLabelText(/^Article text/), article);
  typeInto(screen.getByLabelText(/^Title/), 'مقال تجريبي');
  typeInto(screen.getByLabelText(/^Outlet/), 'وكالة الاختبار');
  typeInto(screen.getByLabelText(/^Published/), '2024-03-01');
  expect((screen.getByLabelText('Language') as HTMLSelectElement).value).toBe('ar');
  fireEvent.click(screen.getByRole('button', { name: 'Find figures' }));
  const candidate = view.container.querySelector('.candidate') as HTMLElement;
  expect(candidate).toBeTruthy();
  expect(within(candidate).getByText('4000')).toBeTruthy();
  expect(within(candidate).getByText('troops deployed')).toBeTruthy();
  expect(within(candidate).getByText('Troops deployed · United States · in Iraq: about 4,000, as of 1 March 2024')).toBeTruthy();
  expect(within(candidate).getByText('«وتنشر الولايات المتحدة نحو 4000 جندي في العراق»')).toBeTruthy();
  fireEvent.click(within(candidate).getByRole('button', { name: 'Accept' }));
  fireEvent.click(screen.getByRole('button', { name: 'Save the document with 1 accepted facts' }));
  await screen.findByText('Document saved with 1 facts.');
  const docs = (await repo.listDocuments()).filter((d) => d.origin === 'user');
  expect(docs).toHaveLength(1);
  expect(docs[0]).toMatchObject({ title: 'مقال تجريبي', outlet: 'وكالة الاختبار', published: '2024-03-01', lang: 'ar', text: article });
  const facts = (await repo.listFacts()).filter((f) => f.origin === 'user');
  expect(facts).toHaveLength(1);
  const f = facts[0]!;
  expect(f).toMatchObject({ measure: 'troops', actor: ['US'], place: ['IQ'], value: 4000, qualifier: 'approx', asOf: '2024-03-01' });
  expect(article.slice(f.source.start, f.source.end)).toBe(f.source.quote);
  expect(f.source.quote).toBe('وتنشر الولايات المتحدة نحو 4000 جندي في العراق');
  expect(api.corpusChanged).toBe(1);
});

it('edits a candidate in the fact form before accepting it', async () => {
  const { repo, view } = await renderApp({ initialHash: '#add-document' });
  typeInto(screen.getByLabelText(/^Article text/), 'The United States has about 2,500 troops in Iraq.');
  typeInto(screen.getByLabelText(/^Title/), 'Test');
  typeInto(screen.getByLabelText(/^Outlet/), 'Wire');
  typeInto(screen.getByLabelText(/^Published/), '2024-03-01');
  expect((screen.getByLabelText('Language') as HTMLSelectElement).value).toBe('en');
  fireEvent.click(screen.getByRole('button', { name: 'Find figures' }));
  const candidate = view.container.querySelector('.candidate') as HTMLElement;
  fireEvent.click(within(candidate).getByRole('button', { name: 'Edit' }));
  const dialog = await screen.findByRole('dialog');
  typeInto(within(dialog).getByLabelText(/^Value/), '2600');
  fireEvent.submit(dialog.querySelector('form')!);
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  fireEvent.click(screen.getByRole('button', { name: 'Save the document with 1 accepted facts' }));
  await screen.findByText('Document saved with 1 facts.');
  expect((await repo.listFacts()).filter((f) => f.origin === 'user').map((f) => f.value)).toEqual([2600]);
});

it('requires the document fields and an http(s) URL', async () => {
  await renderApp({ initialHash: '#add-document' });
  typeInto(screen.getByLabelText(/^Address/), 'javascript:alert(1)');
  fireEvent.click(screen.getByRole('button', { name: 'Find figures' }));
  expect(screen.getByText('Only http:// or https:// addresses.')).toBeTruthy();
  expect(screen.getAllByText('Required.').length).toBeGreaterThanOrEqual(3);
});

it('turns an HTML file into visible text without running or attaching it', () => {
  const html =
    '<html><head><title>T</title><style>p{}</style><script>window.__pwned=1</script></head><body><p>The <b>US</b> has <span>2,500</span> troops.</p><noscript>no</noscript><template><p>x</p></template><div>Second <img src=x onerror="window.__pwned=1"> line</div></body></html>';
  const before = document.body.outerHTML.length;
  const { text, title } = htmlToText(html);
  expect(text).toBe('The US has 2,500 troops.\n\nSecond line');
  expect(title).toBe('T');
  expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  expect(document.body.outerHTML.length).toBe(before);
});

it('opens the add-fact form prefilled from a #draft= capture link, and saves the page as a document', async () => {
  const payload = { text: 'The US has about 2,500 troops in Iraq.', url: 'https://www.example.org/news/1', title: 'Example news', published: '2024-02-02' };
  const hash = `#draft=${encodeBase64Url(JSON.stringify(payload))}`;
  expect(parseRoute(hash).draft).toEqual(payload);
  const { repo, api } = await renderApp({ initialHash: hash });
  const dialog = await screen.findByRole('dialog');
  const q = within(dialog);
  expect((q.getByLabelText(/^Exact quote/) as HTMLTextAreaElement).value).toBe(payload.text);
  expect((q.getByLabelText(/^Outlet/) as HTMLInputElement).value).toBe('example.org');
  expect((q.getByLabelText(/^Address/) as HTMLInputElement).value).toBe(payload.url);
  expect((q.getByLabelText(/^Published/) as HTMLInputElement).value).toBe('2024-02-02');
  expect((q.getByLabelText(/^What is counted/) as HTMLInputElement).value).toBe('troops');
  expect((q.getByLabelText(/^Value/) as HTMLInputElement).value).toBe('2500');
  expect((q.getByLabelText(/^Document/) as HTMLSelectElement).selectedOptions[0]!.textContent).toBe('New document: Example news');
  fireEvent.submit(dialog.querySelector('form')!);
  await screen.findByText('Fact saved.');
  const doc = (await repo.listDocuments()).find((d) => d.origin === 'user')!;
  expect(doc).toMatchObject({ outlet: 'example.org', url: payload.url, text: payload.text, lang: 'en', title: 'Example news' });
  const fact = (await repo.listFacts()).find((f) => f.origin === 'user')!;
  expect(fact.source).toMatchObject({ docId: doc.id, quote: payload.text, start: 0, end: payload.text.length });
  expect(api.corpusChanged).toBe(1);
  expect(location.hash).toBe('#facts');
});

it('ignores a malformed draft and a javascript: URL in it', async () => {
  expect(parseRoute('#draft=%%%').section).toBe('facts');
  expect(parseRoute('#draft=%%%').draft).toBeUndefined();
  const hash = `#draft=${encodeBase64Url(JSON.stringify({ text: '<b>x</b> 5 troops', url: 'javascript:alert(1)' }))}`;
  await renderApp({ initialHash: hash });
  const dialog = await screen.findByRole('dialog');
  expect((within(dialog).getByLabelText(/^Address/) as HTMLInputElement).value).toBe('');
  expect(dialog.querySelector('b')).toBeNull();
});
