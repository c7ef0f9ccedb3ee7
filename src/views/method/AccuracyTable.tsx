import { format } from 'd3-format';
import type { ReactNode } from 'react';
import type { ExtractorAccuracy } from '../../model/extractorAccuracy';

type Measurement = Omit<ExtractorAccuracy, 'heldOut'>;

const percent = format('.0%');

/** What each scored category counts, in the reader's words. */
const categoryMeaning: Record<string, string> = {
  actors: 'Actors: the people, states, organisations and groups an article names, matched by any of their names.',
  quotes: 'Direct quotes, with the right speaker.',
  figures: 'Figures: the right value in the right unit (share of GDP, percent, a currency, a count).',
  positions: 'Positions: an actor’s position found on the right words, whatever its stance.',
  stances: 'Positions with the right stance as well.',
  topics: 'Positions filed under the right topic of the codebook as well.',
};

/** One measurement of the extractor: recall and precision per category, with the counts behind them. */
export function AccuracyTable({ measurement, caption }: { measurement: Measurement; caption: ReactNode }) {
  return (
    <div className="method-table-scroll">
      <table className="method-accuracy">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">What is scored</th>
            <th scope="col">Recall</th>
            <th scope="col">Precision</th>
          </tr>
        </thead>
        <tbody>
          {measurement.categories.map((c) => (
            <tr key={c.id}>
              <th scope="row">{categoryMeaning[c.id] ?? c.label}</th>
              <td>
                {c.recall === null ? '—' : percent(c.recall)} <span className="method-accuracy__counts">({c.hits} of {c.gold})</span>
              </td>
              <td>
                {c.precision === null ? '—' : percent(c.precision)} <span className="method-accuracy__counts">({c.correct} of {c.found})</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
