import './reading.css';
import { useId } from 'react';
import { HATCH, hatchLines } from './readingMark';

const SIZE = 12;

/** A small hatched square, the sign of "our reading" beside its words in tags and legends. Decorative. */
export function ReadingSwatch({ colour = 'var(--ink-soft)' }: { colour?: string }) {
  const clip = useId();
  return (
    <svg width={SIZE} height={SIZE} viewBox={`0 0 ${SIZE} ${SIZE}`} aria-hidden="true" focusable="false" className="reading-swatch">
      <clipPath id={clip}>
        <rect x="0.5" y="0.5" width={SIZE - 1} height={SIZE - 1} rx="2" />
      </clipPath>
      <rect x="0.5" y="0.5" width={SIZE - 1} height={SIZE - 1} rx="2" fill="var(--panel)" stroke={colour} />
      <path d={hatchLines(0, 0, SIZE, SIZE, 3.5)} stroke={colour} strokeWidth={HATCH.width} clipPath={`url(#${clip})`} />
    </svg>
  );
}
