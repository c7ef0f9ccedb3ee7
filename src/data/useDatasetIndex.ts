import type { DatasetIndex } from '../model/indexDataset';
import { builtinIndex } from './builtinDataset';

/** The dataset the views show. */
export const useDatasetIndex = (): DatasetIndex => builtinIndex;
