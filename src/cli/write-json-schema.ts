/** Writes the dataset's JSON Schema (from the zod schema) to data/schema/dataset.schema.json. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { jsonSchemaText } from '../model/jsonSchema';

mkdirSync('data/schema', { recursive: true });
writeFileSync('data/schema/dataset.schema.json', jsonSchemaText());
console.log('wrote data/schema/dataset.schema.json');
