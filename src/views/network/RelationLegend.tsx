import type { RelationKind } from '../../model/schema';
import { relationFamilies, relationStyle } from './relationStyle';

/** Line styles for the kinds present, by family; and what a circle's size and outline mean. */
export function RelationLegend({ kinds, tentative = false }: { kinds: ReadonlySet<RelationKind>; tentative?: boolean }) {
  return (
    <div className="legend network-legend" aria-label="Legend">
      {relationFamilies.map((family) => {
        const present = family.kinds.filter((k) => kinds.has(k));
        if (!present.length) return null;
        return (
          <ul key={family.id} className="legend__group network-legend__family" aria-label={family.label}>
            <li className="network-legend__title">{family.label}</li>
            {present.map((kind) => (
              <li key={kind} className="legend__item">
                <svg width="34" height="10" aria-hidden="true">
                  <line x1="1" y1="5" x2="27" y2="5" stroke={relationStyle[kind].colour} strokeWidth="2" strokeDasharray={relationStyle[kind].dash} />
                  <path d="M26,1L33,5L26,9z" fill={relationStyle[kind].colour} />
                </svg>
                {relationStyle[kind].label}
              </li>
            ))}
          </ul>
        );
      })}
      {tentative && (
        <ul className="legend__group network-legend__family" aria-label="Status">
          <li className="network-legend__title">Status</li>
          <li className="legend__item">
            <svg width="34" height="10" aria-hidden="true">
              <line x1="1" y1="5" x2="27" y2="5" stroke="var(--ink-soft)" strokeWidth="5" />
              <line x1="1" y1="5" x2="27" y2="5" stroke="var(--panel)" strokeWidth="1.5" />
              <path d="M26,1L33,5L26,9z" fill="var(--ink-soft)" />
            </svg>
            Hollow and labelled: only proposed or possible, not happened
          </li>
        </ul>
      )}
      <ul className="legend__group network-legend__family" aria-label="Actors">
        <li className="network-legend__title">Actors</li>
        <li className="legend__item">
          <svg width="34" height="22" aria-hidden="true">
            <circle cx="6" cy="11" r="4" className="network__circle network__circle--person" />
            <circle cx="22" cy="11" r="10" className="network__circle network__circle--person" />
          </svg>
          Size: how much the article says about them
        </li>
        <li className="legend__item">
          <svg width="16" height="16" aria-hidden="true"><circle cx="8" cy="8" r="6" className="network__circle network__circle--person" /></svg> Person
          <svg width="16" height="16" aria-hidden="true"><circle cx="8" cy="8" r="6" className="network__circle network__circle--state" /></svg> State
          <svg width="16" height="16" aria-hidden="true"><circle cx="8" cy="8" r="6" className="network__circle network__circle--organization" /></svg> Organisation
          <svg width="16" height="16" aria-hidden="true"><circle cx="8" cy="8" r="6" className="network__circle network__circle--group" /></svg> Group
          <svg width="16" height="16" aria-hidden="true"><circle cx="8" cy="8" r="6" className="network__circle network__circle--person" strokeDasharray="3 2" /></svg> Historical
        </li>
      </ul>
    </div>
  );
}
