// The files Sanad writes and reads: a versioned corpus backup ("sanad-corpus") and schema.org
// ClaimReview JSON-LD for sharing facts with other fact-checking tools. Both are plain data; the
// ClaimReview items carry the whole fact under "sanad:fact", so a ClaimReview re-import is lossless.
import { explain } from '../../core/facts/explain';
import type { Corpus, CorpusDocument, Fact } from '../../core/facts/model';
import type { CorpusRepository } from '../repository';
import { SCHEMA_VERSION } from '../schema';

export const FORMAT_NAME = 'sanad-corpus';
/** Bumped when a reader of version N could not read the file correctly. */
export const FORMAT_VERSION = 1;
/** Files above this are refused before JSON.parse (the UI checks File.size first). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
export const MAX_DEPTH = 32;
export const MAX_ARRAY_ITEMS = 200_000;
/** The JSON-LD property (compact IRI) holding the full fact in a ClaimReview item. */
export const SANAD_FACT_KEY = 'sanad:fact';
export const SANAD_NS = 'https://sanad.invalid/ns#';

export interface SanadCorpusFile {
  format: typeof FORMAT_NAME;
  version: number;
  /** ISO timestamp. */
  exportedAt: string;
  schemaVersion: number;
  documents: CorpusDocument[];
  facts: Fact[];
  /** Ids of seed facts the user deleted (seed updates never add them back). */
  tombstones: string[];
}

/** A consistent snapshot: documents, facts and tombstones read in one transaction. */
export async function snapshot(repo: CorpusRepository): Promise<Corpus & { tombstones: string[] }> {
  const { db } = repo;
  return db.transaction('r', [db.documents, db.facts, db.tombstones], async () => ({
    documents: await db.documents.toArray(),
    facts: await db.facts.toArray(),
    tombstones: (await db.tombstones.toCollection().primaryKeys()) as string[],
  }));
}

export function byId<T extends { id: string }>(a: T, b: T): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export async function buildCorpusFile(repo: CorpusRepository, now: Date = new Date()): Promise<SanadCorpusFile> {
  const snap = await snapshot(repo);
  return {
    format: FORMAT_NAME,
    version: FORMAT_VERSION,
    exportedAt: now.toISOString(),
    schemaVersion: SCHEMA_VERSION,
    documents: [...snap.documents].sort(byId),
    facts: [...snap.facts].sort(byId),
    tombstones: [...snap.tombstones].sort(),
  };
}

export async function exportCorpusText(repo: CorpusRepository, now?: Date): Promise<string> {
  return JSON.stringify(await buildCorpusFile(repo, now), null, 2);
}

/** The corpus backup as a JSON Blob (what "Export corpus" downloads). */
export async function exportCorpusJson(repo: CorpusRepository, now?: Date): Promise<Blob> {
  return new Blob([await exportCorpusText(repo, now)], { type: 'application/json' });
}

// ---- ClaimReview ----

/** The fact's figure as a person would write it in English, e.g. "2,500 (as of 2024-01-18)". */
export function factValueText(fact: Fact): string {
  return `${explain.value(fact).en} (as of ${fact.asOf})`;
}

export interface ClaimReviewItem {
  '@context': string;
  '@type': 'ClaimReview';
  claimReviewed: string;
  reviewRating: { '@type': 'Rating'; alternateName: string };
  itemReviewed: {
    '@type': 'Claim';
    appearance: {
      '@type': 'CreativeWork';
      url?: string;
      headline?: string;
      datePublished: string;
      publisher: { '@type': 'Organization'; name: string };
    };
  };
  datePublished: string;
  url?: string;
  [SANAD_FACT_KEY]: Fact;
}

export interface ClaimReviewFile {
  '@context': [string, Record<string, string>];
  '@graph': ClaimReviewItem[];
}

function isHttpUrl(raw: string | undefined): raw is string {
  if (!raw) return false;
  try {
    const p = new URL(raw).protocol;
    return p === 'http:' || p === 'https:';
  } catch {
    return false;
  }
}

export function factToClaimReview(fact: Fact): ClaimReviewItem {
  const src = fact.source;
  const appearance: ClaimReviewItem['itemReviewed']['appearance'] = {
    '@type': 'CreativeWork',
    datePublished: src.published,
    publisher: { '@type': 'Organization', name: src.outlet },
  };
  if (isHttpUrl(src.url)) appearance.url = src.url;
  if (src.title) appearance.headline = src.title;
  const item: ClaimReviewItem = {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    claimReviewed: src.quote,
    reviewRating: { '@type': 'Rating', alternateName: factValueText(fact) },
    itemReviewed: { '@type': 'Claim', appearance },
    datePublished: fact.asOf,
    [SANAD_FACT_KEY]: fact,
  };
  if (isHttpUrl(src.url)) item.url = src.url;
  return item;
}

export async function buildClaimReview(repo: CorpusRepository): Promise<ClaimReviewFile> {
  const facts = [...(await repo.listFacts())].sort(byId);
  return { '@context': ['https://schema.org', { sanad: SANAD_NS }], '@graph': facts.map(factToClaimReview) };
}

/** The facts as schema.org ClaimReview JSON-LD (an @graph), as a Blob. Documents are not included. */
export async function exportClaimReview(repo: CorpusRepository): Promise<Blob> {
  return new Blob([JSON.stringify(await buildClaimReview(repo), null, 2)], { type: 'application/ld+json' });
}

export function exportFileName(kind: 'corpus' | 'claimreview', now: Date = new Date()): string {
  const day = now.toISOString().slice(0, 10);
  return kind === 'corpus' ? `sanad-corpus-${day}.json` : `sanad-claimreview-${day}.json`;
}
