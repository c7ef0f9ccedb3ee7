import { useId, useState } from 'react';
import { builtinTexts } from '../../data/builtinDataset';
import { importDataset } from '../../model/importDataset';
import type { DatasetIssue } from '../../model/validate';
import { DataText } from '../../components/DataText';
import { useAppStore } from '../../store/appStore';
import { readTextFile, useFileDrop } from './readTextFile';

type Outcome = { kind: 'ok'; title: string; notes: string[] } | { kind: 'failed'; file: string; issues: DatasetIssue[] } | null;

/** Shown at most, so a file with thousands of errors still renders quickly; the count says how many. */
const SHOWN = 200;

/** Import a dataset JSON: validated in full; on failure every error is listed and nothing is replaced. */
export function ImportPanel() {
  const ids = useId();
  const [outcome, setOutcome] = useState<Outcome>(null);
  /** The name of the file being read and checked; one at a time, so a slower first file cannot land last. */
  const [checking, setChecking] = useState<string | null>(null);
  const addDataset = useAppStore((s) => s.addDataset);

  const take = async (file: File | undefined) => {
    if (!file || checking !== null) return;
    setChecking(file.name);
    try {
      const read = await readTextFile(file);
      if (!read.ok) return setOutcome({ kind: 'failed', file: file.name, issues: [{ path: '(file)', message: read.message }] });
      const result = await importDataset(read.text, { knownTexts: builtinTexts.values() });
      if (!result.ok) return setOutcome({ kind: 'failed', file: file.name, issues: result.issues });
      addDataset({ dataset: result.dataset, texts: result.texts, origin: 'imported' });
      setOutcome({ kind: 'ok', title: result.dataset.title, notes: result.notes });
    } finally {
      setChecking(null);
    }
  };
  const { dragging, dropProps } = useFileDrop((file) => void take(file));

  return (
    <section
      className={dragging ? 'data-card drop-zone is-dragging' : 'data-card'}
      aria-labelledby={`${ids}-title`}
      aria-busy={checking !== null}
      {...dropProps}
    >
      <h2 id={`${ids}-title`}>Import a dataset</h2>
      <p className="data-card__hint">A dataset JSON exported from Stance Explorer (or the built-in article’s). Drop it here or choose it.</p>
      <label className="file-pick">
        Choose a dataset file{' '}
        <input type="file" accept=".json,application/json" disabled={checking !== null} onChange={(e) => void take(e.target.files?.[0])} />
      </label>
      {checking !== null && <p className="data-card__hint">Checking “{checking}”…</p>}
      {outcome?.kind === 'ok' && (
        <div className="data-success" role="status">
          <p>Imported “<DataText text={outcome.title} />”; it is now on show.</p>
          {outcome.notes.length > 0 && (
            <ul>
              {outcome.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {outcome?.kind === 'failed' && (
        <div className="import-errors" role="alert">
          <p>
            <strong>
              “{outcome.file}” was not imported: {outcome.issues.length} {outcome.issues.length === 1 ? 'problem' : 'problems'}.
            </strong>{' '}
            Nothing you had has changed.
          </p>
          <ul className="import-errors__list">
            {outcome.issues.slice(0, SHOWN).map((issue, i) => (
              <li key={i}>
                <code>{issue.path}</code> {issue.message}
              </li>
            ))}
          </ul>
          {outcome.issues.length > SHOWN && <p>…and {outcome.issues.length - SHOWN} more.</p>}
        </div>
      )}
    </section>
  );
}
