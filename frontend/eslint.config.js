// The walls of the SPA, enforced by `npm run lint` (part of `make test`):
// - a feature never imports another feature (bulletproof-react): routes in src/app compose features, and what
//   two features share lives in src/components or src/lib, which import neither features nor the app;
// - no import cycles; the rules of hooks; typescript-eslint's recommended rules;
// - no guard on a field the contract marks required (type-aware no-unnecessary-condition);
// - query keys only from the factories in src/lib/api/query-keys.ts.
import { readdirSync } from 'node:fs'
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import { importX, createNodeResolver } from 'eslint-plugin-import-x'

const features = readdirSync(new URL('./src/features', import.meta.url))

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'src/lib/api/schema.d.ts', 'e2e', 'coverage'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  reactHooks.configs.flat['recommended-latest'] ?? reactHooks.configs['recommended-latest'],
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createNodeResolver({
          extensions: ['.ts', '.tsx', '.js', '.json'],
          tsconfig: { configFile: new URL('./tsconfig.app.json', import.meta.url).pathname },
        }),
      ],
    },
    rules: {
      // React Compiler advice; org-tree.tsx opens the ancestors of the selection in an effect (kept as a
      // warning until the tree opens them without an effect)
      'react-hooks/set-state-in-effect': 'warn',
      // the contract marks every always-present field required: a guard on one is dead code that hides what the
      // API promises (a field that can really be absent is optional in schema.d.ts, and its guard stays)
      '@typescript-eslint/no-unnecessary-condition': 'error',
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      // every query key comes from a factory in src/lib/api/query-keys.ts, so an invalidation by prefix reaches
      // every query under it
      'no-restricted-syntax': [
        'error',
        {
          selector: "Property[key.name='queryKey'] > ArrayExpression.value",
          message: 'Build query keys with the factories in src/lib/api/query-keys.ts.',
        },
        {
          selector:
            "CallExpression[callee.property.name=/^(get|set)Quer(y|ies)Data$/][arguments.0.type='ArrayExpression']",
          message: 'Build query keys with the factories in src/lib/api/query-keys.ts.',
        },
      ],
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...features.map((feature) => ({
              target: `./src/features/${feature}`,
              from: './src/features',
              except: [`./${feature}`],
              message:
                'A feature does not import another feature: compose them in src/app, share through src/components or src/lib.',
            })),
            {
              target: ['./src/components', './src/lib'],
              from: ['./src/features', './src/app'],
              message: 'Shared code (components, lib) does not reach into features or the app.',
            },
          ],
        },
      ],
    },
  },
)
