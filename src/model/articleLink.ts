/** Kinds of datum that carry evidence, as they appear in "show in article" links. */
export type DatumKind = 'actor' | 'position' | 'figure' | 'deal' | 'dealTerm' | 'event' | 'relation';

/** The reader's URL that opens the article scrolled to a datum's evidence, highlighted. */
export const articleHref = (kind: DatumKind, id: string) => `/article?datum=${kind}:${encodeURIComponent(id)}`;

/** Reads `kind:id` back from the reader's `datum` param; null when it is malformed. */
export function parseDatumParam(value: string | null): { kind: DatumKind; id: string } | null {
  const match = value?.match(/^(actor|position|figure|deal|dealTerm|event|relation):(.+)$/);
  return match ? { kind: match[1] as DatumKind, id: match[2]! } : null;
}
