import { useId, useMemo, useState, type FormEvent } from 'react';
import { DataText } from '../../components/DataText';
import type { Extraction } from '../../extract/extractDataset';
import { mergeArticle, type MatchDecision } from '../../model/storyMerge';
import { useAppStore } from '../../store/appStore';
import type { SavedDataset } from '../../store/workspaceSlice';
import { useExtractor } from './useExtractor';

/** A story's title with how many sources it holds, without repeating an earlier count. */
const storyTitle = (title: string, sources: number) => `${title.replace(/ \(\d+ sources\)$/, '')} (${sources} sources)`;

/**
 * Drafts one more article and merges it into the dataset on show as a new source. Each actor that looks
 * like one already there is shown for a person to merge or keep apart. The merged story is saved as a new
 * dataset, so the one before stays in the list: choosing it again undoes the addition.
 */
export function AddArticle({ saved }: { saved: SavedDataset }) {
  const ids = useId();
  const [text, setText] = useState('');
  const [published, setPublished] = useState('');
  const [publisher, setPublisher] = useState('');
  const [draft, setDraft] = useState<Extraction | null>(null);
  const [decisions, setDecisions] = useState<Record<string, MatchDecision>>({});
  const [added, setAdded] = useState<string | null>(null);
  const { state, run } = useExtractor();
  const addDataset = useAppStore((s) => s.addDataset);
  const preview = useMemo(() => (draft ? mergeArticle({ dataset: saved.dataset, texts: saved.texts }, draft, decisions) : null), [draft, decisions, saved]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim() || state.status === 'running') return;
    setAdded(null);
    const extraction = await run(text, { published: published || undefined, publisher: publisher || undefined });
    setDecisions({});
    setDraft(extraction);
  };
  const add = () => {
    if (!preview) return;
    const title = storyTitle(saved.dataset.title, preview.dataset.sources.length);
    addDataset({ dataset: { ...preview.dataset, title }, texts: preview.texts, origin: 'extracted' });
    setAdded(title);
    setDraft(null);
    setText('');
  };
  const name = (id: string) => draft?.dataset.actors.find((a) => a.id === id)?.name ?? id;
  const existingName = (id: string) => saved.dataset.actors.find((a) => a.id === id)?.name ?? id;

  return (
    <section className="data-card data-card--wide" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>Add an article to this dataset</h2>
      <p className="data-card__hint">
        Follow a story over several articles: each one becomes a source with its own date, and <em>Over time</em> shows who moved.
      </p>
      <form onSubmit={submit}>
        <label htmlFor={`${ids}-text`}>Article text</label>
        <textarea id={`${ids}-text`} value={text} onChange={(e) => setText(e.target.value)} rows={6} placeholder="Paste the next article here…" required />
        <div className="data-card__row">
          <label>
            Published <input type="date" value={published} onChange={(e) => setPublished(e.target.value)} required />
          </label>
          <label>
            Publisher <input value={publisher} onChange={(e) => setPublisher(e.target.value)} />
          </label>
        </div>
        <button type="submit" className="button-primary" disabled={state.status === 'running' || !text.trim()}>
          {state.status === 'running' ? 'Drafting…' : 'Draft and match'}
        </button>
      </form>
      {state.status === 'error' && (
        <p className="data-error" role="alert">
          The draft could not be made: {state.message}
        </p>
      )}
      {draft && preview && (
        <div className="add-article__review">
          <p role="status">
            Drafted {draft.dataset.actors.length} actors and {draft.dataset.positions.length} positions.{' '}
            {preview.duplicates.length > 0 && `${preview.duplicates.length} quote(s) are already in the dataset and will be kept as more evidence. `}
            {preview.matches.length ? 'Check each actor that looks like one already here:' : 'No actor matches one already here.'}
          </p>
          {preview.matches.map((match) => (
            <fieldset key={match.incoming} className="add-article__match">
              <legend>
                “<DataText text={name(match.incoming)} />” in the new article, and “<DataText text={existingName(match.existing)} />” already here (same {match.by})
              </legend>
              {(['merge', 'apart'] as const).map((choice) => (
                <label key={choice} className="check">
                  <input
                    type="radio"
                    name={`${ids}-${match.incoming}`}
                    checked={(decisions[match.incoming] ?? 'merge') === choice}
                    onChange={() => setDecisions({ ...decisions, [match.incoming]: choice })}
                  />
                  {choice === 'merge' ? 'The same actor: merge' : 'Different actors: keep apart'}
                </label>
              ))}
            </fieldset>
          ))}
          <button type="button" className="button-primary" onClick={add}>
            Add the article
          </button>
        </div>
      )}
      {added && (
        <p className="notice" role="status">
          Saved as a new dataset, “<DataText text={added} />”, now on show. The dataset before is kept in the list: choose it to undo the addition.
        </p>
      )}
    </section>
  );
}
