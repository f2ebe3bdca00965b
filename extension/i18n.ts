// UI strings. In the browser they come from browser.i18n.getMessage (the _locales files); the same
// files are bundled as tables, used when getMessage has no answer (tests, a missing key) or when a
// language is forced. Pages receive an I18n object; nothing here imports the browser API.
import ar from './_locales/ar/messages.json';
import en from './_locales/en/messages.json';

export type UiLang = 'ar' | 'en';

interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const TABLES: Record<UiLang, Record<string, MessageEntry>> = { ar, en };

export type MessageKey = keyof typeof en;

/** The part of browser.i18n this module needs. */
export interface I18nSource {
  getMessage(key: string, substitutions?: string | string[]): string;
  getUILanguage(): string;
}

export interface I18n {
  lang: UiLang;
  dir: 'rtl' | 'ltr';
  t(key: MessageKey, ...substitutions: string[]): string;
}

/** Chrome's substitution rules, enough for our messages: $NAME$ → placeholder content → $n. */
function format(entry: MessageEntry, subs: string[]): string {
  return entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content;
    if (content === undefined) return whole;
    return content.replace(/\$(\d)/g, (_m, n: string) => subs[Number(n) - 1] ?? '');
  });
}

export function langOf(uiLanguage: string | undefined): UiLang {
  return uiLanguage?.toLowerCase().startsWith('ar') ? 'ar' : 'en';
}

export function createI18n(source?: I18nSource | null, forced?: UiLang): I18n {
  let uiLanguage: string | undefined;
  try {
    uiLanguage = source?.getUILanguage();
  } catch {
    uiLanguage = undefined;
  }
  const lang = forced ?? langOf(uiLanguage);
  const table = TABLES[lang];
  return {
    lang,
    dir: lang === 'ar' ? 'rtl' : 'ltr',
    t(key, ...subs) {
      if (source && !forced) {
        try {
          const text = source.getMessage(key, subs);
          if (text) return text;
        } catch {
          // fall through to the bundled table
        }
      }
      const entry = table[key] ?? TABLES.en[key];
      return entry ? format(entry, subs) : key;
    },
  };
}
