import { useAppStore } from '../../store/appStore';
import { AddArticle } from './AddArticle';
import { DatasetList } from './DatasetList';
import { ImportPanel } from './ImportPanel';
import { NewFromArticle } from './NewFromArticle';
import { ReviewPanel } from './ReviewPanel';
import { ReviewQueue } from './ReviewQueue';
import './data.css';

/** Bring your own article or dataset, switch between datasets, correct a draft, export. */
export default function DataPage() {
  const active = useAppStore((s) => (s.activeId ? s.datasets[s.activeId] : undefined));
  return (
    <section className="page page--data" aria-labelledby="data-title">
      <header className="page__header">
        <h1 id="data-title">Your data</h1>
        <p className="page__lede">
          Draft an explorer from any article, import a dataset, choose which one the views show, correct what the machine got wrong, and export it.
        </p>
      </header>
      <div className="data-grid">
        <DatasetList />
        <NewFromArticle />
        <ImportPanel />
      </div>
      {active && <AddArticle saved={active} />}
      {active ? (
        <>
          <ReviewQueue dataset={active.dataset} />
          <ReviewPanel saved={active} />
        </>
      ) : (
        <p className="empty-state">The built-in dataset is read-only. Make an editable copy, draft one from an article, or import one to review and edit it here.</p>
      )}
    </section>
  );
}
