import { z } from 'zod';
import { datasetSchema } from './schema';

/** The JSON Schema of a dataset, as written to data/schema/ (compared by a test to catch staleness). */
export const jsonSchemaText = () => `${JSON.stringify(z.toJSONSchema(datasetSchema, { io: 'input' }), null, 2)}\n`;
