import './reading.css';
import { READING_TITLE } from './readingMark';
import { ReadingSwatch } from './ReadingSwatch';

/** The "Our reading" tag, for a heading line beside a datum's name. */
export function ReadingTag() {
  return (
    <span className="tag reading-tag">
      <ReadingSwatch /> {READING_TITLE}
    </span>
  );
}

/**
 * Beside an inferred position or relation in a detail panel: that it is our reading, and why we read the
 * words so. Nothing for a stated one. `folded` puts the why behind a disclosure, for a list of many data.
 */
export function ReadingNote({ datum, folded = false }: { datum: { reading: string; readingNote?: string }; folded?: boolean }) {
  if (datum.reading !== 'inferred') return null;
  const why = datum.readingNote ?? 'no note was recorded.';
  if (folded)
    return (
      <details className="reading-note">
        <summary>
          <ReadingTag /> <span className="reading-note__why">Why we read it so</span>
        </summary>
        <p>{why}</p>
      </details>
    );
  return (
    <p className="reading-note">
      <ReadingTag /> <span className="reading-note__why">Why we read it so:</span> {why}
    </p>
  );
}
