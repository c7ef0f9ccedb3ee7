/**
 * Validates every dataset in data/ (or the files named): schema, unique ids, references,
 * evidence spans against the text, and each source's sha256; and the vocabularies beside them
 * (metrics.json...) against their own schemas. Exits 1 on any issue. A valid dataset is then put through
 * the coding lint (codingLint.ts), whose findings are printed as warnings and do not change the exit code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { lintDataset, type LintWarning } from '../model/codingLint';
import type { Dataset } from '../model/schema';
import { formatPath, validateDataset, type DatasetIssue } from '../model/validate';
import { vocabularyFiles } from '../model/vocabularies';
import { sha256Hex } from './hash';

type SourceLike = { id?: unknown; textPath?: unknown; sha256?: unknown };

/** Loads a dataset file with the texts of its sources, and validates it. */
export function validateDatasetFile(file: string): DatasetIssue[] {
  let input: unknown;
  try {
    input = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return [{ path: '(file)', message: `not readable JSON: ${(error as Error).message}` }];
  }
  const vocabulary = vocabularyFiles[basename(file)];
  if (vocabulary) {
    const parsed = vocabulary.safeParse(input);
    return parsed.success ? [] : parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
  }
  const texts = new Map<string, string>();
  const issues: DatasetIssue[] = [];
  const sources = (input as { sources?: unknown }).sources;
  (Array.isArray(sources) ? (sources as SourceLike[]) : []).forEach((source, index) => {
    if (typeof source?.id !== 'string' || typeof source.textPath !== 'string') return;
    const textFile = resolve(dirname(file), source.textPath);
    try {
      const text = readFileSync(textFile, 'utf8');
      texts.set(source.id, text);
      const actual = sha256Hex(text);
      if (source.sha256 !== actual)
        issues.push({ path: `sources[${index}].sha256`, message: `does not match ${source.textPath} (its sha256 is ${actual})` });
    } catch {
      issues.push({ path: `sources[${index}].textPath`, message: `cannot read ${textFile}` });
    }
  });
  const result = validateDataset(input, texts);
  return result.ok ? issues : [...result.issues, ...issues];
}

/** The coding-lint warnings of a dataset file that passes validation (none for a vocabulary file). */
export function lintDatasetFile(file: string): LintWarning[] {
  if (vocabularyFiles[basename(file)]) return [];
  return lintDataset(JSON.parse(readFileSync(file, 'utf8')) as Dataset);
}

const isMain = process.argv[1] && resolve(process.argv[1]).endsWith('validate-data.ts');
if (isMain) {
  const files = process.argv.slice(2).length
    ? process.argv.slice(2)
    : readdirSync('data')
        .filter((name) => name.endsWith('.json'))
        .map((name) => join('data', name));
  let failed = 0;
  for (const file of files) {
    const issues = validateDatasetFile(file);
    if (!issues.length) {
      console.log(`ok  ${file}`);
      const warnings = lintDatasetFile(file);
      if (warnings.length) console.warn(`WARN ${file}: ${warnings.length} coding-lint warning(s)`);
      for (const warning of warnings) console.warn(`  ${warning.path} (${warning.id}): ${warning.message} [${warning.rule}]`);
      continue;
    }
    failed++;
    console.error(`FAIL ${file}: ${issues.length} issue(s)`);
    for (const issue of issues) console.error(`  ${issue.path}: ${issue.message}`);
  }
  process.exit(failed ? 1 : 0);
}
