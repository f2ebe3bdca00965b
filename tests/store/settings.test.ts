// Settings: defaults, validation on write, tolerance of damaged rows on read.
import type { SanadDb } from '../../store/db';
import {
  DEFAULT_SETTINGS,
  SettingsError,
  getSetting,
  getSettings,
  isSiteDisabled,
  normalizeSite,
  setSetting,
  updateSettings,
} from '../../store/settings';
import { freshDb } from './fixtures/corpus';

let db: SanadDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

it('reads the defaults from an empty database', async () => {
  expect(await getSettings(db)).toEqual({ disabledSites: [], markConsistent: false, uiLanguage: 'auto' });
  expect(await getSetting(db, 'uiLanguage')).toBe('auto');
});

it('hands out copies: mutating a result never changes the defaults', async () => {
  (await getSettings(db)).disabledSites.push('x.example');
  (await getSetting(db, 'disabledSites')).push('y.example');
  expect(DEFAULT_SETTINGS.disabledSites).toEqual([]);
});

it('stores and reads back each setting, normalized', async () => {
  expect(await setSetting(db, 'disabledSites', [' Example.COM ', 'https://news.example.org/path', 'example.com'])).toEqual([
    'example.com',
    'news.example.org',
  ]);
  await setSetting(db, 'markConsistent', true);
  await setSetting(db, 'uiLanguage', 'ar');
  expect(await getSettings(db)).toEqual({ disabledSites: ['example.com', 'news.example.org'], markConsistent: true, uiLanguage: 'ar' });
});

it('rejects invalid values and unknown keys without writing', async () => {
  await expect(setSetting(db, 'uiLanguage', 'fr' as never)).rejects.toBeInstanceOf(SettingsError);
  await expect(setSetting(db, 'markConsistent', 'yes' as never)).rejects.toBeInstanceOf(SettingsError);
  await expect(setSetting(db, 'disabledSites', ['not a host'])).rejects.toBeInstanceOf(SettingsError);
  await expect(updateSettings(db, { uiLanguage: 'en', bogus: 1 } as never)).rejects.toBeInstanceOf(SettingsError);
  expect(await db.settings.count()).toBe(0);
});

it('updates several settings at once', async () => {
  expect(await updateSettings(db, { markConsistent: true, uiLanguage: 'en' })).toEqual({ ...DEFAULT_SETTINGS, markConsistent: true, uiLanguage: 'en' });
});

it('reads a damaged stored value as the default', async () => {
  await db.settings.bulkPut([
    { key: 'uiLanguage', value: 42 },
    { key: 'disabledSites', value: 'example.com' },
    { key: 'somethingOld', value: true },
  ]);
  expect(await getSettings(db)).toEqual(DEFAULT_SETTINGS);
  expect(await getSetting(db, 'uiLanguage')).toBe('auto');
});

it('matches disabled sites and their subdomains only', () => {
  const settings = { disabledSites: ['example.com'] };
  expect(isSiteDisabled(settings, 'example.com')).toBe(true);
  expect(isSiteDisabled(settings, 'www.Example.com')).toBe(true);
  expect(isSiteDisabled(settings, 'badexample.com')).toBe(false);
  expect(isSiteDisabled(settings, 'example.com.evil.test')).toBe(false);
  expect(normalizeSite('javascript:alert(1)')).toBeNull();
  expect(normalizeSite('')).toBeNull();
});
