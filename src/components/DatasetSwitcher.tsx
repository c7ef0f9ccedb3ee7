import { useId } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { builtinDataset } from '../data/builtinDataset';
import { isolatedText } from '../model/bidi';
import { useAppStore } from '../store/appStore';
import type { SavedDataset } from '../store/workspaceSlice';

const BUILTIN = '';

/** A saved dataset's title, or its id when the saved record has none it can show. */
const titleOf = (id: string, saved: SavedDataset | undefined) => {
  const title: unknown = saved?.dataset?.title;
  return typeof title === 'string' && title.trim() ? title : id;
};

/**
 * Chooses the dataset every view shows, from any page: a dataset that breaks a view can be left from
 * the header, without reaching /data. Reads only ids and titles, so it works however damaged the
 * dataset on show is.
 */
export function DatasetSwitcher() {
  const id = useId();
  const datasets = useAppStore((s) => s.datasets);
  const activeId = useAppStore((s) => s.activeId);
  const setActive = useAppStore((s) => s.setActive);
  const location = useLocation();
  const navigate = useNavigate();
  const choose = (value: string) => {
    setActive(value === BUILTIN ? null : value);
    // Going to the same address again clears a view's error screen, so the view is drawn from the new dataset.
    navigate(location, { replace: true });
  };
  return (
    <div className="dataset-switcher">
      <label htmlFor={id}>Dataset</label>
      <select id={id} value={activeId ?? BUILTIN} onChange={(event) => choose(event.target.value)}>
        <option value={BUILTIN}>{isolatedText(builtinDataset.title)} (built in)</option>
        {Object.keys(datasets).map((key) => (
          <option key={key} value={key}>
            {isolatedText(titleOf(key, datasets[key]))}
          </option>
        ))}
      </select>
    </div>
  );
}
