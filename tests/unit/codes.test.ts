import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { datasetCollections } from '../../src/model/codes';
import { datasetSchema } from '../../src/model/schema';

describe('datasetCollections', () => {
  it('names every list the schema gives a dataset, in its order', () => {
    const lists = Object.entries(datasetSchema.shape)
      .filter(([, schema]) => schema instanceof z.ZodArray)
      .map(([name]) => name);
    expect([...datasetCollections]).toEqual(lists);
  });
});
