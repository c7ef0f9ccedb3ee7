import { datumKey, datumKinds, type DatumKind } from '../model/datums';

/**
 * The reader's link to a datum lives here, below the views, as the charts' evidence quotes (below the
 * views too) link every quote to the reader. The reader's state module reads and writes the same param.
 */
export const DATUM_PARAM = 'datum';

/** Which of a story's sources the reader shows (the first when absent). */
export const SOURCE_PARAM = 'source';

/**
 * The reader's URL that opens the article scrolled to a datum's evidence, highlighted; in a story, `source`
 * names the article among the sources (a datum reported by two outlets has evidence in both).
 */
export const articleHref = (kind: DatumKind, id: string, source?: string) =>
  `/article?${DATUM_PARAM}=${datumKey(kind, encodeURIComponent(id))}${source ? `&${SOURCE_PARAM}=${encodeURIComponent(source)}` : ''}`;

/** Reads `kind:id` back from the reader's `datum` param; null when it is malformed. */
export function parseDatumParam(value: string | null): { kind: DatumKind; id: string } | null {
  const at = value?.indexOf(':') ?? -1;
  if (!value || at < 0) return null;
  const kind = value.slice(0, at) as DatumKind;
  const id = value.slice(at + 1);
  return datumKinds.includes(kind) && id ? { kind, id } : null;
}
