import type { Certainty, Stance } from '../model/schema';
import './tints.css';

/**
 * Okabe–Ito colours, chosen to stay distinct under the common colour-vision deficiencies, as CSS
 * custom properties (src/app/theme.css) so each theme picks its own shade; exports resolve them.
 * Colour never carries meaning alone: each stance also has its own glyph.
 */
export const stanceColor: Record<Stance, string> = {
  supports: 'var(--stance-supports)',
  opposes: 'var(--stance-opposes)',
  conditional: 'var(--stance-conditional)',
  ambiguous: 'var(--stance-ambiguous)',
  none: 'var(--stance-none)',
};

/** The same hues, faint against the page, for cell backgrounds behind glyphs. */
export const stanceTint: Record<Stance, string> = {
  supports: 'var(--stance-tint-supports)',
  opposes: 'var(--stance-tint-opposes)',
  conditional: 'var(--stance-tint-conditional)',
  ambiguous: 'var(--stance-tint-ambiguous)',
  none: 'var(--stance-tint-none)',
};

/** The tint as a class, for markup drawn at build (tints.css). */
export const tintClass = (stance: Stance) => `tint-bg-${stance}`;
export const tintBorderClass = (stance: Stance) => `tint-border-${stance}`;

/** The colour of the frame around a mark. */
export const frameColor = 'var(--frame)';

/** Certainty is drawn as the frame around a mark: the firmer the statement, the firmer the line. */
export const certaintyDash: Record<Certainty, string | undefined> = {
  committed: undefined,
  'ruled-out': undefined,
  reported: '1 2.5',
  hinted: '4 3',
  noncommittal: '1.5 4',
};
