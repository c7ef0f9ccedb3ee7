import { readFileSync } from 'node:fs';
import { countWords } from '../src/extract/limits';

/** Our article and the two test articles, repeated and cut at `words` words (line breaks kept). */
export function longArticle(words: number): string {
  const base = ['data/article.txt', 'tests/fixtures/articles/arctic-defence.txt', 'tests/fixtures/articles/port-tariffs.txt']
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
  let text = base;
  while (countWords(text) <= words) text += `\n${base}`;
  return text.slice(0, [...text.matchAll(/\S+/g)][words]!.index);
}
