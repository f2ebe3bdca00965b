// Tests are tiered by environment (see tests/README.md).
const transform = {
  '^.+\\.(t|j)sx?$': '<rootDir>/scripts/jest-esbuild-transform.cjs',
  '^.+\\.txt$': '<rootDir>/scripts/jest-text-transform.cjs',
};
// ESM-only packages that jest must transform too.
const transformIgnorePatterns = ['/node_modules/(?!(preact|@testing-library/preact|dexie)/)'];
const moduleFileExtensions = ['ts', 'tsx', 'js', 'cjs', 'mjs', 'json', 'txt'];
const common = { transform, transformIgnorePatterns, moduleFileExtensions };

module.exports = {
  // The machine has two cores; JEST_WORKERS=1 runs everything serially.
  maxWorkers: process.env.JEST_WORKERS ? Number(process.env.JEST_WORKERS) : 2,
  projects: [
    { ...common, displayName: 'unit', testEnvironment: 'node', testMatch: ['<rootDir>/tests/unit/**/*.test.ts', '<rootDir>/tests/accuracy/**/*.test.ts'] },
    { ...common, displayName: 'dom', testEnvironment: 'jsdom', testMatch: ['<rootDir>/tests/dom/**/*.test.ts?(x)'] },
    { ...common, displayName: 'store', testEnvironment: 'node', testMatch: ['<rootDir>/tests/store/**/*.test.ts'] },
    { ...common, displayName: 'e2e', testEnvironment: 'node', testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'], globalTeardown: '<rootDir>/tests/e2e/harness/teardown.ts' },
  ],
};
