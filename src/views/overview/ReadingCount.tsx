import { READING_WORDS } from '../../charts/readingMark';
import { ReadingSwatch } from '../../charts/ReadingSwatch';

/** Under a count of positions or relations: how many of them are our reading ("30 positions, 4 of them our reading"). */
export function ReadingCount({ count }: { count: number }) {
  return (
    <span className="stat__reading">
      <span className="visually-hidden">, </span>
      <ReadingSwatch /> {count} of them {READING_WORDS}
    </span>
  );
}
