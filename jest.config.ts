import type { Config } from 'jest';

// Unit tests only: e2e/ belongs to Playwright, the conformance run to local/test.
const config: Config = {
  testEnvironment: 'node',
  roots: ['<rootDir>'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '/e2e/', '/.next/', '/.local-data/'],
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/$1', '^server-only$': '<rootDir>/lib/testing/empty-module.ts' },
  // Jest runs CommonJS; ESM-only packages (jose) are compiled like our own sources.
  transformIgnorePatterns: ['/node_modules/(?!(jose)/)'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: { jsx: 'react-jsx', module: 'commonjs', moduleResolution: 'node', isolatedModules: true }, diagnostics: false }],
    '/node_modules/jose/.+\\.js$': ['ts-jest', { tsconfig: { module: 'commonjs', allowJs: true, isolatedModules: true }, diagnostics: false }],
  },
  testTimeout: 30_000,
  // Tests run in a vm context, where every global lookup goes through an interceptor: Amplify's SRP BigInteger calls
  // Math in its inner loop and ran ~30x slower than under plain Node (~10 s per sign-in step on a loaded machine).
  // Injected, Math is a plain module-scope binding (jestjs/jest#5163).
  sandboxInjectedGlobals: ['Math'],
};

export default config;
