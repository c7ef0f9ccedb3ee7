import type { Basis, Certainty, FigureStatus, Stance, TermStatus } from './schema';

/** Words for each coded value, as the UI shows them. */
export const stanceLabel: Record<Stance, string> = {
  supports: 'Supports',
  opposes: 'Opposes',
  conditional: 'Conditional',
  ambiguous: 'Ambiguous',
  none: 'No clear position',
};

export const certaintyLabel: Record<Certainty, string> = {
  committed: 'Committed',
  'ruled-out': 'Ruled out',
  hinted: 'Hinted',
  noncommittal: 'Noncommittal',
  reported: 'Reported by others',
};

export const basisLabel: Record<Basis, string> = {
  'direct-quote': 'Direct quote',
  paraphrase: 'Paraphrase',
  attributed: 'Attributed by others',
};

/** Firm statements first: used to pick the position that speaks for a cell. */
export const certaintyRank: Record<Certainty, number> = {
  committed: 0,
  'ruled-out': 0,
  reported: 1,
  hinted: 2,
  noncommittal: 3,
};

/** How firmly a figure is put, in the UI's words. */
export const figureStatusLabel: Record<FigureStatus, string> = {
  current: 'Current',
  pledged: 'Pledged',
  aspiration: 'Aspiration',
  demanded: 'Demanded of others',
  claimed: 'Claimed',
};

/** Where a deal term stands, in the UI's words. */
export const termStatusLabel: Record<TermStatus, string> = {
  'in-draft': 'In the draft',
  claimed: 'Claimed',
  demanded: 'Demanded',
  'absent-from-draft': 'Missing from the draft',
  charged: 'Charged by critics',
};
