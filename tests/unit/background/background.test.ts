// The background: synchronous listener registration, sender checks, payload validation, checking
// page text with the real engine, surviving a worker restart through the packed index, rebuilding on a
// revision change, and the per-tab badge.
import type { CheckedFigure, SourceSummary } from '../../../extension/protocol';
import { PACKED_KEY } from '../../../background/checker-service';
import { CorpusRepository } from '../../../store/repository';
import { getSetting, setSetting } from '../../../store/settings';
import { start } from '../../../background/start';
import type { SanadDb } from '../../../store/db';
import { ensureSeeded } from '../../../store/seeding';
import { contentSender, pageSender, EXTENSION_ID, FakeBrowser } from './fake-browser';
import { WRONG_TROOPS_AR, boot, checkMessage, freshFactory, openDb, quietLog, type FactReads } from './helpers';

type CheckReply = { generation: number; revision: number; found: CheckedFigure[]; sources: SourceSummary[] };

describe('listener registration', () => {
  it('registers every listener synchronously in start()', () => {
    const { browser, db } = boot(freshFactory());
    // No await between start() and these checks.
    expect(browser.runtime.onMessage.listeners).toHaveLength(1);
    expect(browser.runtime.onInstalled.listeners).toHaveLength(1);
    expect(browser.tabs.onRemoved.listeners).toHaveLength(1);
    expect(browser.tabs.onUpdated.listeners).toHaveLength(1);
    db.close();
  });

  it('answers a waking message without onInstalled having run (lazy seeding)', async () => {
    const { browser, db } = boot(freshFactory());
    const reply = (await browser.dispatch({ type: 'sanad/hello', args: { url: 'https://news.example.com/a' } }, contentSender(1))) as {
      enabled: boolean;
      revision: number;
      markConsistent: boolean;
    };
    expect(reply.enabled).toBe(true);
    expect(reply.markConsistent).toBe(false);
    expect(reply.revision).toBeGreaterThan(0);
    expect(reply).not.toHaveProperty('terms'); // the engine runs here, not in the page
    db.close();
  });

  it('seeds on onInstalled, and seeding twice is harmless', async () => {
    const { browser, db, bg } = boot(freshFactory());
    for (const l of browser.runtime.onInstalled.listeners) (l as (d: object) => void)({ reason: 'install' });
    await bg.ready();
    expect(await db.facts.count()).toBeGreaterThan(0);
    const revision = await bg.repository.getRevision();
    await browser.dispatch({ type: 'sanad/hello', args: { url: 'https://x.example/' } }, contentSender(1));
    expect(await bg.repository.getRevision()).toBe(revision);
    db.close();
  });
});

describe('initialisation failures', () => {
  it('answers a structured error while seeding fails, and retries on the next message', async () => {
    const factory = freshFactory();
    const browser = new FakeBrowser();
    const db = openDb(factory);
    let failures = 1;
    const seed = jest.fn(async (d: SanadDb) => {
      if (failures-- > 0) throw new Error('disk on fire');
      return ensureSeeded(d);
    });
    start({ browser: browser.asBrowser(), db, log: quietLog(), seed });
    const hello = { type: 'sanad/hello', args: { url: 'https://news.example.com/' } };
    expect(await browser.dispatch(hello, contentSender(1))).toEqual({ ok: false, error: 'internal' });
    expect(await browser.dispatch(hello, contentSender(1))).toMatchObject({ enabled: true });
    expect(seed).toHaveBeenCalledTimes(2);
    db.close();
  });
});

