import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';
import layers from './tools/eslintLayers.mjs';

export default tseslint.config(
  { ignores: ['node_modules/', '.tools/', '.cache/', 'data/', 'eslint.config.mjs', 'jest.config.js'] },
  {
    files: ['**/*.ts', '**/*.tsx'],
    extends: [tseslint.configs.base],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { layers },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      // Which of our folders may import which: tools/eslintLayers.mjs.
      'layers/imports': 'error',
    },
  },
  {
    // Workflow code is replayed and must be deterministic: no Node built-ins, no I/O.
    files: ['workflows/**/*.ts', 'domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: builtinModules.flatMap((m) => [m, `node:${m}`]) }],
    },
  },
);
