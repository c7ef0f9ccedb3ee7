import { useId } from 'react';
import { downloadBlob } from '../../charts/exportChart';
import { useAppStore } from '../../store/appStore';
import { workspaceSync } from '../../store/workspace';
import type { SetAsideDataset } from '../../store/workspaceSlice';

/** How many of a set-aside dataset's problems are listed before the rest are counted. */
const SHOWN_ISSUES = 5;

function exportAsItIs(item: SetAsideDataset) {
  // An earlier version kept the whole workspace as one JSON string: that is exported as the text it was.
  const json = typeof item.record === 'string' ? item.record : `${JSON.stringify(item.record, null, 2)}\n`;
  downloadBlob(new Blob([json], { type: 'application/json;charset=utf-8' }), `${item.id}-set-aside-${item.key ?? 'in-place'}.json`);
}

function remove(item: SetAsideDataset) {
  const name = item.title ?? item.id;
  if (!window.confirm(`Remove the damaged copy of “${name}” from this browser for good? Export it first to keep it.`)) return;
  const sync = workspaceSync();
  if (sync) void sync.removeSetAside(item);
  else useAppStore.setState({ setAside: useAppStore.getState().setAside.filter((other) => other !== item) });
}

/** Saved datasets that failed their checks when read: what is wrong with each, to export as they are or remove. */
export function SetAsideList() {
  const ids = useId();
  const setAside = useAppStore((s) => s.setAside);
  if (!setAside.length) return null;
  return (
    <section className="set-aside" aria-labelledby={`${ids}-title`}>
      <h3 id={`${ids}-title`}>Set aside: could not be opened</h3>
      <p className="data-card__hint">
        These were saved in this browser but failed the checks an import makes, so no view shows them. Each is kept exactly as it was found.
      </p>
      <ul className="set-aside__list">
        {setAside.map((item, index) => (
          <li key={item.key ?? `in-place-${index}`}>
            <p className="set-aside__name">
              <strong>
                <bdi>{item.title ?? item.id}</bdi>
              </strong>{' '}
              <span className="dataset-list__meta">
                saved as <code>{item.id}</code>, set aside {new Date(item.setAt).toLocaleString()}
              </span>
            </p>
            <p className="set-aside__count">
              {item.issues.length === 1 ? 'One problem:' : `${item.issues.length} problems:`}
            </p>
            <ul className="import-errors__list set-aside__issues">
              {item.issues.slice(0, SHOWN_ISSUES).map((issue, i) => (
                <li key={i}>
                  <code>{issue.path}</code>
                  {issue.message}
                </li>
              ))}
              {item.issues.length > SHOWN_ISSUES && <li>and {item.issues.length - SHOWN_ISSUES} more: import the exported file to see every one</li>}
            </ul>
            <div className="dataset-list__actions">
              <button type="button" className="button-quiet" onClick={() => exportAsItIs(item)}>
                Export as it is
              </button>
              <button type="button" className="button-quiet button-danger" onClick={() => remove(item)}>
                Remove
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
