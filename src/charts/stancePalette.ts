import type { Certainty, Stance } from '../model/schema';

/**
 * Okabe–Ito colours, chosen to stay distinct under the common colour-vision deficiencies.
 * Colour never carries meaning alone: each stance also has its own glyph.
 */
export const stanceColor: Record<Stance, string> = {
  supports: '#0072B2',
  opposes: '#D55E00',
  conditional: '#CC79A7',
  ambiguous: '#8a7a00',
  none: '#6b6b6b',
};

/** The same hues lightened, for cell backgrounds behind dark glyphs. */
export const stanceTint: Record<Stance, string> = {
  supports: '#d9e9f5',
  opposes: '#f8e0d2',
  conditional: '#f5e4ee',
  ambiguous: '#f1edcc',
  none: '#ececec',
};

/** The colour of the frame around a mark. */
export const frameColor = '#2b2b2b';

/** Certainty is drawn as the frame around a mark: the firmer the statement, the firmer the line. */
export const certaintyDash: Record<Certainty, string | undefined> = {
  committed: undefined,
  'ruled-out': undefined,
  reported: '1 2.5',
  hinted: '4 3',
  noncommittal: '1.5 4',
};
