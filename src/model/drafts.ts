/** Machine drafts that no person has confirmed yet: every view draws them as unconfirmed. */
import type { Dataset } from './schema';

/** True while the extractor's draft awaits a person's check. */
export const isUnconfirmed = (datum: { machineDrafted?: boolean }) => datum.machineDrafted === true;

/** How many actors, positions, figures and events of the dataset are unconfirmed drafts. */
export const unconfirmedCount = (dataset: Dataset) =>
  [dataset.actors, dataset.positions, dataset.figures, dataset.events].reduce((sum, items) => sum + items.filter(isUnconfirmed).length, 0);
