import { Link, useLocation, useSearchParams } from 'react-router';
import { UnconfirmedTag } from '../charts/UnconfirmedMark';
import { DRAFTS_PARAM, draftsHidden } from '../data/useDatasetIndex';
import { unconfirmedCount } from '../model/drafts';
import { useAppStore } from '../store/appStore';
import { readableQuery } from '../url/params';

/**
 * Above every view of a dataset with machine drafts no person has confirmed: how they are drawn, and a
 * switch (`drafts=hide` in the URL) to leave them out.
 */
export function DraftsNotice() {
  const dataset = useAppStore((s) => (s.activeId ? s.datasets[s.activeId]?.dataset : undefined));
  const [params, setParams] = useSearchParams();
  const { pathname } = useLocation();
  const count = dataset ? unconfirmedCount(dataset) : 0;
  const hidden = draftsHidden(params);
  // The review page lists the drafts itself.
  if (!count || pathname === '/data') return null;
  const toggle = () => {
    const next = new URLSearchParams(params);
    if (hidden) next.delete(DRAFTS_PARAM);
    else next.set(DRAFTS_PARAM, 'hide');
    setParams(readableQuery(next));
  };
  return (
    <div className="notice drafts-notice">
      <p>
        {hidden ? (
          <>{count} unconfirmed machine {count === 1 ? 'draft is' : 'drafts are'} hidden, with what rests on them.</>
        ) : (
          <>
            {count} {count === 1 ? 'item is a machine draft' : 'items are machine drafts'} no person has confirmed: each is drawn with a dashed outline and tagged <UnconfirmedTag datum={{ machineDrafted: true }} />.
          </>
        )}{' '}
        <button type="button" className="button-quiet" onClick={toggle} aria-pressed={hidden}>
          Hide unconfirmed drafts
        </button>{' '}
        <Link to="/data">Review them</Link>
      </p>
    </div>
  );
}
