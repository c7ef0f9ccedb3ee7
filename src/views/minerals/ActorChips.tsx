import { StanceGlyph } from '../../charts/StanceGlyph';
import { tintClass } from '../../charts/stancePalette';
import type { Actor } from '../../model/schema';

/** Who backs and who contests a term, as chips with the matrix's stance glyphs and tints. */
export function ActorChips({ backers, contesters }: { backers: Actor[]; contesters: Actor[] }) {
  if (!backers.length && !contesters.length) return <span className="actor-chips__none">No one is named for or against it.</span>;
  const chip = (actor: Actor, stance: 'supports' | 'opposes') => (
    <li key={`${stance}-${actor.id}`} className={`actor-chip ${tintClass(stance)}`}>
      <StanceGlyph stance={stance} size={13} />
      <span className="visually-hidden">{stance === 'supports' ? 'Backed by' : 'Contested by'} </span>
      {actor.name}
    </li>
  );
  return (
    <ul className="actor-chips">
      {backers.map((a) => chip(a, 'supports'))}
      {contesters.map((a) => chip(a, 'opposes'))}
    </ul>
  );
}
