import './readingToggle.css';
import { useReadingFilter } from '../url/useReadingFilter';
import { DroppedNotice } from './DroppedNotice';

interface ReadingToggleProps {
  /** How many of the view's data are our reading, by kind: `{ positions: 10, relations: 5 }`. */
  inferred: Partial<Record<'positions' | 'relations', number>>;
}

const named = (count: number, kind: string) => `${count} ${count === 1 ? kind.replace(/s$/, '') : kind}`;

/**
 * The switch that hides our readings (`reading=stated` in the URL), the same in every view. It shows only
 * where there is something to hide, or while the filter is on.
 */
export function ReadingToggle({ inferred }: ReadingToggleProps) {
  const { reading, dropped, setReading } = useReadingFilter();
  const counts = Object.entries(inferred).filter(([, count]) => count > 0);
  return (
    <>
      <DroppedNotice dropped={dropped} onDismiss={() => setReading('all', { replace: true })} />
      {(counts.length > 0 || reading === 'stated') && (
        <div className="reading-toggle">
          <label className="check">
            <input type="checkbox" checked={reading === 'stated'} onChange={(event) => setReading(event.target.checked ? 'stated' : 'all')} />
            Hide our readings{counts.length > 0 && ` (${counts.map(([kind, count]) => named(count, kind)).join(', ')})`}: show only what the words state
          </label>
        </div>
      )}
    </>
  );
}