describe('sender checks', () => {
  const privileged = [
    { type: 'sanad/corpusChanged', args: {} },
    { type: 'sanad/setSiteEnabled', args: { host: 'news.example.com', enabled: false } },
    { type: 'sanad/getSiteState', args: { host: 'news.example.com' } },
    { type: 'sanad/uiLanguage', args: {} },
  ];

  it.each(privileged)('refuses $type from a content script', async (message) => {
    const { browser, db, bg, log } = boot(freshFactory());
    await bg.ready();
    const revision = await bg.repository.getRevision();
    const reply = await browser.dispatch(message, contentSender(3));
    expect(reply).toEqual({ ok: false, error: 'forbidden' });
    expect(await getSetting(db, 'disabledSites')).toEqual([]);
    expect(await bg.repository.getRevision()).toBe(revision);
    expect(browser.tabs.sendMessage).not.toHaveBeenCalled();
    expect(log.warnings.some((w) => w.includes('refused'))).toBe(true);
    db.close();
  });

  it('refuses a content script that claims to be an extension page in its payload', async () => {
    const { browser, db } = boot(freshFactory());
    const reply = await browser.dispatch({ type: 'sanad/corpusChanged', args: { from: 'options' } }, contentSender(3));
    expect(reply).toEqual({ ok: false, error: 'forbidden' });
    db.close();
  });

  it.each([
    ['another extension', { id: 'evil', url: 'https://news.example.com/', tab: { id: 1 } }],
    ['no sender id', { url: 'https://news.example.com/', tab: { id: 1 } }],
    ['no url', { id: EXTENSION_ID, tab: { id: 1 } }],
    ['a non-http page with a tab', { id: EXTENSION_ID, url: 'file:///etc/passwd', tab: { id: 1 } }],
    ['a web page without a tab', { id: EXTENSION_ID, url: 'https://news.example.com/' }],
    ['a look-alike origin', { id: EXTENSION_ID, url: 'chrome-extension://other-id/options.html' }],
  ])('refuses %s', async (_name, sender) => {
    const { browser, db } = boot(freshFactory());
    const reply = await browser.dispatch({ type: 'sanad/hello', args: { url: 'https://news.example.com/' } }, sender);
    expect(reply).toEqual({ ok: false, error: 'forbidden' });
    db.close();
  });

  it('leaves unknown message types to other listeners', async () => {
    const { browser, db } = boot(freshFactory());
    expect(await browser.dispatch({ type: 'other/thing', args: {} }, pageSender())).toBeUndefined();
    expect(await browser.dispatch('hello', pageSender())).toBeUndefined();
    db.close();
  });

  it('tells extension pages the interface language chosen in the options page', async () => {
    const { browser, db, bg } = boot(freshFactory());
    await bg.ready();
    expect(await browser.dispatch({ type: 'sanad/uiLanguage', args: {} }, pageSender('popup.html'))).toEqual({ uiLanguage: 'auto' });
    await setSetting(db, 'uiLanguage', 'ar');
    expect(await browser.dispatch({ type: 'sanad/uiLanguage', args: {} }, pageSender('popup.html'))).toEqual({ uiLanguage: 'ar' });
    expect(await browser.dispatch({ type: 'sanad/uiLanguage', args: { lang: 'x' } }, pageSender('popup.html'))).toEqual({ ok: false, error: 'invalid' });
    db.close();
  });

  it('lets extension pages change site state', async () => {
    const { browser, db } = boot(freshFactory());
    expect(await browser.dispatch({ type: 'sanad/setSiteEnabled', args: { host: 'example.com', enabled: false } }, pageSender('popup.html'))).toEqual({
      ok: true,
    });
    expect(await browser.dispatch({ type: 'sanad/getSiteState', args: { host: 'news.example.com' } }, pageSender('popup.html'))).toEqual({
      enabled: false,
    });
    const hello = (await browser.dispatch({ type: 'sanad/hello', args: { url: 'https://other.org/' } }, contentSender(1, 'https://news.example.com/x'))) as {
      enabled: boolean;
    };
    // The host comes from the sender, not from the payload.
    expect(hello.enabled).toBe(false);
    await browser.dispatch({ type: 'sanad/setSiteEnabled', args: { host: 'news.example.com', enabled: true } }, pageSender('popup.html'));
    expect(await getSetting(db, 'disabledSites')).toEqual([]);
    db.close();
  });
});

describe('payload validation', () => {
  it.each([
    ['missing args', { type: 'sanad/check' }],
    ['texts not an array', checkWith({ texts: 'x' })],
    ['too many texts', checkWith({ texts: Array(2001).fill(WRONG_TROOPS_AR), contexts: Array(2001).fill('') })],
    ['a text too long', checkWith({ texts: ['x'.repeat(8001)] })],
    ['a context missing', checkWith({ contexts: [] })],
    ['a huge url', checkWith({ url: 'https://x/' + 'a'.repeat(5000) })],
    ['an extra key', checkWith({ extra: 1 })],
    ['a string generation', checkWith({ generation: '1' })],
  ])('refuses a check message with %s', async (_name, message) => {
    const { browser, db, log } = boot(freshFactory());
    expect(await browser.dispatch(message, contentSender(1))).toEqual({ ok: false, error: 'invalid' });
    expect(log.warnings.some((w) => w.includes('refused'))).toBe(true);
    expect(browser.action.setBadgeText).not.toHaveBeenCalled();
    db.close();
  });

  it('does not answer the retired judge message (content scripts no longer send claims)', async () => {
    const { browser, db } = boot(freshFactory());
    expect(await browser.dispatch({ type: 'sanad/judge', args: { url: 'https://x/', claims: [], generation: 1 } }, contentSender(1))).toBeUndefined();
    db.close();
  });

  it('refuses a host that is not a host name', async () => {
    const { browser, db } = boot(freshFactory());
    expect(await browser.dispatch({ type: 'sanad/setSiteEnabled', args: { host: 'a b/c', enabled: false } }, pageSender())).toEqual({
      ok: false,
      error: 'invalid',
    });
    db.close();
  });
});

