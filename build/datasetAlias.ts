/**
 * A Vite plugin that builds the app with another dataset in place of the built-in one, without touching
 * `src/data/builtinDataset.ts` (its exports stay as they are). vite.config.ts does not load it: a build
 * that wants it passes it in, as the benchmark and the hostile-input browser test do:
 *
 *   await build({ configFile: 'vite.config.ts', plugins: [datasetAlias('bench/.out/synthetic/dataset.json')] });
 *
 * The imports of `data/article.json` and `data/article.txt?raw` made by builtinDataset.ts are
 * resolved to the named JSON and to the text of its first source (its `textPath`, relative to the
 * JSON). The browser takes the built-in dataset as already valid, so the replacement is validated
 * here, at build time, and the build fails on any issue.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Plugin } from 'vite';

export function datasetAlias(file: string): Plugin {
  const json = resolve(file);
  const textPath = () => {
    const { sources } = JSON.parse(readFileSync(json, 'utf8')) as { sources: { textPath: string }[] };
    return resolve(dirname(json), sources[0]!.textPath);
  };
  return {
    name: 'stance-dataset-alias',
    enforce: 'pre',
    buildStart() {
      // The CLI runs in its own process so the Vite config never bundles zod and the validator.
      const check = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/validate-data.ts', json], { encoding: 'utf8' });
      if (check.status !== 0) this.error(`The dataset ${json} is not valid:\n${(check.stderr || check.stdout).slice(0, 2000)}`);
    },
    resolveId(source, importer) {
      if (!importer?.replace(/\\/g, '/').endsWith('src/data/builtinDataset.ts')) return null;
      if (source === '../../data/article.json') return json;
      if (source === '../../data/article.txt?raw') return `${textPath()}?raw`;
      return null;
    },
  };
}
