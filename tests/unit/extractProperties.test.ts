import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractDataset } from '../../src/extract/extractDataset';
import { exportDatasetJson, importDataset } from '../../src/model/importDataset';
import { validateDataset } from '../../src/model/validate';
import { runs } from '../propertyRuns';

/** Text that looks like news often enough to exercise every rule, and like noise the rest of the time. */
const newsWord = fc.constantFrom(
  'President', 'Prime Minister', 'Anna', 'Weber', 'said', 'declared', '“', '”', '"', ',', '.', ':', 'he', 'she', 'the', 'US',
  'Britain', 'Moscow', 'NATO', 'critics', 'argue', '3%', 'of GDP', 'by 2027', '$500 billion', 'on Thursday', 'last year',
  'ruled out', 'contingent on', 'hinted', 'defence', '\n', 'earlier this week', 'de', 'Wit', '’s', 'will', 'told reporters',
);
const newsText = fc.array(newsWord, { maxLength: 60 }).map((words) => words.join(' '));
const anyText = fc.oneof(newsText, fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 120 }));
const published = fc.option(fc.date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), { nil: undefined });

describe('the extractor on any text (fast-check)', () => {
  it('never throws, and gives a dataset that passes full validation with every span matching the text', () => {
    fc.assert(
      fc.property(anyText, published, (text, date) => {
        const { dataset, texts } = extractDataset(text, { published: date });
        const result = validateDataset(dataset, new Map(Object.entries(texts)));
        expect(result.ok ? [] : result.issues).toEqual([]);
      }),
      { numRuns: runs(150) },
    );
  });

  it('exports a dataset that imports back exactly the same', async () => {
    await fc.assert(
      fc.asyncProperty(newsText, published, async (text, date) => {
        const { dataset, texts } = extractDataset(text, { published: date });
        const back = await importDataset(exportDatasetJson(dataset, texts));
        expect(back.ok).toBe(true);
        if (back.ok) {
          expect(back.dataset).toStrictEqual(dataset);
          expect(back.texts).toStrictEqual(texts);
        }
      }),
      { numRuns: runs(60) },
    );
  });
});
