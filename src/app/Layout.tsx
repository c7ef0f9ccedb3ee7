import { Suspense } from 'react';
import { Outlet, useNavigation } from 'react-router';
import { useBuiltinOnShow, useDatasetIndex } from '../data/useDatasetIndex';
import { WorkspaceNotice } from './WorkspaceNotice';
import { DataText } from '../components/DataText';
import { DraftsNotice } from './DraftsNotice';
import { PageFrame } from './PageFrame';
import { EmbedShare } from './EmbedShare';
import { embedded } from './embed';
import { useDocumentMeta } from './useDocumentMeta';

/** The dataset's index, or null when it cannot be built: each view then shows its own error screen. */
function useIndexOrNull() {
  try {
    return useDatasetIndex();
  } catch {
    return null;
  }
}

function SourceFooter() {
  const index = useIndexOrNull();
  return (
    <footer className="app-footer">
      Every datum links to the exact words of its source.
      {index && (
        <>
          {' '}Source:{' '}
          {index.dataset.sources.map((s, i) => (
            <span key={s.id}>
              {i > 0 && '; '}
              <DataText text={s.title} />, <DataText text={s.publisher} />
            </span>
          ))}
        </>
      )}
      {!embedded && <EmbedShare />}
    </footer>
  );
}

export function Layout() {
  const navigation = useNavigation();
  useDocumentMeta(useIndexOrNull(), { builtin: useBuiltinOnShow() });
  const loading = navigation.state === 'loading';
  return (
    <PageFrame busy={loading} footer={<SourceFooter />}>
      {loading && (
        <p className="loading" role="status">
          Loading view…
        </p>
      )}
      <WorkspaceNotice />
      <DraftsNotice />
      <Suspense fallback={<p className="loading" role="status">Loading…</p>}>
        <Outlet />
      </Suspense>
    </PageFrame>
  );
}
