// The page side of the engine: what the content script needs to find claims (no facts, no
// judge). A narrow entry keeps core/facts out of the content script's bundle, which is compiled on
// every page load.
export type { Claim } from './claims/claim';
export type { Fact } from './facts/model';
export { extractClaims, pageIsTopical, type ExtractOptions } from './claims/extract';
export { compileLexiconSteps, type CompiledLexicon } from './lexicon/compile';
export { parseIsoDate } from './iso-date';
export { warmUpSteps } from './warm-up';
