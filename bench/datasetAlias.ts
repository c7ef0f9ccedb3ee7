/**
 * Lets a bench or test build show another dataset in place of the built-in one, without touching
 * `src/data/builtinDataset.ts` (its exports stay as they are):
 *
 *   STANCE_DATASET=bench/.out/synthetic/dataset.json npx vite build --outDir /tmp/dist-bench --emptyOutDir
 *
 * The imports of `data/article.json` and `data/article.txt?raw` made by builtinDataset.ts are
 * resolved to the named JSON and to the text of its first source (its `textPath`, relative to the
 * JSON). The browser takes the built-in dataset as already valid, so the replacement is validated
 * here, at build time, and the build fails on any issue. Unset, the plugin does nothing; only the
 * benchmark and the hostile-input browser tests set it.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Plugin } from 'vite';

export function datasetAlias(file = process.env.STANCE_DATASET): Plugin {
  const json = file ? resolve(file) : '';
  const textPath = () => {
    const { sources } = JSON.parse(readFileSync(json, 'utf8')) as { sources: { textPath: string }[] };
    return resolve(dirname(json), sources[0]!.textPath);
  };
  return {
    name: 'stance-dataset-alias',
    enforce: 'pre',
    buildStart() {
      if (!json) return;
      // The CLI runs in its own process so the Vite config never bundles zod and the validator.
      const check = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/validate-data.ts', json], { encoding: 'utf8' });
      if (check.status !== 0) this.error(`STANCE_DATASET ${json} is not valid:\n${(check.stderr || check.stdout).slice(0, 2000)}`);
    },
    resolveId(source, importer) {
      if (!json || !importer?.replace(/\\/g, '/').endsWith('src/data/builtinDataset.ts')) return null;
      if (source === '../../data/article.json') return json;
      if (source === '../../data/article.txt?raw') return `${textPath()}?raw`;
      return null;
    },
  };
}
