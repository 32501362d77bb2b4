import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FlatCompat } from '@eslint/eslintrc';

const compat = new FlatCompat({ baseDirectory: dirname(fileURLToPath(import.meta.url)) });

const config = [
  { ignores: ['node_modules/**', '.next/**', '.next-*/**', '.local-data/**', 'graphql/generated/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'] },
  ...compat.extends('next/core-web-vitals', 'next/typescript'),
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Links go through AppLink (no prefetch: see components/navigation/app-link.tsx and docs/app.md).
      'no-restricted-imports': ['error', { paths: [{ name: 'next/link', message: 'Use AppLink from @/components/navigation/app-link.' }] }],
    },
  },
];

export default config;