function checkWith(patch: Record<string, unknown>): object {
  const base = checkMessage([WRONG_TROOPS_AR]);
  return { type: base.type, args: { ...base.args, ...patch } };
}

describe('sanad/check', () => {
  it('flags a wrong figure with its offsets in the text and the source quote', async () => {
    const { browser, db } = boot(freshFactory());
    const reply = (await browser.dispatch(checkMessage([WRONG_TROOPS_AR], 7), contentSender(5))) as CheckReply;
    expect(reply.generation).toBe(7);
    expect(reply.found).toHaveLength(1);
    const [figure] = reply.found;
    expect(figure).toMatchObject({ piece: 0, start: WRONG_TROOPS_AR.indexOf('4000'), end: WRONG_TROOPS_AR.indexOf('4000') + 4, text: '4000', sentence: WRONG_TROOPS_AR });
    expect(figure?.verdict.verdict).toBe('mismatch');
    expect(figure?.verdict.expected).toBe(2500);
    expect(reply.sources).toHaveLength(1);
    const source = reply.sources[figure!.source];
    expect(source?.quote).toMatch(/2,?500|٢٥٠٠|2500/);
    expect(source?.factId).toBe(figure?.verdict.factId);
    if (source?.url !== undefined) expect(source.url).toMatch(/^https?:/);
    expect(browser.action.setBadgeText).not.toHaveBeenCalled(); // the page reports what it flagged (sanad/flagCount)
    db.close();
  });

  it('returns only matches and mismatches, each with the index of its text', async () => {
    const { browser, db } = boot(freshFactory());
    const texts = ['وتنشر الولايات المتحدة 2500 جندي في العراق.', 'وكان الطقس معتدلاً بحرارة 30 درجة.', 'The coalition was founded in 2012, officials said.', WRONG_TROOPS_AR];
    const reply = (await browser.dispatch(checkMessage(texts), contentSender(5))) as CheckReply;
    expect(reply.found.map((f) => [f.piece, f.text, f.verdict.verdict])).toEqual([
      [0, '2500', 'match'],
      [2, '2012', 'mismatch'],
      [3, '4000', 'mismatch'],
    ]);
    for (const f of reply.found) expect(texts[f.piece]!.slice(f.start, f.end)).toBe(f.text);
    // Each source once: the two troop figures share the Iraq troops fact's.
    expect(reply.found[0]!.source).toBe(reply.found[2]!.source);
    expect(reply.sources).toHaveLength(2);
    db.close();
  });

  it("reads each text after its context, and leaves the context's own figures to the text before", async () => {
    const { browser, db } = boot(freshFactory());
    const text = 'Some 4,000 troops are stationed in Iraq, officials said.';
    const without = (await browser.dispatch(checkMessage([text]), contentSender(5))) as CheckReply;
    expect(without.found).toEqual([]); // no word of the coalition or the US: not topical on its own
    const context = 'The U.S.-led coalition against ISIS keeps 3,000 troops in Iraq.';
    const alone = (await browser.dispatch(checkMessage([context]), contentSender(5))) as CheckReply;
    expect(alone.found.map((f) => f.text)).toEqual(['3,000']);
    const withContext = (await browser.dispatch(checkMessage([text], 1, { contexts: [context] }), contentSender(5))) as CheckReply;
    expect(withContext.found.map((f) => [f.text, f.start, f.verdict.verdict])).toEqual([['4,000', text.indexOf('4,000'), 'mismatch']]);
    db.close();
  });

  it('a title about the coalition makes every sentence of the page topical, as the CLI reads it', async () => {
    const { browser, db } = boot(freshFactory());
    const text = 'The weather was mild. Some 4,000 troops are stationed in Iraq, officials said.';
    const run = async (title?: string) =>
      ((await browser.dispatch(checkMessage([text], 1, title ? { title } : {}), contentSender(5))) as CheckReply).found.map((f) => f.text);
    expect(await run()).toEqual([]);
    expect(await run('Weather and markets')).toEqual([]);
    expect(await run('The U.S.-led coalition in Iraq: what comes next')).toEqual(['4,000']);
    db.close();
  });

  it('three topical sentences in a message make its page topical too, as the CLI reads the whole page', async () => {
    const { browser, db } = boot(freshFactory());
    const text = 'The weather was mild. Some 4,000 troops are stationed in Iraq, officials said.';
    const topical = [
      'The U.S.-led coalition against ISIS is winding down.',
      'Washington and Baghdad discuss the coalition\'s future.',
      'The coalition was set up to fight the Islamic State group.',
    ];
    const run = async (others: string[]) =>
      ((await browser.dispatch(checkMessage([...others, text], 1, { contexts: [...others.map(() => ''), ''] }), contentSender(5))) as CheckReply).found.map((f) => f.text);
    expect(await run(topical.slice(0, 2))).toEqual([]);
    expect(await run(topical)).toEqual(['4,000']);
    db.close();
  });

  it('"in the country" is the country the message names most, as the CLI reads the whole page', async () => {
    const { browser, db } = boot(freshFactory());
    const text = 'An MP said the U.S. troops in the country number about 4,000.';
    const run = async (others: string[]) =>
      ((await browser.dispatch(checkMessage([...others, text], 1, { contexts: [...others.map(() => ''), ''] }), contentSender(5))) as CheckReply).found.map((f) => [f.text, f.verdict.verdict]);
    expect(await run(['The weather was mild.'])).toEqual([]); // no place: unverified, which is not sent back
    expect(await run(['Iraq votes today.', 'Iraq is calm.', 'Markets in Iraq rose.'])).toEqual([['4,000', 'mismatch']]);
    db.close();
  });

  it('never returns a non-http source link', async () => {
    const factory = freshFactory();
    const { browser, db, bg } = boot(factory);
    await bg.ready();
    const first = (await browser.dispatch(checkMessage([WRONG_TROOPS_AR]), contentSender(5))) as CheckReply;
    const factId = first.found[0]!.verdict.factId!;
    const fact = (await db.facts.get(factId))!;
    await db.facts.put({ ...fact, source: { ...fact.source, url: 'javascript:alert(1)' } });
    await db.meta.put({ key: 'revision', value: first.revision + 1 });
    const second = (await browser.dispatch(checkMessage([WRONG_TROOPS_AR]), contentSender(5))) as CheckReply;
    expect(second.sources[second.found[0]!.source]).not.toHaveProperty('url');
    db.close();
  });
});

