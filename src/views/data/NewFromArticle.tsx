import { useId, useState, type ClipboardEvent, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { DataText } from '../../components/DataText';
import { ARTICLE_MAX_FILE_BYTES, ARTICLE_MAX_WORDS, articleFileTooLarge, articleTooLong } from '../../extract/limits';
import { useAppStore } from '../../store/appStore';
import { readTextFile, useFileDrop } from './readTextFile';
import { useExtractor } from './useExtractor';
import { useTypedBeforeStart } from '../../components/useTypedBeforeStart';

/** Paste or drop an article, give it a title and date, and get a draft explorer. */
export function NewFromArticle() {
  const ids = useId();
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  const [published, setPublished] = useState('');
  const [sizeError, setSizeError] = useState<string | null>(null);
  /** The draft just made, when parts of it were left out: shown here before the user opens it. */
  const [capped, setCapped] = useState<{ title: string; notices: string[] } | null>(null);
  const { state, run } = useExtractor();
  const addDataset = useAppStore((s) => s.addDataset);
  const navigate = useNavigate();
  const running = state.status === 'running';

  /** Takes pasted, typed or read text, or refuses it whole (keeping what was there) when it is too long. */
  const takeText = (next: string) => {
    const tooLong = articleTooLong(next);
    setSizeError(tooLong);
    if (!tooLong) setText(next);
    return !tooLong;
  };
  const takeFile = async (file: File | undefined) => {
    if (!file) return;
    const read = await readTextFile(file, ARTICLE_MAX_FILE_BYTES, articleFileTooLarge);
    if (!read.ok) return setSizeError(read.message);
    if (takeText(read.text) && !title) setTitle(file.name.replace(/\.txt$/i, ''));
  };
  const textField = useTypedBeforeStart<HTMLTextAreaElement>(takeText);
  const titleField = useTypedBeforeStart<HTMLInputElement>(setTitle);
  const publishedField = useTypedBeforeStart<HTMLInputElement>(setPublished);
  const { dragging, dropProps } = useFileDrop((file, dropped) => (file ? void takeFile(file) : dropped && takeText(dropped)));
  /**
   * Checks a paste before the browser puts it in the field: laying out megabytes of text in a textarea
   * takes the browser seconds, only for the text to be refused.
   */
  const checkPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const field = event.currentTarget;
    const pasted = event.clipboardData.getData('text/plain');
    const next = field.value.slice(0, field.selectionStart) + pasted + field.value.slice(field.selectionEnd);
    const tooLong = articleTooLong(next);
    setSizeError(tooLong);
    if (tooLong) event.preventDefault();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim() || running) return;
    setCapped(null);
    const extraction = await run(text, { title: title || undefined, published: published || undefined });
    if (!extraction) return;
    addDataset({ dataset: extraction.dataset, texts: extraction.texts, origin: 'extracted' });
    if (extraction.capped.length) setCapped({ title: extraction.dataset.title, notices: extraction.capped });
    else navigate('/matrix');
  };

  return (
    <form className="data-card" onSubmit={submit} aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>New from an article</h2>
      <p className="data-card__hint">Paste the article’s plain text (up to {ARTICLE_MAX_WORDS.toLocaleString('en-GB')} words), or drop a .txt file here. The draft is made in this browser; nothing is sent anywhere.</p>
      <div
        className={dragging ? 'drop-zone is-dragging' : 'drop-zone'}
        {...dropProps}
      >
        <label htmlFor={`${ids}-text`}>Article text</label>
        <textarea ref={textField} id={`${ids}-text`} value={text} onChange={(e) => takeText(e.target.value)} onPaste={checkPaste} rows={8} placeholder="Paste the article here…" required />
        <label className="file-pick">
          …or choose a .txt file <input type="file" accept=".txt,text/plain" onChange={(e) => void takeFile(e.target.files?.[0])} />
        </label>
      </div>
      {sizeError && <p className="data-error" role="alert">{sizeError}</p>}
      <div className="data-card__row">
        <label>
          Title <span className="data-card__optional">(optional: else the first line)</span>
          <input ref={titleField} value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <label>
          Published <span className="data-card__optional">(resolves “on Thursday”, “last year”)</span>
          <input ref={publishedField} type="date" value={published} onChange={(e) => setPublished(e.target.value)} />
        </label>
      </div>
      <button type="submit" className="button-primary" disabled={running || !text.trim()}>
        {running ? 'Drafting…' : 'Draft the explorer'}
      </button>
      {running && (
        <div className="extract-progress" role="status">
          <progress max={1} value={state.fraction} aria-label="Drafting progress" /> {state.step}…
        </div>
      )}
      {capped && (
        <div className="notice" role="status">
          <p>
            <strong>
              Drafted “<DataText text={capped.title} />”, with parts left out.
            </strong>{' '}
            {capped.notices.join(' ')} A draft keeps the first items of each kind in the order of the article.
          </p>
          <Link to="/matrix">Open it in the positions matrix</Link>
        </div>
      )}
      {state.status === 'error' && (
        <p className="data-error" role="alert">
          The draft could not be made: {state.message}
        </p>
      )}
    </form>
  );
}
