import datasetJson from '../../data/article.json';
import articleText from '../../data/article.txt?raw';
import { indexDataset } from '../model/indexDataset';
import type { Dataset } from '../model/schema';

/**
 * The dataset that ships with the app. It is validated by `npm run validate:data` at build and test
 * time, so the browser takes it as typed rather than loading zod on the first route; JSON imports
 * widen enums to string, hence the cast.
 */
export const builtinDataset = datasetJson as unknown as Dataset;
export const builtinTexts = new Map([['article', articleText]]);
export const builtinIndex = indexDataset(builtinDataset, builtinTexts);