describe('worker death and the packed index', () => {
  it('a new worker over the same IndexedDB checks from the packed record without reading every fact', async () => {
    const factory = freshFactory();
    const first = boot(factory);
    const before = (await first.browser.dispatch(checkMessage([WRONG_TROOPS_AR]), contentSender(5))) as CheckReply;
    expect(first.bg.checker.stats.fullBuilds).toBe(1);
    const packed = await first.db.index.get(PACKED_KEY);
    expect(packed?.revision).toBe(before.revision);
    first.db.close(); // the worker dies: services, caches and connection are gone

    const reads: FactReads = { count: 0 };
    const second = boot(factory, { reads });
    const after = (await second.browser.dispatch(checkMessage([WRONG_TROOPS_AR]), contentSender(5))) as CheckReply;
    expect(after.found).toEqual(before.found);
    expect(after.revision).toBe(before.revision);
    expect(second.bg.checker.stats).toMatchObject({ packedLoads: 1, fullBuilds: 0 });
    expect(reads.count).toBe(0);
    second.db.close();
  });

  it('rebuilds when another context changed the corpus revision', async () => {
    const factory = freshFactory();
    const { browser, db, bg } = boot(factory);
    const before = (await browser.dispatch(checkMessage([WRONG_TROOPS_AR]), contentSender(5))) as CheckReply;
    const factId = before.found[0]!.verdict.factId!;

    // The options page edits the fact through its own connection.
    const optionsDb = openDb(factory);
    const repo = new CorpusRepository(optionsDb);
    const fact = (await repo.getFact(factId))!;
    await repo.putFact({ ...fact, value: 4000, qualifier: 'exact', min: undefined, max: undefined });
    optionsDb.close();

    const after = (await browser.dispatch(checkMessage([WRONG_TROOPS_AR]), contentSender(5))) as CheckReply;
    expect(after.revision).toBeGreaterThan(before.revision);
    expect(after.found[0]!.verdict.verdict).toBe('match');
    expect(bg.checker.stats.fullBuilds).toBe(2);
    expect((await db.index.get(PACKED_KEY))?.revision).toBe(after.revision);
    db.close();
  });

  it('answers from memory while the revision is unchanged', async () => {
    const { browser, db, bg } = boot(freshFactory());
    await browser.dispatch(checkMessage([WRONG_TROOPS_AR]), contentSender(5));
    await browser.dispatch(checkMessage([WRONG_TROOPS_AR], 2), contentSender(5));
    expect(bg.checker.stats).toMatchObject({ fullBuilds: 1, memoryHits: 1 });
    db.close();
  });

  it('builds once when many tabs wake the worker together', async () => {
    const { browser, db, bg } = boot(freshFactory());
    await Promise.all(Array.from({ length: 10 }, (_, i) => browser.dispatch(checkMessage([WRONG_TROOPS_AR]), contentSender(i + 1))));
    expect(bg.checker.stats.fullBuilds).toBe(1);
    db.close();
  });

  it('corpusChanged rebuilds now and asks every tab to rescan, ignoring tabs without a content script', async () => {
    const { browser, db, bg } = boot(freshFactory());
    browser.tabs_ = [{ id: 1 }, { id: 2 }, { id: 3 }];
    const rescans: number[] = [];
    browser.contentHandlers.set(1, () => (rescans.push(1), { ok: true }));
    browser.contentHandlers.set(3, () => (rescans.push(3), { ok: true }));
    await bg.checker.get();
    const builds = bg.checker.stats.fullBuilds;
    const reply = (await browser.dispatch({ type: 'sanad/corpusChanged', args: {} }, pageSender())) as { ok: boolean; revision: number };
    expect(reply.ok).toBe(true);
    expect(reply.revision).toBe(await bg.repository.getRevision());
    expect(rescans.sort()).toEqual([1, 3]);
    expect(browser.sent.map((s) => s.message)).toEqual(Array(3).fill({ type: 'sanad/rescan', args: {} }));
    expect(bg.checker.stats.fullBuilds).toBe(builds + 1);
    db.close();
  });
});

