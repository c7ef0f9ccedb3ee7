import { Link } from 'react-router';
import { UnconfirmedTag } from '../../charts/UnconfirmedMark';
import { brokenBand } from '../../charts/readingMark';
import { ReadingNote } from '../../charts/ReadingNote';
import { StanceGlyph } from '../../charts/StanceGlyph';
import { datumKey, datumKindLabel, type DatumRef } from '../../model/datums';
import type { DatasetIndex } from '../../model/indexDataset';
import type { Segment } from '../../model/spanLayout';
import { useHoverStore } from '../../store/hoverStore';
import { datumHref } from '../shared/datumHref';
import type { ColourKey } from './readerMarks';

interface PassagePanelProps {
  index: DatasetIndex;
  segment: Segment<DatumRef> | null;
  colourOf: Map<string, ColourKey>;
  pinned: boolean;
  onUnpin: () => void;
}

/** The datum's band as the text draws it: whole, or broken for our reading. */
const swatch = (d: DatumRef, colour: string) => (d.reading === 'inferred' ? brokenBand(colour) : colour);

/** What the passage under the pointer or focus supports; each datum links to its own view. */
export function PassagePanel({ index, segment, colourOf, pinned, onUnpin }: PassagePanelProps) {
  const setHovered = useHoverStore((s) => s.setHovered);
  const datums = segment ? [...new Map(segment.marks.map((m) => [datumKey(m.datum.kind, m.datum.id), m.datum])).values()] : [];
  return (
    <aside className={segment ? 'passage-panel is-open' : 'passage-panel'} aria-labelledby="passage-title">
      <h2 id="passage-title" className="passage-panel__title">
        {segment ? `This passage supports ${datums.length} ${datums.length === 1 ? 'datum' : 'data'}` : 'Point at a highlight'}
      </h2>
      <div aria-live="polite">
        {segment ? (
          <>
            <blockquote className="passage-panel__quote">“{segment.text.trim()}”</blockquote>
            <ul className="passage-list">
              {datums.map((d) => {
                const key = datumKey(d.kind, d.id);
                const position = d.kind === 'position' ? index.positions.get(d.id) : undefined;
                return (
                  <li
                    key={key}
                    className="passage-list__item"
                    onMouseEnter={() => d.actors[0] && setHovered({ kind: 'actor', id: d.actors[0] })}
                    onMouseLeave={() => setHovered(null)}
                  >
                    <span className="passage-list__swatch" style={{ background: swatch(d, colourOf.get(key)?.colour ?? 'var(--series-other)') }} aria-hidden="true" />
                    <span className="passage-list__kind">{datumKindLabel[d.kind]}</span>
                    {position && <StanceGlyph stance={position.stance} size={14} />}
                    <Link to={datumHref(d.target)}>{d.label}</Link>
                    <UnconfirmedTag datum={d} />
                    {d.reading === 'inferred' && <ReadingNote datum={{ reading: d.reading, readingNote: d.readingNote }} folded />}
                  </li>
                );
              })}
            </ul>
          </>
        ) : (
          <p className="empty">Hover over, tap or tab to a highlighted passage to list the positions, figures, terms, events and relations it is evidence for.</p>
        )}
      </div>
      {pinned && (
        <button type="button" className="button-quiet" onClick={onUnpin}>
          Release this passage
        </button>
      )}
    </aside>
  );
}
