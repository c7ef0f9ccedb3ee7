/** A value in the URL that named nothing we know, and was dropped. */
export interface DroppedParam {
  param: string;
  value: string;
}

/** Ids a parser may accept: a Set of them or a dataset index's Map by id. */
export type IdSet = ReadonlySet<string> | ReadonlyMap<string, unknown>;

/** A comma-separated list parameter (`actors=a,b`): trimmed, without blanks or repeats, in order. */
export const listParam = (params: URLSearchParams, name: string): string[] => [
  ...new Set(
    (params.get(name) ?? '')
      .split(',')
      .map((value) => value.trim())
      .filter(Boolean),
  ),
];

/** A parameter holding one id: its value when it names something known; otherwise null, and the value is reported as dropped. */
export function knownIdParam(params: URLSearchParams, name: string, known: IdSet, dropped: DroppedParam[]): string | null {
  const value = params.get(name);
  if (value === null || known.has(value)) return value;
  dropped.push({ param: name, value });
  return null;
}

/** A query string with the list and cell separators left readable (`actors=a,b&cell=a~t`), which URLs allow. */
export const readableQuery = (params: URLSearchParams) => params.toString().replace(/%2C/gi, ',').replace(/%7E/gi, '~');

/** A link to a view's path with its state written as a readable query (no `?` when there is none). */
export function viewHref(path: string, params: URLSearchParams): string {
  const query = readableQuery(params);
  return query ? `${path}?${query}` : path;
}
