import { dirname, relative, resolve, sep } from 'node:path';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Ways to turn data into markup or code: all data text must go in as text. */
const unsafeSinks = [
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'dangerouslySetInnerHTML is forbidden: render data as text.' },
  { selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]", message: 'innerHTML/outerHTML are forbidden: render data as text.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'insertAdjacentHTML is forbidden.' },
  { selector: "CallExpression[callee.property.name='html']", message: "D3's .html() is forbidden: use JSX or .text()." },
  { selector: "CallExpression[callee.name='eval']", message: 'eval is forbidden.' },
  { selector: "NewExpression[callee.name='Function']", message: 'new Function is forbidden.' },
];

/**
 * Layers import downward only. Each folder of src/ names the folders it may import from (besides itself);
 * anything not listed, such as src/main.tsx, is the top.
 */
const layers = {
  model: [],
  store: ['model'],
  url: ['model'],
  data: ['model', 'store'],
  extract: ['model'],
  eval: ['model', 'extract'],
  cli: ['model', 'extract', 'eval'],
  charts: ['model', 'store', 'data', 'url'],
  components: ['model', 'store', 'data', 'url'],
  views: ['model', 'store', 'data', 'url', 'charts', 'components', 'extract'],
  app: ['model', 'store', 'data', 'url', 'charts', 'components', 'extract', 'views'],
};
const order = 'model → store → data, url → charts, components → views → app (extract, eval and cli beside them, over model)';

/** src/<layer>/... of a path, or null outside src/ or at its root. */
function placeOf(file, cwd) {
  const parts = relative(resolve(cwd, 'src'), file).split(sep);
  return parts[0] === '..' || parts.length < 2 ? null : parts;
}

/**
 * A view reaches into another view's folder only for its URL state module (`*State.ts`: the parse/write
 * pair and the link builder); what several views share lives in src/views/shared/.
 */
const isPublicViewModule = (parts) => parts[1] === 'shared' || /State(\.tsx?)?$/.test(parts.at(-1));

const importDirection = {
  meta: { type: 'problem', schema: [], docs: { description: 'Layers import downward only; views share through views/shared' } },
  create(context) {
    const from = placeOf(context.filename, context.cwd);
    if (!from || !(from[0] in layers)) return {};
    const check = (node) => {
      const source = node.source;
      if (source?.type !== 'Literal' || typeof source.value !== 'string' || !source.value.startsWith('.')) return;
      const to = placeOf(resolve(dirname(context.filename), source.value), context.cwd);
      if (!to || to[0] === from[0]) {
        if (to && to[0] === 'views' && to[1] !== from[1] && !isPublicViewModule(to))
          context.report({ node: source, message: `src/views/${from[1]} may not import src/views/${to.slice(1).join('/')}: another view's internals. Import its *State module (URL state and links), or move what both use to src/views/shared.` });
        return;
      }
      if (!layers[from[0]].includes(to[0]))
        context.report({ node: source, message: `src/${from[0]} may not import src/${to.join('/')}: layers import downward only (${order}).` });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'bench/results.json', 'bench/.out', 'tests/output', '**/*.tmp.mts'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, stance: { rules: { 'import-direction': importDirection } } },
    rules: {
      'stance/import-direction': 'error',
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': ['error', ...unsafeSinks],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
);
