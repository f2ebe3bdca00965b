// The flagged figures of a page as a keyboard-usable list. Presentational: props in, callbacks out.
// Page text is rendered as text children only (never as HTML).
import type { FlagSummary } from '../protocol';
import type { I18n } from '../i18n';

export interface FlagListProps {
  flags: readonly FlagSummary[];
  t: I18n['t'];
  onSelect(index: number): void;
  /** Sentences longer than this are cut with an ellipsis. */
  maxSentence?: number;
}

const VERDICT_KEY = { mismatch: 'verdictMismatch', match: 'verdictMatch', unverified: 'verdictUnverified' } as const;

export function shorten(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  return `${clean.slice(0, max - 1).trimEnd()}…`;
}

export function FlagList({ flags, t, onSelect, maxSentence = 140 }: FlagListProps) {
  return (
    <ul class="flag-list">
      {flags.map((flag) => (
        <li key={flag.index} class={`flag flag--${flag.verdict}`}>
          <button
            type="button"
            class="flag__button"
            aria-label={t('popupGoToFlag', flag.text)}
            onClick={() => onSelect(flag.index)}
          >
            <span class="flag__head">
              <bdi class="flag__figure">{flag.text}</bdi>
              <span class="flag__verdict">{t(VERDICT_KEY[flag.verdict])}</span>
            </span>
            {flag.expected !== null && <span class="flag__expected">{t('popupExpected', flag.expected)}</span>}
            <span class="flag__sentence">{shorten(flag.sentence, maxSentence)}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
