/** What the data page exports: the dataset JSON (with its texts) and CSVs of positions and figures. */
import { toCsv } from '../../model/csv';
import { exportDatasetJson } from '../../model/importDataset';
import type { Dataset } from '../../model/schema';

export interface ExportFile {
  name: string;
  type: string;
  content: string;
}

const name = (actors: Dataset['actors'], id: string | undefined) => (id ? (actors.find((a) => a.id === id)?.name ?? id) : '');
const quotes = (evidence: { exact: string }[]) => evidence.map((s) => s.exact).join(' … ');

export const datasetFile = (dataset: Dataset, texts: Record<string, string>): ExportFile => ({
  name: `${dataset.id}.json`,
  type: 'application/json',
  content: exportDatasetJson(dataset, texts),
});

export function positionsCsv(dataset: Dataset): ExportFile {
  const topics = new Map(dataset.topics.map((t) => [t.id, t.label]));
  const rows = dataset.positions.map((p) => ({
    id: p.id,
    actor: name(dataset.actors, p.actor),
    topic: topics.get(p.topic) ?? p.topic,
    stance: p.stance,
    certainty: p.certainty,
    basis: p.basis,
    summary: p.summary,
    drafted: p.machineDrafted ? 'machine, unconfirmed' : 'confirmed',
    evidence: quotes(p.evidence),
  }));
  return {
    name: `${dataset.id}-positions.csv`,
    type: 'text/csv',
    content: toCsv(rows, ['id', 'actor', 'topic', 'stance', 'certainty', 'basis', 'summary', 'drafted', 'evidence']),
  };
}

export function figuresCsv(dataset: Dataset): ExportFile {
  const rows = dataset.figures.map((f) => ({
    id: f.id,
    actor: name(dataset.actors, f.actor),
    appliesTo: name(dataset.actors, f.appliesTo),
    label: f.label,
    metric: f.metric,
    value: f.quantity.value,
    unit: f.quantity.unit,
    currency: f.quantity.currency,
    counted: f.quantity.thing,
    year: f.time?.year,
    earliest: f.time?.earliest,
    latest: f.time?.latest,
    time: f.time?.phrase,
    status: f.status,
    drafted: f.machineDrafted ? 'machine, unconfirmed' : 'confirmed',
    evidence: quotes(f.evidence),
  }));
  return {
    name: `${dataset.id}-figures.csv`,
    type: 'text/csv',
    content: toCsv(rows, ['id', 'actor', { key: 'appliesTo', header: 'applies to' }, 'label', 'metric', 'value', 'unit', 'currency', 'counted', 'year', 'earliest', 'latest', 'time', 'status', 'drafted', 'evidence']),
  };
}
