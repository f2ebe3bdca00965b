// The fact form: inline errors as you type (impossible values and dates, a javascript: URL, a quote
// not in the document), and a valid new fact saved through the repository.
import { checkIsoDate, emptyDraft, validateDraft } from '../../../extension/options/facts/form-model';
import { NOW, renderApp, TL_, typeInto } from './helpers';

const { fireEvent, screen, waitFor, within } = TL_;
afterEach(() => TL_.cleanup());

async function openAddForm() {
  const app = await renderApp();
  const add = screen.getByRole('button', { name: 'Add a fact' });
  add.focus();
  fireEvent.click(add);
  const dialog = await screen.findByRole('dialog');
  return { ...app, dialog, q: within(dialog) };
}

it('shows inline errors as you type', async () => {
  const { q } = await openAddForm();
  typeInto(q.getByLabelText(/^Value/), '-5');
  expect(q.getByText('A number, 0 or more.')).toBeTruthy();
  expect(q.getByLabelText(/^Value/).getAttribute('aria-invalid')).toBe('true');
  typeInto(q.getByLabelText(/^Value/), 'abc');
  expect(q.getByText('A number, 0 or more.')).toBeTruthy();
  typeInto(q.getByLabelText(/^Value/), '2500');
  expect(q.queryByText('A number, 0 or more.')).toBeNull();

  typeInto(q.getByLabelText(/^Minimum/), '3000');
  typeInto(q.getByLabelText(/^Maximum/), '2000');
  expect(q.getByText('The maximum is below the minimum.')).toBeTruthy();

  typeInto(q.getByLabelText(/^What is counted/), 'Troops!');
  expect(q.getByText('Use lower-case letters, digits and _, starting with a letter.')).toBeTruthy();

  typeInto(q.getByLabelText(/^As of/), '2024-02-30');
  expect(q.getByText('That day does not exist in that month.')).toBeTruthy();
  typeInto(q.getByLabelText(/^As of/), '2024-13-01');
  expect(q.getByText('A month from 1 to 12.')).toBeTruthy();
  typeInto(q.getByLabelText(/^As of/), '2999-01-01');
  expect(q.getByText('A year from 1900 to 2100.')).toBeTruthy();
  typeInto(q.getByLabelText(/^As of/), '2030-01-01');
  expect(q.getByText('That date is in the future.')).toBeTruthy();

  typeInto(q.getByLabelText(/^Address/), 'javascript:alert(1)');
  expect(q.getByText('Only http:// or https:// addresses.')).toBeTruthy();
  typeInto(q.getByLabelText(/^Address/), '  JaVaScRiPt:alert(1)');
  expect(q.getByText('Only http:// or https:// addresses.')).toBeTruthy();
  typeInto(q.getByLabelText(/^Address/), 'https://example.org/a');
  expect(q.queryByText('Only http:// or https:// addresses.')).toBeNull();

  fireEvent.change(q.getByLabelText('Kind'), { target: { value: 'date' } });
  typeInto(q.getByLabelText(/^Year/), '1800');
  expect(q.getByText('A year from 1900 to 2100.')).toBeTruthy();
  typeInto(q.getByLabelText(/^Year/), '2023');
  typeInto(q.getByLabelText(/^Month/), '2');
  typeInto(q.getByLabelText(/^Day/), '29');
  expect(q.getByText('That day does not exist in that month.')).toBeTruthy();
  typeInto(q.getByLabelText(/^Year/), '2024');
  expect(q.queryByText('That day does not exist in that month.')).toBeNull();
});

it('refuses to save an incomplete fact and says why', async () => {
  const { q, repo } = await openAddForm();
  fireEvent.submit(q.getByRole('button', { name: 'Save' }).closest('form')!);
  expect(q.getByText('Fix the marked fields first.')).toBeTruthy();
  expect(q.getAllByText('Required.').length).toBeGreaterThan(3);
  expect((await repo.listFacts()).length).toBe(26);
});

