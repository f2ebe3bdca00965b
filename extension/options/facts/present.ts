// How a fact reads in the options page: one sentence in the UI language, a source line, and a
// lowercase search string computed once per fact. Plain strings only: callers render them as text.
import { explain, formatDate } from '../../../core/facts/explain';
import type { Fact, FactDate } from '../../../core/facts/model';
import { ENTITIES, MEASURE_NAMES } from '../../../core/lexicon/data';
import type { UiLang } from '../../i18n';

/** Display names of the entity ids, where the lexicon's first term is not a good name on its own. */
const ENTITY_NAMES: Record<string, { ar: string; en: string }> = {
  COALITION: { ar: 'التحالف الدولي', en: 'the coalition' },
  FOREIGN_FORCES: { ar: 'القوات الأجنبية', en: 'foreign forces' },
  FACTIONS: { ar: 'الفصائل المسلحة', en: 'armed factions' },
  PARLIAMENT: { ar: 'البرلمان العراقي', en: 'the Iraqi parliament' },
};

export function entityName(id: string, lang: UiLang): string {
  const named = ENTITY_NAMES[id];
  if (named) return named[lang];
  const def = ENTITIES.find((e) => e.id === id);
  return (lang === 'ar' ? def?.ar[0] : def?.en[0]) ?? id;
}

export function measureName(id: string, lang: UiLang): string {
  const named = MEASURE_NAMES[id];
  if (named) return named[lang];
  return id.replace(/_/g, ' ');
}

/** Entities that can be an actor / a place: the choices the fact form offers. */
export const ACTOR_IDS = ENTITIES.filter((e) => e.actor).map((e) => e.id);
export const PLACE_IDS = ENTITIES.filter((e) => e.place).map((e) => e.id);
export const MEASURE_IDS = Object.keys(MEASURE_NAMES);

/** ISO `YYYY`, `YYYY-MM` or `YYYY-MM-DD` → FactDate (undefined when malformed). */
export function isoToDate(iso: string | undefined): FactDate | undefined {
  const m = iso ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso.trim()) : null;
  if (!m) return undefined;
  const d: FactDate = { year: Number(m[1]) };
  if (m[2]) d.month = Number(m[2]);
  if (m[3]) d.day = Number(m[3]);
  return d;
}

/** An ISO date as a person reads it ("18 January 2024"); the input itself when malformed. */
export function readableDate(iso: string, lang: UiLang): string {
  const d = isoToDate(iso);
  return d ? formatDate(d)[lang] : iso;
}

function joinNames(ids: readonly string[], lang: UiLang): string {
  const names = ids.map((id) => entityName(id, lang));
  if (names.length <= 1) return names.join('');
  return lang === 'ar' ? names.join(' و') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** "Troops deployed · United States · in Iraq: about 2,500, as of 18 January 2024" */
export function factSentence(fact: Fact, lang: UiLang): string {
  const parts = [capitalize(measureName(fact.measure, lang), lang)];
  if (fact.actor.length) parts.push(joinNames(fact.actor, lang));
  if (fact.place.length) parts.push(`${lang === 'ar' ? 'في' : 'in'} ${joinNames(fact.place, lang)}`);
  const value = explain.value(fact)[lang];
  const since = fact.since ? (lang === 'ar' ? ` منذ ${readableDate(fact.since, lang)}` : ` since ${readableDate(fact.since, lang)}`) : '';
  const asOf = lang === 'ar' ? `، حتى ${readableDate(fact.asOf, lang)}` : `, as of ${readableDate(fact.asOf, lang)}`;
  return `${parts.join(' · ')}: ${value}${since}${asOf}`;
}

function capitalize(s: string, lang: UiLang): string {
  return lang === 'en' && s ? s[0]!.toUpperCase() + s.slice(1) : s;
}

/** The quote in the UI language's quotation marks. */
export function quoted(text: string, lang: UiLang): string {
  return lang === 'ar' ? `«${text}»` : `“${text}”`;
}

/** "Al-Hurra, 18 January 2024" */
export function sourceLine(fact: Fact, lang: UiLang): string {
  return `${fact.source.outlet}${lang === 'ar' ? '، ' : ', '}${readableDate(fact.source.published, lang)}`;
}

/**
 * Folds text for search: lower case, Arabic diacritics and tatweel dropped, alef/yeh/teh marbuta
 * variants unified, Arabic-Indic digits as ASCII. Applied to the haystack once and to each query.
 */
export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u064B-\u065F\u0670\u0640\u200c-\u200f]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
}

/** Everything a user may type to find this fact, folded once. */
export function searchText(fact: Fact): string {
  const value = explain.value(fact);
  const bits = [
    fact.id,
    fact.kind,
    fact.measure,
    measureName(fact.measure, 'ar'),
    measureName(fact.measure, 'en'),
    ...fact.actor.flatMap((id) => [id, entityName(id, 'ar'), entityName(id, 'en')]),
    ...fact.place.flatMap((id) => [id, entityName(id, 'ar'), entityName(id, 'en')]),
    String(fact.value),
    fact.min !== undefined ? String(fact.min) : '',
    fact.max !== undefined ? String(fact.max) : '',
    value.ar,
    value.en,
    fact.asOf,
    fact.source.outlet,
    fact.source.title ?? '',
    fact.source.published,
    fact.source.quote,
    fact.source.url ?? '',
    ...(fact.terms?.measure ?? []),
    ...(fact.terms?.actor ?? []),
    ...(fact.terms?.place ?? []),
    fact.note ?? '',
  ];
  return foldForSearch(bits.join('\n'));
}

/** The URL when it parses as http(s), else null: only such URLs ever become links. */
export function safeHttpUrl(raw: string | undefined): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
