import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

// The import matrix (see DESIGN.md): shared/ is pure; renderer/ and main/ never import each
// other; raw ipcMain/ipcRenderer only inside the typed wrappers. Do not relax these.
const sharedBans = {
  paths: [
    ...nodeBuiltins,
    'electron',
    'react',
    'react-dom',
    'slate-react',
    'electron-store',
    'conf',
  ].map((name) => ({
    name,
    message: 'shared/ must run anywhere: no Node built-ins, Electron, React or DOM libraries.',
  })),
  patterns: [
    { group: ['**/main/**', '../main', '../../main'], message: 'shared/ cannot import main/.' },
    {
      group: ['**/renderer/**', '../renderer', '../../renderer'],
      message: 'shared/ cannot import renderer/.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', sharedBans],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'process',
        'Buffer',
        'require',
        '__dirname',
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: [...nodeBuiltins, 'electron', 'electron-store', 'conf', 'write-file-atomic'].map(
            (name) => ({
              name,
              message: 'The renderer is a sandboxed web page; ask main through the API contract.',
            }),
          ),
          patterns: [
            {
              group: ['**/main/**', '../main', '../../main'],
              message: 'renderer/ talks to main/ only through shared/api.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['main/**/*.ts'],
    ignores: ['main/electron/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'electron-store'].map((name) => ({
            name,
            message:
              'Only main/electron/ may use Electron: the rest of main/ also runs in the browser host.',
          })),
          patterns: [
            {
              group: ['**/renderer/**', '../renderer', '../../renderer'],
              message: 'main/ never imports renderer/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['main/electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              importNames: ['ipcMain', 'ipcRenderer'],
              message:
                'Use the typed wrappers in main/electron/ipc.ts and main/electron/preload.ts.',
            },
          ],
          patterns: [
            {
              group: ['**/renderer/**', '../renderer', '../../renderer'],
              message: 'main/ never imports renderer/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['main/electron/ipc.ts', 'main/electron/preload.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/renderer/**'], message: 'main/ never imports renderer/.' }] },
      ],
    },
  },
  {
    files: ['eslint.config.js', '*.config.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