it('saves a valid new fact as a user fact and tells the background', async () => {
  const { q, repo, api, view } = await openAddForm();
  fireEvent.change(q.getByLabelText(/^Document/), { target: { value: 'seed-000' } });
  expect((q.getByLabelText(/^Outlet/) as HTMLInputElement).value).toBe('الحرة');
  typeInto(q.getByLabelText(/^What is counted/), 'troops');
  fireEvent.click(within(q.getByRole('group', { name: 'Who (actor)' })).getByLabelText('United States'));
  fireEvent.click(within(q.getByRole('group', { name: 'Where (place)' })).getByLabelText('Syria'));
  fireEvent.change(q.getByLabelText('Qualifier'), { target: { value: 'approx' } });
  typeInto(q.getByLabelText(/^Value/), '900');
  typeInto(q.getByLabelText(/^As of/), '2024-01-18');
  typeInto(q.getByLabelText(/^Exact quote/), 'not in the text');
  expect(q.getByText("The quote must appear word for word in the document's text.")).toBeTruthy();
  typeInto(q.getByLabelText(/^Exact quote/), 'ونحو 900 في سوريا');
  typeInto(q.getByLabelText(/^Words for the measure/), 'جندي, عسكري، قوات');
  fireEvent.submit(q.getByRole('button', { name: 'Save' }).closest('form')!);
  await screen.findByText('Fact saved.');
  const added = (await repo.listFacts()).filter((f) => f.origin === 'user');
  expect(added).toHaveLength(1);
  expect(added[0]).toMatchObject({
    measure: 'troops', actor: ['US'], place: ['SY'], value: 900, qualifier: 'approx', asOf: '2024-01-18',
    terms: { measure: ['جندي', 'عسكري', 'قوات'] },
    source: { docId: 'seed-000', outlet: 'الحرة', quote: 'ونحو 900 في سوريا', start: 1451, end: 1468 },
  });
  expect(api.corpusChanged).toBe(1);
  expect(screen.queryByRole('dialog')).toBeNull();
  expect(view.container.querySelector('.count')!.textContent).toBe('27 of 27 facts');
});

it('closes on Escape and on Cancel, returning focus', async () => {
  const { dialog } = await openAddForm();
  fireEvent.keyDown(dialog, { key: 'Escape' });
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  expect(document.activeElement?.textContent).toBe('Add a fact');
  fireEvent.click(screen.getByRole('button', { name: 'Add a fact' }));
  const again = await screen.findByRole('dialog');
  expect(again.contains(document.activeElement)).toBe(true);
  fireEvent.click(within(again).getByRole('button', { name: 'Cancel' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
});

it('validates dates strictly', () => {
  expect(checkIsoDate('2024-02-29', NOW)).toBeNull();
  expect(checkIsoDate('2023-02-29', NOW)).toBe('errDay');
  expect(checkIsoDate('2024-04-31', NOW)).toBe('errDay');
  expect(checkIsoDate('24-01-01', NOW)).toBe('errIsoDate');
  expect(checkIsoDate('2024-05', NOW, { allowPartial: true })).toBeNull();
  const d = { ...emptyDraft('x'), measure: 'troops', value: '1,500', asOf: '2024-01-01', outlet: 'o', published: '2024-01-01', docId: 'd', quote: 'abc' };
  const ok = validateDraft(d, { documents: [{ id: 'd', text: 'xx abc yy' }], now: NOW });
  expect(ok.fact).toMatchObject({ value: 1500, source: { start: 3, end: 6 } });
  expect(validateDraft({ ...d, value: 'Infinity' }, { documents: [{ id: 'd', text: 'abc' }], now: NOW }).errors.value).toBe('errCount');
  expect(validateDraft({ ...d, value: '1e999' }, { documents: [{ id: 'd', text: 'abc' }], now: NOW }).errors.value).toBe('errCount');
});
