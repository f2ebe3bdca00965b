// `--json` output: exactly the documented shape, nothing more.
import type { ClaimReport, Corpus } from '../core/index';

export interface ScannedFile {
  /** The input as given on the command line ('-' for stdin). */
  file: string;
  reports: ClaimReport[];
  lang?: 'ar' | 'en';
  published?: string;
  title?: string;
}

export interface JsonClaim {
  text: string;
  value: number;
  sentence: string;
  verdict: 'match' | 'mismatch' | 'unverified';
  expected: number | null;
  factId: string | null;
}

export interface JsonScan {
  files: { file: string; claims: JsonClaim[] }[];
}

export function scanToJson(files: readonly ScannedFile[]): JsonScan {
  return {
    files: files.map((f) => ({
      file: f.file,
      claims: f.reports.map(({ claim, verdict }) => ({
        text: claim.text,
        value: claim.value,
        sentence: claim.sentence,
        verdict: verdict.verdict,
        expected: verdict.expected ?? null,
        factId: verdict.factId ?? null,
      })),
    })),
  };
}

export function corpusToJson(corpus: Corpus) {
  return {
    documents: corpus.documents.map((d) => ({ id: d.id, title: d.title, outlet: d.outlet, published: d.published, lang: d.lang })),
    facts: corpus.facts,
  };
}

export function stringify(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}
