// The import/export panel: exports download, a bad file shows an error box, a good one a preview;
// Confirm applies (merge or replace), Cancel changes nothing, fact text renders literally.
import { downloadBlob, exportCorpusJson, ImportExportPanel } from '../../../../extension/options/import-export/ImportExportPanel';
import { FORMAT_NAME } from '../../../../store/import-export/format';
import type { CorpusRepository } from '../../../../store/repository';
import type { SanadDb } from '../../../../store/db';
import { makeDocument, makeFact } from '../../../store/fixtures/corpus';
import { freshRepo, TL_ } from '../helpers';

const { fireEvent, screen, waitFor, within } = TL_;

function blobText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

async function tables(db: SanadDb) {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  return out;
}

function sanadFile(over: Record<string, unknown> = {}): string {
  return JSON.stringify({ format: FORMAT_NAME, version: 1, documents: [makeDocument('d1')], facts: [makeFact('f1', 'd1')], ...over });
}

function setup(lang: 'ar' | 'en' = 'en', repo?: CorpusRepository) {
  const onImported = jest.fn();
  const download = jest.fn();
  return { onImported, download, render: (r: CorpusRepository) => TL_.render(<ImportExportPanel repo={repo ?? r} lang={lang} onImported={onImported} download={download} />) };
}

async function choose(container: Element, content: string, name = 'corpus.json', size?: number): Promise<void> {
  const input = container.querySelector('input[type="file"]') as HTMLInputElement;
  const file = new File([content], name, { type: 'application/json' });
  if (size !== undefined) Object.defineProperty(file, 'size', { value: size });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
  await waitFor(() => expect(container.querySelector('[aria-busy="true"]')).toBeNull());
}

afterEach(() => TL_.cleanup());

