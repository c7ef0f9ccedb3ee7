import { useMemo, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { UNCONFIRMED_NOTE } from '../../charts/UnconfirmedMark';
import { brokenBand } from '../../charts/readingMark';
import { datumKey, type DatumRef } from '../../model/datums';
import type { Segment, SpanLayout } from '../../model/spanLayout';
import { useHydrated } from '../../store/useHydrated';
import { useHoverStore, type HoverTarget } from '../../store/hoverStore';
import type { ColourKey } from './readerMarks';

/** Bands drawn under a passage; marks in deeper lanes share the last band so lines stay readable. */
const MAX_BANDS = 5;
const BAND = 4;

interface ArticleTextProps {
  layout: SpanLayout<DatumRef>;
  colourOf: Map<string, ColourKey>;
  /** `datumKey` of the deep-linked datum, drawn outlined. */
  target: string | null;
  /** Index (among highlighted segments) of the passage listed in the side panel. */
  active: number | null;
  onActivate: (segment: number | null, pin: boolean) => void;
}

/** Short lines without closing punctuation are the article's headings; its title, first, may run longer. */
const isHeading = (text: string, max = 90) => text.length < max && !/[.!?”"’:]\s*$/.test(text.trim());

const involves = (segment: Segment<DatumRef>, hovered: HoverTarget) =>
  hovered !== null && segment.marks.some((m) => (hovered.kind === 'actor' ? m.datum.actors : m.datum.topics).includes(hovered.id));

function bandStyle(segment: Segment<DatumRef>, colourOf: Map<string, ColourKey>): CSSProperties {
  const layers = segment.marks.map((m) => {
    const colour = colourOf.get(datumKey(m.datum.kind, m.datum.id))?.colour ?? 'var(--series-other)';
    // Evidence for our reading of the words is a broken band, so it reads apart without colour.
    const image = m.datum.reading === 'inferred' ? brokenBand(colour) : `linear-gradient(${colour}, ${colour})`;
    return { image, at: `0 calc(100% - ${Math.min(m.lane, MAX_BANDS - 1) * BAND}px)` };
  });
  return {
    backgroundImage: layers.map((l) => l.image).join(', '),
    backgroundPosition: layers.map((l) => l.at).join(', '),
    backgroundSize: layers.map(() => `100% ${BAND - 1}px`).join(', '),
  };
}

/**
 * The article with its evidence drawn on. One tab stop enters the highlights; arrow keys move between
 * them (roving tabindex), so the text does not become a hundred tab stops.
 */
export function ArticleText({ layout, colourOf, target, active, onActivate }: ArticleTextProps) {
  const hovered = useHoverStore((s) => s.hovered);
  // The bands' colours are styles a prerendered page may not carry; the room they take is a class.
  const hydrated = useHydrated();
  const refs = useRef(new Map<number, HTMLElement>());
  const [focusIndex, setFocusIndex] = useState(0);
  const bands = Math.min(layout.laneCount, MAX_BANDS);
  const numbered = useMemo(() => {
    let n = 0;
    return layout.paragraphs.map((p) => p.segments.map((s) => (s.marks.length ? n++ : -1)));
  }, [layout]);
  const count = numbered.flat().filter((n) => n >= 0).length;
  const roving = active ?? Math.min(focusIndex, Math.max(count - 1, 0));

  const move = (to: number) => {
    const next = Math.max(0, Math.min(count - 1, to));
    setFocusIndex(next);
    refs.current.get(next)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent, n: number) => {
    const keys: Record<string, () => void> = {
      ArrowRight: () => move(n + 1),
      ArrowDown: () => move(n + 1),
      ArrowLeft: () => move(n - 1),
      ArrowUp: () => move(n - 1),
      Home: () => move(0),
      End: () => move(count - 1),
      Enter: () => onActivate(n, true),
      ' ': () => onActivate(n, true),
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };

  return (
    <div className="reader-text" aria-describedby="reader-keys">
      <p id="reader-keys" className="visually-hidden">
        Highlighted passages: Tab reaches the first, arrow keys move between them, Enter keeps one in the side panel.
      </p>
      <p id="reader-unconfirmed" className="visually-hidden">
        {UNCONFIRMED_NOTE}.
      </p>
      {layout.paragraphs.map((paragraph, p) => {
        const text = paragraph.segments.map((s) => s.text).join('');
        const Tag = p === 0 && isHeading(text, 200) ? 'h2' : isHeading(text) ? 'h3' : 'p';
        return (
          <Tag key={paragraph.start} className={`reader-text__${Tag}`}>
            {paragraph.segments.map((segment, s) => {
              const n = numbered[p]![s]!;
              if (n < 0) return <span key={segment.start}>{segment.text}</span>;
              const isTarget = target !== null && segment.marks.some((m) => datumKey(m.datum.kind, m.datum.id) === target);
              const drafted = segment.marks.some((m) => m.datum.machineDrafted);
              const classes = ['hl', drafted && 'is-unconfirmed', isTarget && 'is-target', n === active && 'is-active', involves(segment, hovered) && 'is-linked'];
              return (
                <mark
                  key={segment.start}
                  ref={(el) => {
                    if (el) refs.current.set(n, el);
                    else refs.current.delete(n);
                  }}
                  data-segment={n}
                  data-datums={segment.marks.map((m) => datumKey(m.datum.kind, m.datum.id)).join(' ')}
                  data-stacked={segment.marks.length > 1 || undefined}
                  tabIndex={n === roving ? 0 : -1}
                  className={[...classes, `hl--bands-${bands}`].filter(Boolean).join(' ')}
                  style={hydrated ? bandStyle(segment, colourOf) : undefined}
                  title={drafted ? UNCONFIRMED_NOTE : undefined}
                  aria-describedby={drafted ? 'reader-unconfirmed' : undefined}
                  onMouseEnter={() => onActivate(n, false)}
                  onFocus={() => onActivate(n, false)}
                  onClick={() => onActivate(n, true)}
                  onKeyDown={(event) => onKeyDown(event, n)}
                >
                  {segment.text}
                </mark>
              );
            })}
          </Tag>
        );
      })}
    </div>
  );
}
