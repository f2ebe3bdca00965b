// Import/export of the corpus: versioned backups and schema.org ClaimReview JSON-LD.
export * from './format';
export * from './parse';
export * from './validate';
export * from './plan';
export * from './apply';
