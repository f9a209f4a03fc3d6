/** Three suites: pure domain rules, workflows on the time-skipping server, end to end on the dev server. */
const base = {
  testEnvironment: 'node',
  transform: { '^.+\\.tsx?$': 'ts-jest' },
};
module.exports = {
  testTimeout: 120_000,
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/test/unit/**/*.test.ts'] },
    { ...base, displayName: 'workflow', testMatch: ['<rootDir>/test/workflow/**/*.test.ts'] },
    { ...base, displayName: 'e2e', testMatch: ['<rootDir>/test/e2e/**/*.test.ts'] },
  ],
};
