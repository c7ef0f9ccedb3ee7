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
 * words so. Nothing for a stated one.
 */
export function ReadingNote({ datum }: { datum: { reading: string; readingNote?: string } }) {
  if (datum.reading !== 'inferred') return null;
  return (
    <p className="reading-note">
      <ReadingTag /> <span className="reading-note__why">Why we read it so:</span> {datum.readingNote ?? 'no note was recorded.'}
    </p>
  );
}
