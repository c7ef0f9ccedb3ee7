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
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { validateDatasetFile } from '../src/cli/validate-data';

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
      const issues = validateDatasetFile(json);
      if (issues.length)
        this.error(`STANCE_DATASET ${json} is not valid:\n${issues.slice(0, 10).map((i) => `  ${i.path}: ${i.message}`).join('\n')}`);
    },
    resolveId(source, importer) {
      if (!json || !importer?.replace(/\\/g, '/').endsWith('src/data/builtinDataset.ts')) return null;
      if (source === '../../data/article.json') return json;
      if (source === '../../data/article.txt?raw') return `${textPath()}?raw`;
      return null;
    },
  };
}
