import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

// Import directions of STYLE.md: app → components, db, lib; components → lib; db → lib; lib → lib.
const noDb = { group: ['@/db/*', '**/db/*', '@/db'], message: 'Only app/ and scripts/ may reach the database.' };
const noReact = { group: ['react', 'react-dom', 'react/*', 'next/*'], message: 'lib/ holds no React.' };
const noComponents = { group: ['@/components/*', '**/components/*'], message: 'lib/ and db/ do not render.' };
const noFs = {
  name: 'node:fs',
  message: 'lib/ is pure: only lib/ingest reads bytes.',
};

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ['*.tmp.ts', 'tmp-*.ts', '.ssr-probe.mjs', 'node_modules/**', '.next/**', '.data/**', 'db/migrations/**', 'next-env.d.ts', 'bench/work/**'],
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noDb] }] },
  },
  {
    files: ['lib/**/*.ts'],
    ignores: ['lib/ingest/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [noFs, { name: 'fs', message: noFs.message }, { name: 'fs/promises', message: noFs.message }, { name: 'node:fs/promises', message: noFs.message }], patterns: [noDb, noReact, noComponents] },
      ],
    },
  },
  {
    files: ['lib/ingest/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noDb, noReact, noComponents] }] },
  },
  {
    files: ['db/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noReact, noComponents] }] },
  },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
];

export default config;
