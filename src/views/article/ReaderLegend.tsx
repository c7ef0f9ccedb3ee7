import type { ReactNode } from 'react';
import { useHydrated } from '../../store/useHydrated';
import { useHoverStore } from '../../store/hoverStore';
import type { ColourKey } from './readerMarks';

/** What each band colour stands for (and, in `children`, what a band's form does); naming a topic or actor here highlights it everywhere. */
export function ReaderLegend({ legend, title, children }: { legend: ColourKey[]; title: string; children?: ReactNode }) {
  const hovered = useHoverStore((s) => s.hovered);
  const hydrated = useHydrated();
  const setHovered = useHoverStore((s) => s.setHovered);
  return (
    <div className="reader-legend">
      <h2 className="reader-legend__title">{title}</h2>
      <ul className="reader-legend__list">
        {legend.map((entry) => (
          <li key={entry.key || 'other'} className="reader-legend__item">
            <span className="reader-legend__band" style={hydrated ? { background: entry.colour } : undefined} aria-hidden="true" />
            <span>
              <strong>{entry.label}</strong>
              {entry.members.length > 1 && (
                <span className="reader-legend__members">
                  {entry.members.map((m, i) => (
                    <span key={m.id}>
                      {i > 0 && ', '}
                      <span
                        className={hovered?.kind === m.kind && hovered.id === m.id ? 'is-linked' : undefined}
                        onMouseEnter={() => setHovered({ kind: m.kind, id: m.id })}
                        onMouseLeave={() => setHovered(null)}
                      >
                        {m.label}
                      </span>
                    </span>
                  ))}
                </span>
              )}
            </span>
          </li>
        ))}
      </ul>
      {children}
      <p className="reader-legend__note">
        Each datum is a band under its words; where evidence overlaps, the bands stack. An outline marks the datum
        the link was opened for.
      </p>
      <p className="reader-legend__note reader-legend__print">
        In print, each passage with evidence is underlined; a double underline marks words that support more than one datum.
      </p>
    </div>
  );
}
