import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

/** The messages of the import-direction rule for one file's imports, linted as if it stood at filePath. */
async function directionErrors(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'stance/import-direction').map((m) => m.message);
}

describe('lint: layers import downward only', () => {
  const wrongWay: [string, string, string, RegExp][] = [
    ['the model importing a view', 'src/model/example.ts', "import { matrixHref } from '../views/matrix/matrixState';\nexport const f = matrixHref;", /src\/model may not import src\/views\/matrix\/matrixState/],
    ['the model importing the store (a type only)', 'src/model/example.ts', "import type { SavedDataset } from '../store/workspaceSlice';\nexport type T = SavedDataset;", /src\/model may not import src\/store/],
    ['a view importing the app', 'src/views/matrix/Example.tsx', "import { viewRoutes } from '../../app/routes';\nexport const r = viewRoutes;", /src\/views may not import src\/app\/routes/],
    ['the URL layer importing a view', 'src/url/example.ts', "export { matrixHref } from '../views/matrix/matrixState';", /src\/url may not import src\/views/],
    ['a chart importing a component', 'src/charts/Example.tsx', "export * from '../components/DroppedNotice';", /src\/charts may not import src\/components/],
    ['the store loading a view lazily', 'src/store/example.ts', "export const load = () => import('../views/matrix/MatrixPage');", /src\/store may not import src\/views/],
    ['a view reaching into another view', 'src/views/network/Example.tsx', "import { MatrixGrid } from '../matrix/MatrixGrid';\nexport const G = MatrixGrid;", /another view's internals/],
  ];
  for (const [name, filePath, code, message] of wrongWay)
    it(`reports ${name}`, async () => {
      const errors = await directionErrors(code, filePath);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(message);
    });

  it('lets imports run downward, within a layer, and through views/shared and a view’s state module', async () => {
    const allowed: [string, string][] = [
      ['src/views/network/Example.tsx', "import { matrixHref } from '../matrix/matrixState';\nimport { ActorLink } from '../shared/EntityLinks';\nimport { useUrlState } from '../../url/useUrlState';\nimport { EvidencePanel } from '../../charts/EvidencePanel';\nexport const all = [matrixHref, ActorLink, useUrlState, EvidencePanel];"],
      ['src/app/example.ts', "export { default } from '../views/matrix/MatrixPage';"],
      ['src/url/example.ts', "import { datumKinds } from '../model/datums';\nexport const k = datumKinds;"],
      ['src/data/example.ts', "import article from '../../data/article.json';\nimport { useAppStore } from '../store/appStore';\nexport const all = [article, useAppStore];"],
      ['src/model/example.ts', "import { stances } from './codes';\nexport const s = stances;"],
      ['tests/unit/example.test.ts', "import { matrixHref } from '../../src/views/matrix/matrixState';\nexport const h = matrixHref;"],
    ];
    for (const [filePath, code] of allowed) expect(await directionErrors(code, filePath), filePath).toEqual([]);
  });
});
