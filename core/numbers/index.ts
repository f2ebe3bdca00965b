// Number detection: digits, Arabic and English number words, vague quantities, qualifiers.
export { findNumbers, type FindNumbersOptions } from './find-numbers';
export { parseDigits, type ParseDigitsOptions, type ParsedDigits } from './digits';
