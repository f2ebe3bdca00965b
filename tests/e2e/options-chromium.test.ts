// Real-browser tests of the options page (the corpus manager) in Chromium. Scenarios: ./options-scenarios.ts.
import { optionsSuite } from './options-scenarios';

describe('Sanad options page in Chromium', () => {
  optionsSuite('chromium');
});
