// Real-browser tests of the options page (the corpus manager) in Firefox ESR. Scenarios: ./options-scenarios.ts.
import { optionsSuite } from './options-scenarios';

describe('Sanad options page in Firefox ESR', () => {
  optionsSuite('firefox');
});
