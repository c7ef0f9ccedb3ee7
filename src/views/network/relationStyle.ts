import type { RelationKind } from '../../model/schema';

/** Three families, each a colour (Okabe–Ito); within a family each kind has its own dash, so no kind relies on colour alone. */
export const relationFamilies = [
  { id: 'cooperation', label: 'Working together', colour: 'var(--series-1)', kinds: ['aligns-with', 'allied-with', 'partners-with', 'votes-with', 'aids'] },
  { id: 'pressure', label: 'Pressure and opposition', colour: 'var(--series-2)', kinds: ['persuades', 'pressures', 'criticises', 'opposes'] },
  { id: 'contact', label: 'Visits and invitations', colour: 'var(--series-3)', kinds: ['visits', 'invites', 'hosted'] },
] as const satisfies readonly { id: string; label: string; colour: string; kinds: readonly RelationKind[] }[];

const dashes = [undefined, '9 4', '2 4', '9 4 2 4', '14 3 2 3 2 3'];

export interface RelationStyle {
  colour: string;
  dash: string | undefined;
  label: string;
}

export const relationStyle = Object.fromEntries(
  relationFamilies.flatMap((family) =>
    family.kinds.map((kind, i) => [kind, { colour: family.colour, dash: dashes[i], label: kind.replace(/-/g, ' ') }]),
  ),
) as Record<RelationKind, RelationStyle>;
