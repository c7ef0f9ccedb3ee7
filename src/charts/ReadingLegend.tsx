import { useHydrated } from '../store/useHydrated';
import './reading.css';
import { BEADS, brokenBand, READING_WORDS } from './readingMark';
import { ReadingSwatch } from './ReadingSwatch';

/** How a view draws our readings: a hatched stance mark, a beaded relation line, or a broken band under words. */
export type ReadingForm = 'hatch' | 'beads' | 'band';

const ink = 'var(--ink-soft)';

const explained: Record<ReadingForm, string> = {
  hatch: `Hatched: ${READING_WORDS} of the words, not what they state outright`,
  beads: `Beaded: ${READING_WORDS} of the words, not what they state outright`,
  band: `Broken band: words behind ${READING_WORDS} of them, not what they state outright`,
};

function Sample({ form }: { form: ReadingForm }) {
  // Set only once React owns the page: a prerendered page may not carry style attributes.
  const hydrated = useHydrated();
  if (form === 'hatch') return <ReadingSwatch colour={ink} />;
  if (form === 'beads')
    return (
      <svg width="34" height="12" aria-hidden="true" focusable="false">
        <line x1="3" y1="6" x2="31" y2="6" stroke={ink} strokeWidth={2 + BEADS.extraWidth} strokeDasharray={BEADS.dash} strokeLinecap="round" strokeOpacity={BEADS.opacity} />
        <line x1="1" y1="6" x2="33" y2="6" stroke={ink} strokeWidth="2" />
      </svg>
    );
  return (
    <span className="reading-legend__sample" aria-hidden="true" style={hydrated ? { backgroundImage: brokenBand(ink) } : undefined}>
      words
    </span>
  );
}

/** The legend entry for our readings, in the form the view draws them. */
export function ReadingLegend({ form }: { form: ReadingForm }) {
  return (
    <div className="legend reading-legend">
      <ul className="legend__group" aria-label="Reading">
        <li className="legend__item">
          <Sample form={form} />
          {explained[form]}
        </li>
      </ul>
    </div>
  );
}
