import { useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { useAppStore } from '../store/appStore';
import { embedCode, embedHref } from './embed';

/** "Embed this view": the iframe code for the view as it stands, titled for screen readers, to copy. */
export function EmbedShare() {
  const location = useLocation();
  const ownData = useAppStore((s) => s.activeId !== null);
  const [code, setCode] = useState('');
  const [status, setStatus] = useState('');
  const box = useRef<HTMLTextAreaElement>(null);
  // Made when opened, so the code has the view's state and title as they are at that moment.
  const make = (open: boolean) => {
    if (!open) return;
    const heading = document.querySelector('main h1')?.textContent?.trim();
    setCode(embedCode(embedHref(window.location.origin, location.pathname, location.search), heading ? `${heading} (Stance Explorer)` : document.title));
    setStatus('');
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setStatus('Copied.');
    } catch {
      box.current?.select();
      setStatus('Selected: press Ctrl+C (⌘C on a Mac) to copy.');
    }
  };
  return (
    <details className="embed-share" onToggle={(event) => make(event.currentTarget.open)}>
      <summary>Embed this view</summary>
      <label className="embed-share__label" htmlFor="embed-code">
        Code to paste into a web page: the view as it stands now, which fits its height to what it shows.
      </label>
      <textarea id="embed-code" ref={box} className="embed-share__code" readOnly rows={5} value={code} onFocus={(event) => event.currentTarget.select()} />
      <div className="embed-share__actions">
        <button type="button" className="button-quiet" onClick={() => void copy()}>
          Copy code
        </button>
        <p className="embed-share__status" role="status">
          {status}
        </p>
      </div>
      <p className="embed-share__note">
        It follows the reader’s light or dark setting; to match your page instead, add <code>theme=light</code> or <code>theme=dark</code> to the query of its address.
      </p>
      {ownData && <p className="embed-share__note">An embed shows the built-in dataset: your own data stays in this browser.</p>}
    </details>
  );
}
