// Filter late (PERFORMANCE.md): only blocks that can hold a figure go to the engine. A block is a
// candidate when it has a digit (ASCII, Arabic-Indic, Persian) or a number-word stem in Arabic or
// English. A cheap character class and one regex each; false positives only cost engine time.

const DIGIT = /[0-9\u0660-\u0669\u06f0-\u06f9]/;

const EN_WORDS =
  /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|scores|several|few|handful|tens)\b/i;

// Arabic stems with optional proclitics (و ف ب ل ك, the article), not preceded by another letter.
// Hamza/alef variants are spelled out because the page text is raw (not normalized).
const AR_WORDS = new RegExp(
  '(?<![\\u0621-\\u064a])(?:[وفبلك]?(?:ال|لل)?)' +
    '(?:واحد|[اأإ]?ثن[اتي]|ثلاث|[اأإ]ربع|خمس|ست|سبع|ثمان|تسع|عشر|مئ|مائ|[اأإآ]لف|[اأإآ]لا?ف|ملايين|مليون|مليار|بليون|بلايين|تري?ليون|بضع|عد[ةه](?![\\u0621-\\u064a])|نصف)',
);

/** Arabic diacritics and tatweel: stripped before the word test, only when present. */
const MARKS = /[\u064b-\u0652\u0670\u0640]/g;
const HAS_MARKS = /[\u064b-\u0652\u0670\u0640]/;
const HAS_ARABIC = /[\u0621-\u064a]/;

export function isCandidate(text: string): boolean {
  if (DIGIT.test(text)) return true;
  if (EN_WORDS.test(text)) return true;
  if (!HAS_ARABIC.test(text)) return false;
  return AR_WORDS.test(HAS_MARKS.test(text) ? text.replace(MARKS, '') : text);
}