describe('badge', () => {
  const count = (n: number, seq: number) => ({ type: 'sanad/flagCount', args: { count: n, seq } });

  it.each([true, false])('shows what each tab reports, in report order (storage.session: %s)', async (session) => {
    const { browser, db, bg } = boot(freshFactory(), { session });
    expect(await browser.dispatch(count(2, 1), contentSender(1))).toEqual({ ok: true });
    await browser.dispatch(count(0, 1), contentSender(2));
    expect(browser.badgeText.get(1)).toBe('2');
    expect(browser.badgeText.get(2)).toBe('');
    await browser.dispatch(count(3, 3), contentSender(1));
    await browser.dispatch(count(1, 2), contentSender(1)); // an older report arriving late
    expect(browser.badgeText.get(1)).toBe('3');
    expect(await bg.badge.get(1)).toEqual({ seq: 3, count: 3 });
    if (session) expect(browser.storage.session?.data.has('badge:1')).toBe(true);

    // A navigation clears the tab: the new page's first report (seq 1) counts again.
    for (const l of browser.tabs.onUpdated.listeners) (l as (id: number, c: object) => void)(1, { status: 'loading' });
    await new Promise((r) => setTimeout(r, 0));
    expect(browser.badgeText.get(1)).toBe('');
    expect(await bg.badge.get(1)).toBeNull();
    await browser.dispatch(count(1, 1), contentSender(1));
    expect(browser.badgeText.get(1)).toBe('1');

    await browser.dispatch(count(4, 1), contentSender(2));
    for (const l of browser.tabs.onRemoved.listeners) (l as (id: number) => void)(2);
    await new Promise((r) => setTimeout(r, 0));
    expect(await bg.badge.get(2)).toBeNull();
    db.close();
  });

  it('a retried check message does not change the badge', async () => {
    const { browser, db } = boot(freshFactory());
    await browser.dispatch(count(1, 1), contentSender(1));
    await browser.dispatch(checkMessage([WRONG_TROOPS_AR], 1), contentSender(1));
    await browser.dispatch(checkMessage([WRONG_TROOPS_AR], 1), contentSender(1)); // the same batch, sent again
    expect(browser.badgeText.get(1)).toBe('1');
    db.close();
  });

  it('ignores counts from extension pages (they have no tab badge) and refuses malformed ones', async () => {
    const { browser, db } = boot(freshFactory());
    expect(await browser.dispatch(count(5, 1), pageSender())).toEqual({ ok: true });
    expect(browser.action.setBadgeText).not.toHaveBeenCalled();
    for (const args of [{ count: -1, seq: 1 }, { count: 1.5, seq: 1 }, { count: 1 }, { count: 1, seq: 1, tabId: 3 }]) {
      expect(await browser.dispatch({ type: 'sanad/flagCount', args }, contentSender(1))).toEqual({ ok: false, error: 'invalid' });
    }
    expect(browser.action.setBadgeText).not.toHaveBeenCalled();
    db.close();
  });
});
