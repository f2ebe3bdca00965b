// User settings, one row per key in the `settings` table. The type is derived from the defaults;
// every value is validated on the way in (invalid → SettingsError) and on the way out (a stored
// value that no longer validates reads as the default), so old or damaged rows never crash a reader.
import type { SanadDb } from './db';

export type UiLanguage = 'auto' | 'ar' | 'en';

export const DEFAULT_SETTINGS = {
  /** Hostnames where Sanad does not scan; an entry also covers its subdomains. */
  disabledSites: [] as string[],
  /** Also mark figures that agree with the corpus (off: only mismatches are marked). */
  markConsistent: false as boolean,
  /** 'auto' follows the browser's UI language. */
  uiLanguage: 'auto' as UiLanguage,
};

export type Settings = typeof DEFAULT_SETTINGS;
export type SettingKey = keyof Settings;

export class SettingsError extends Error {
  override name = 'SettingsError';
  constructor(
    readonly key: string,
    message: string,
  ) {
    super(message);
  }
}

const MAX_SITES = 1000;
const HOST_RE = /^(?=.{1,253}$)[a-z0-9-]+(\.[a-z0-9-]+)*$/;

/** Lower-cases and trims a hostname; accepts a pasted URL too. Returns null when it isn't one. */
export function normalizeSite(input: string): string | null {
  let host = input.trim().toLowerCase();
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(host)) {
    try {
      host = new URL(host).hostname;
    } catch {
      return null;
    }
  }
  host = host.replace(/\.$/, '');
  return HOST_RE.test(host) ? host : null;
}

type Validators = { [K in SettingKey]: (value: unknown) => Settings[K] | undefined };

const VALIDATE: Validators = {
  disabledSites: (value) => {
    if (!Array.isArray(value) || value.length > MAX_SITES) return undefined;
    const sites: string[] = [];
    for (const item of value) {
      const site = typeof item === 'string' ? normalizeSite(item) : null;
      if (site === null) return undefined;
      if (!sites.includes(site)) sites.push(site);
    }
    return sites;
  },
  markConsistent: (value) => (typeof value === 'boolean' ? value : undefined),
  uiLanguage: (value) => (value === 'auto' || value === 'ar' || value === 'en' ? value : undefined),
};

export const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as SettingKey[];

function isSettingKey(key: string): key is SettingKey {
  return Object.prototype.hasOwnProperty.call(DEFAULT_SETTINGS, key);
}

function defaultOf<K extends SettingKey>(key: K): Settings[K] {
  return structuredClone(DEFAULT_SETTINGS[key]);
}

/** Validates a value for `key`; throws SettingsError when it is not acceptable. */
export function validateSetting<K extends SettingKey>(key: K, value: unknown): Settings[K] {
  if (!isSettingKey(key)) throw new SettingsError(String(key), `unknown setting "${String(key)}"`);
  const valid = VALIDATE[key](value);
  if (valid === undefined) throw new SettingsError(key, `invalid value for setting "${key}"`);
  return valid as Settings[K];
}

export async function getSetting<K extends SettingKey>(db: SanadDb, key: K): Promise<Settings[K]> {
  const row = await db.settings.get(key);
  const valid = row ? (VALIDATE[key](row.value) as Settings[K] | undefined) : undefined;
  return valid ?? defaultOf(key);
}

export async function getSettings(db: SanadDb): Promise<Settings> {
  const rows = await db.settings.bulkGet(SETTING_KEYS);
  const settings = structuredClone(DEFAULT_SETTINGS);
  SETTING_KEYS.forEach((key, i) => {
    const row = rows[i];
    const valid = row ? VALIDATE[key](row.value) : undefined;
    if (valid !== undefined) (settings as Record<SettingKey, unknown>)[key] = valid;
  });
  return settings;
}

/** Stores one setting; returns the value as stored (normalized). */
export async function setSetting<K extends SettingKey>(db: SanadDb, key: K, value: Settings[K]): Promise<Settings[K]> {
  const valid = validateSetting(key, value);
  await db.settings.put({ key, value: valid });
  return valid;
}

/** Stores several settings at once (all or none); returns all settings after the write. */
export async function updateSettings(db: SanadDb, patch: Partial<Settings>): Promise<Settings> {
  const rows = Object.entries(patch).map(([key, value]) => {
    if (!isSettingKey(key)) throw new SettingsError(key, `unknown setting "${key}"`);
    return { key, value: validateSetting(key, value) };
  });
  await db.settings.bulkPut(rows);
  return getSettings(db);
}

/** True when `hostname` or one of its parent domains is in `disabledSites`. */
export function isSiteDisabled(settings: Pick<Settings, 'disabledSites'>, hostname: string): boolean {
  const host = normalizeSite(hostname);
  if (!host) return false;
  return settings.disabledSites.some((site) => host === site || host.endsWith(`.${site}`));
}
