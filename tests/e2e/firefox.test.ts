// Real-browser tests in Firefox ESR (headless, WebDriver BiDi, extension from dist/firefox).
// Scenarios: ./scenarios.ts.
import { browserSuite } from './scenarios';

describe('Sanad in Firefox ESR', () => {
  browserSuite('firefox');
});
