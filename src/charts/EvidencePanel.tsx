import { useEffect, useRef, type ReactNode } from 'react';

interface EvidencePanelProps {
  title: string;
  /** A line under the title, e.g. the topic's question. */
  subtitle?: string;
  onClose: () => void;
  children: ReactNode;
}

/** The side panel every view opens to show a datum and its words in the source. Escape closes it. */
export function EvidencePanel({ title, subtitle, onClose, children }: EvidencePanelProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [title]);
  return (
    <aside
      className="evidence-panel"
      aria-labelledby="evidence-panel-title"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <header className="evidence-panel__header">
        <h2 id="evidence-panel-title" ref={heading} tabIndex={-1}>
          {title}
        </h2>
        <button type="button" className="evidence-panel__close" onClick={onClose} aria-label="Close details">
          ×
        </button>
      </header>
      {subtitle && <p className="evidence-panel__subtitle">{subtitle}</p>}
      {children}
    </aside>
  );
}