describe('ImportExportPanel', () => {
  test('a bad file shows a clear error box and no preview; the corpus is unchanged', async () => {
    const { db, repo } = await freshRepo();
    const before = await tables(db);
    const { render, onImported } = setup();
    const view = render(repo);
    await choose(view.container, '{\n  "format": "sanad-corpus",\n  oops\n}');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain("This file can't be imported");
    expect(alert.textContent).toContain('The file is not valid JSON.');
    expect(alert.textContent).toMatch(/line 3, column 3/);
    expect(view.container.querySelector('.ie__preview')).toBeNull();

    await choose(view.container, '{"hello": "world"}');
    expect((await screen.findByRole('alert')).textContent).toContain('This is not a Sanad or ClaimReview file.');
    await choose(view.container, sanadFile({ version: 7 }));
    expect((await screen.findByRole('alert')).textContent).toContain('newer Sanad');
    expect(await tables(db)).toEqual(before);
    expect(onImported).not.toHaveBeenCalled();
  });

  test('a file above 20 MB is refused from its size, without reading it', async () => {
    const { repo } = await freshRepo();
    const view = setup().render(repo);
    const spy = jest.spyOn(FileReader.prototype, 'readAsText');
    await choose(view.container, '{}', 'huge.json', 21 * 1024 * 1024);
    expect((await screen.findByRole('alert')).textContent).toContain('The file is too large (at most 20 MB).');
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });

  test('a good file shows a preview; Cancel changes nothing', async () => {
    const { db, repo } = await freshRepo();
    const seedFact = (await repo.listFacts())[0]!;
    const before = await tables(db);
    const { render, onImported } = setup();
    const view = render(repo);
    const file = sanadFile({
      documents: [makeDocument('d1')],
      facts: [makeFact('f1', 'd1'), makeFact('f2', 'nowhere'), { ...seedFact, value: seedFact.value + 1 }, { ...makeFact('bad', 'd1'), value: -1 }],
    });
    await choose(view.container, file);
    const preview = view.container.querySelector('.ie__preview') as HTMLElement;
    expect(preview).toBeTruthy();
    expect(preview.textContent).toContain('Preview: corpus.json');
    expect(within(preview).getByText('Will be added (1)')).toBeTruthy();
    expect(within(preview).getByText('Will be changed (1)')).toBeTruthy();
    expect(within(preview).getByText('Skipped (1)')).toBeTruthy();
    expect(preview.querySelector('[data-group="skip"]')!.textContent).toContain('its source document is neither in the corpus nor in the file');
    expect(preview.querySelector('[data-group="problems"]')!.textContent).toMatch(/Not imported.*value must be 0 or more/);
    expect(preview.textContent).toContain('Documents: 1 added, 0 changed, 0 removed, 0 skipped.');

    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(view.container.querySelector('.ie__preview')).toBeNull();
    expect(await tables(db)).toEqual(before);
    expect(onImported).not.toHaveBeenCalled();
  });

  test('Confirm merges, calls onImported and says what was written', async () => {
    const { repo } = await freshRepo();
    const { render, onImported } = setup();
    const view = render(repo);
    await choose(view.container, sanadFile());
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(onImported).toHaveBeenCalledTimes(1));
    expect(screen.getByRole('status').textContent).toBe('Imported: 1 facts and 1 documents written.');
    expect(await repo.getFact('f1')).toMatchObject({ id: 'f1', origin: 'user' });
    expect(view.container.querySelector('.ie__preview')).toBeNull();
  });

  test('Replace warns what it removes, then makes the corpus exactly the file', async () => {
    const { repo } = await freshRepo();
    const factCount = (await repo.listFacts()).length;
    const docCount = (await repo.listDocuments()).length;
    const { render, onImported } = setup();
    const view = render(repo);
    await choose(view.container, sanadFile());
    expect(view.container.querySelector('.ie__replace-warning')).toBeNull();
    fireEvent.click(screen.getByLabelText(/^Replace:/));
    const warning = view.container.querySelector('.ie__replace-warning')!;
    expect(warning.textContent).toBe(`Replace removes every fact and document that is not in this file: ${factCount} facts and ${docCount} documents will be removed.`);
    expect(view.container.querySelector('[data-group="remove"] h4')!.textContent).toBe(`Will be removed (${factCount})`);
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(onImported).toHaveBeenCalled());
    expect((await repo.listFacts()).map((f) => f.id)).toEqual(['f1']);
    expect((await repo.listDocuments()).map((d) => d.id)).toEqual(['d1']);
  });

  test('a ClaimReview file can only be merged', async () => {
    const { repo } = await freshRepo();
    const view = setup().render(repo);
    const fact = (await repo.listFacts())[0]!;
    await choose(view.container, JSON.stringify({ '@graph': [{ '@type': 'ClaimReview', claimReviewed: 'x', 'sanad:fact': { ...fact, note: 'n' } }] }), 'cr.json');
    expect(view.container.textContent).toContain('ClaimReview JSON-LD');
    expect((screen.getByLabelText(/^Replace:/) as HTMLInputElement).disabled).toBe(true);
    expect(view.container.textContent).toContain('Replace needs a Sanad corpus file');
    expect(within(view.container.querySelector('.ie__preview') as HTMLElement).getByText('Will be changed (1)')).toBeTruthy();
  });

  test('HTML in a fact renders literally', async () => {
    const { repo } = await freshRepo();
    const view = setup().render(repo);
    const html = '<img src=x onerror="globalThis.__pwned=1"><b>bold</b>';
    const f = makeFact('f1', 'd1', { id: '<i>id</i>' });
    f.source.quote = html;
    await choose(view.container, sanadFile({ facts: [f] }), '<b>file</b>.json');
    const preview = view.container.querySelector('.ie__preview') as HTMLElement;
    expect(preview.querySelector('img, b:not(.x), i')).toBeNull();
    expect(preview.querySelector('.ie__quote')!.textContent).toBe(html);
    expect(preview.querySelector('.ie__id')!.textContent).toBe('<i>id</i>');
    expect(preview.textContent).toContain('Preview: <b>file</b>.json');
    expect((globalThis as Record<string, unknown>).__pwned).toBeUndefined();
  });

  test('a javascript: link in the file is reported as fixed and never rendered as a link', async () => {
    const { repo } = await freshRepo();
    const view = setup().render(repo);
    const f = makeFact('f1', 'd1');
    f.source.url = 'javascript:alert(1)';
    await choose(view.container, sanadFile({ facts: [f] }));
    expect(view.container.querySelector('a')).toBeNull();
    expect(view.container.querySelector('.ie__problem--warning')!.textContent).toMatch(/Fixed.*not http\(s\): dropped/);
  });

  test('exports download a corpus backup and ClaimReview', async () => {
    const { repo } = await freshRepo();
    const { render, download } = setup();
    render(repo);
    fireEvent.click(screen.getByRole('button', { name: 'Export corpus (JSON)' }));
    await waitFor(() => expect(download).toHaveBeenCalledTimes(1));
    const [blob, name] = download.mock.calls[0] as [Blob, string];
    expect(name).toMatch(/^sanad-corpus-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(await blobText(blob)) as { format: string; facts: unknown[] };
    expect(file.format).toBe('sanad-corpus');
    expect(file.facts.length).toBe((await repo.listFacts()).length);
    fireEvent.click(screen.getByRole('button', { name: 'Export ClaimReview (JSON-LD)' }));
    await waitFor(() => expect(download).toHaveBeenCalledTimes(2));
    const cr = JSON.parse(await blobText(download.mock.calls[1]![0] as Blob)) as { '@graph': Array<{ '@type': string }> };
    expect(cr['@graph'][0]!['@type']).toBe('ClaimReview');
    expect(typeof exportCorpusJson).toBe('function');
  });

  test('downloadBlob clicks a temporary <a download> and revokes the URL afterwards', () => {
    jest.useFakeTimers();
    const create = jest.fn(() => 'blob:test');
    const revoke = jest.fn();
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: revoke });
    const clicks: HTMLAnchorElement[] = [];
    const spy = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this);
      expect(this.isConnected).toBe(true);
    });
    downloadBlob(new Blob(['{}']), 'x.json');
    expect(clicks).toHaveLength(1);
    expect(clicks[0]!.download).toBe('x.json');
    expect(clicks[0]!.getAttribute('href')).toBe('blob:test');
    expect(clicks[0]!.isConnected).toBe(false);
    expect(revoke).not.toHaveBeenCalled();
    jest.runAllTimers();
    expect(revoke).toHaveBeenCalledWith('blob:test');
    spy.mockRestore();
    jest.useRealTimers();
  });

  test('Arabic: right to left, Arabic strings', async () => {
    const { repo } = await freshRepo();
    const view = setup('ar').render(repo);
    const root = view.container.querySelector('.ie') as HTMLElement;
    expect(root.getAttribute('dir')).toBe('rtl');
    expect(root.getAttribute('lang')).toBe('ar');
    expect(screen.getByRole('button', { name: 'تصدير المدونة (JSON)' })).toBeTruthy();
    await choose(view.container, 'not json');
    expect((await screen.findByRole('alert')).textContent).toContain('الملف ليس JSON صالحًا.');
  });

  test('the page translator is used when it has the key', async () => {
    const { repo } = await freshRepo();
    TL_.render(<ImportExportPanel repo={repo} lang="en" onImported={() => {}} t={(k) => (k === 'ieImport' ? 'Choose a file' : '')} />);
    expect(screen.getByRole('button', { name: 'Choose a file' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Export corpus (JSON)' })).toBeTruthy();
  });
});
