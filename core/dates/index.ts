// Dates and years in normalized Arabic and English text.
export { BEING_THERE, findDates, type FindDatesOptions } from './find-dates';
export { inferYear } from './infer';
export type { Shift } from './lexicon';
