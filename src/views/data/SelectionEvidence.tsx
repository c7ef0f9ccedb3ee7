import { useId, useRef, useState } from 'react';
import { spanAt } from '../../model/anchor';
import type { Dataset, Span } from '../../model/schema';
import { freshId, type DatasetCommand } from '../../store/datasetEdits';

interface SelectionEvidenceProps {
  dataset: Dataset;
  texts: Record<string, string>;
  edit: (command: DatasetCommand) => void;
}

/** Offsets of the selection inside `element`, which holds the source text as a single text node. */
function selectedRange(element: HTMLElement | null): { start: number; end: number } | null {
  const selection = window.getSelection();
  const node = element?.firstChild;
  if (!selection || selection.rangeCount === 0 || !node) return null;
  const range = selection.getRangeAt(0);
  if (range.startContainer !== node || range.endContainer !== node || range.collapsed) return null;
  return { start: range.startOffset, end: range.endOffset };
}

/** Select words of the article, then make them evidence for an existing datum or a new position. */
export function SelectionEvidence({ dataset, texts, edit }: SelectionEvidenceProps) {
  const ids = useId();
  const source = dataset.sources[0]!;
  const text = texts[source.id] ?? '';
  const reader = useRef<HTMLPreElement>(null);
  const [span, setSpan] = useState<Span | null>(null);
  const [target, setTarget] = useState('');
  const [actor, setActor] = useState(dataset.actors[0]?.id ?? '');
  const [topic, setTopic] = useState(dataset.topics[0]?.id ?? '');

  const capture = () => {
    const range = selectedRange(reader.current);
    let start = range?.start ?? 0;
    let end = range?.end ?? 0;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    setSpan(range && end > start ? spanAt(source.id, text, start, end) : null);
  };
  const targets = [
    ...dataset.positions.map((p) => ({ value: `position:${p.id}`, label: `Position: ${p.summary.slice(0, 70)}` })),
    ...dataset.figures.map((f) => ({ value: `figure:${f.id}`, label: `Figure: ${f.label}` })),
    ...dataset.actors.map((a) => ({ value: `actor:${a.id}`, label: `Actor: ${a.name}` })),
  ];

  const addToExisting = () => {
    const [kind, id] = target.split(/:(.*)/s) as ['position' | 'figure' | 'actor', string];
    if (span && id) edit({ type: 'addEvidence', kind, id, span });
    setSpan(null);
  };
  const addPosition = () => {
    if (!span || !actor || !topic) return;
    const id = freshId(dataset.positions, `${actor}-${topic}`);
    edit({
      type: 'addPosition',
      position: { id, actor, topic, stance: 'none', certainty: 'noncommittal', basis: 'paraphrase',
      reading: 'stated', summary: span.exact, conditions: [], evidence: [span] },
    });
    setSpan(null);
  };

  return (
    <section className="data-card" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>Add evidence from the text</h2>
      <p className="data-card__hint">Select words in the article below, then attach them to a datum or start a new position with them.</p>
      <pre ref={reader} className="selection-reader" tabIndex={0} onMouseUp={capture} onKeyUp={capture} aria-label="Article text: select words to use as evidence">
        {text}
      </pre>
      {span ? (
        <div className="selection-actions" role="group" aria-label="Use the selected words">
          <p>
            Selected: <mark>{span.exact.length > 160 ? `${span.exact.slice(0, 160)}…` : span.exact}</mark> (characters {span.start}–{span.end})
          </p>
          <label>
            Add to
            <select value={target} onChange={(e) => setTarget(e.target.value)}>
              <option value="">Choose a datum…</option>
              {targets.map((t) => (
                <option key={t.value} value={t.value}>
                  {t.label}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="button-quiet" disabled={!target} onClick={addToExisting}>
            Add as evidence
          </button>
          <span className="selection-actions__or">or a new position for</span>
          <label>
            Actor
            <select value={actor} onChange={(e) => setActor(e.target.value)}>
              {dataset.actors.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            Topic
            <select value={topic} onChange={(e) => setTopic(e.target.value)}>
              {dataset.topics.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.label}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="button-quiet" disabled={!actor || !topic} onClick={addPosition}>
            New position
          </button>
        </div>
      ) : (
        <p className="data-card__hint" role="status">No words selected.</p>
      )}
    </section>
  );
}
