// Real-browser tests in Chromium (headless, extension from dist/chrome). Scenarios: ./scenarios.ts.
import { browserSuite } from './scenarios';

describe('Sanad in Chromium', () => {
  browserSuite('chromium');
});
