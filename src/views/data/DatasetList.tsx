import { useId } from 'react';
import { downloadBlob } from '../../charts/exportChart';
import { builtinDataset, builtinTexts } from '../../data/builtinDataset';
import type { Dataset } from '../../model/schema';
import { DataText } from '../../components/DataText';
import { isolatedText } from '../../model/bidi';
import { useAppStore } from '../../store/appStore';
import { datasetFile, figuresCsv, positionsCsv, type ExportFile } from './dataExport';
import { SetAsideList } from './SetAsideList';
import { StorageUsage } from './StorageUsage';

const save = (file: ExportFile) => downloadBlob(new Blob([file.content], { type: `${file.type};charset=utf-8` }), file.name);
const originLabel = { extracted: 'drafted from an article', imported: 'imported', copy: 'your copy' } as const;

function ExportButtons({ dataset, texts }: { dataset: Dataset; texts: Record<string, string> }) {
  return (
    <div className="dataset-list__actions" role="group" aria-label={`Export “${isolatedText(dataset.title)}”`}>
      <button type="button" className="button-quiet" onClick={() => save(datasetFile(dataset, texts))}>
        Export JSON
      </button>
      <button type="button" className="button-quiet" onClick={() => save(positionsCsv(dataset))}>
        Positions CSV
      </button>
      <button type="button" className="button-quiet" onClick={() => save(figuresCsv(dataset))}>
        Figures CSV
      </button>
    </div>
  );
}

/** The dataset switcher: the built-in dataset and every dataset in the workspace, with export and delete. */
export function DatasetList() {
  const ids = useId();
  const datasets = useAppStore((s) => s.datasets);
  const activeId = useAppStore((s) => s.activeId);
  const setActive = useAppStore((s) => s.setActive);
  const removeDataset = useAppStore((s) => s.removeDataset);
  const addDataset = useAppStore((s) => s.addDataset);
  const status = useAppStore((s) => s.status);
  const entries = Object.entries(datasets);
  const builtinTextRecord = Object.fromEntries(builtinTexts);

  return (
    <section className="data-card" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>Datasets</h2>
      <p className="data-card__hint">Choose the dataset every view shows. Yours are kept in this browser only.</p>
      <ul className="dataset-list">
        <li className={activeId === null ? 'is-active' : undefined}>
          <label className="dataset-list__choice">
            <input type="radio" name={`${ids}-active`} checked={activeId === null} onChange={() => setActive(null)} />
            <span>
              <strong><DataText text={builtinDataset.title} /></strong> <span className="tag">built in</span>
            </span>
          </label>
          <ExportButtons dataset={builtinDataset} texts={builtinTextRecord} />
          <button
            type="button"
            className="button-quiet"
            onClick={() => addDataset({ dataset: { ...builtinDataset, title: `${builtinDataset.title} (my copy)` }, texts: builtinTextRecord, origin: 'copy' })}
          >
            Make an editable copy
          </button>
        </li>
        {entries.map(([id, saved]) => (
          <li key={id} className={activeId === id ? 'is-active' : undefined}>
            <label className="dataset-list__choice">
              <input type="radio" name={`${ids}-active`} checked={activeId === id} onChange={() => setActive(id)} />
              <span>
                <strong><DataText text={saved.dataset.title} /></strong> <span className="dataset-list__meta">{originLabel[saved.origin]}, saved {new Date(saved.savedAt).toLocaleString()}</span>
              </span>
            </label>
            <ExportButtons dataset={saved.dataset} texts={saved.texts} />
            <button
              type="button"
              className="button-quiet button-danger"
              onClick={() => {
                if (window.confirm(`Delete “${isolatedText(saved.dataset.title)}” from this browser? Export it first to keep a copy.`)) removeDataset(id);
              }}
            >
              Delete
            </button>
          </li>
        ))}
      </ul>
      {status === 'loading' && (
        <p className="loading" role="status">
          Reading your saved datasets…
        </p>
      )}
      {status === 'unreadable' && (
        <p className="data-error">Your saved datasets could not be read, so they are not listed here; they are left as they were. What you add now is not saved: export it to keep it.</p>
      )}
      {status === 'ready' && !entries.length && <p className="empty">You have no datasets of your own yet: draft one from an article or import one below.</p>}
      <SetAsideList />
      <StorageUsage />
    </section>
  );
}
