import { datumKey, datumKinds, type DatumKind } from '../../model/datums';
import { DATUM_PARAM, parseDatumParam } from '../../url/articleLink';
import { listParam, type DroppedParam, type IdSet } from '../../url/params';

const colourModes = ['topic', 'actor'] as const;
export type ColourBy = (typeof colourModes)[number];

/** What a reader link shares: the colouring, the filters (named as the matrix names them) and the datum in view. */
export interface ReaderState {
  colourBy: ColourBy;
  /** Show only highlights of data involving these actors; empty means all. */
  actors: string[];
  /** Show only highlights of data on these topics; empty means all. */
  topics: string[];
  /** Kinds of datum whose highlights show; empty means all. */
  kinds: DatumKind[];
  /** The datum the reader was opened for: scrolled to, highlighted and focused. */
  datum: { kind: DatumKind; id: string } | null;
}

export const defaultReaderState: ReaderState = { colourBy: 'topic', actors: [], topics: [], kinds: [], datum: null };

export interface ReaderKnownIds {
  actors: IdSet;
  topics: IdSet;
  /** `kind:id` of every datum with evidence. */
  datums: ReadonlySet<string>;
}

/** Reads the reader's state; values naming nothing in the dataset are dropped and reported. */
export function parseReaderParams(params: URLSearchParams, known: ReaderKnownIds): { state: ReaderState; dropped: DroppedParam[] } {
  const dropped: DroppedParam[] = [];
  const keep = <T extends string>(param: string, isKnown: (v: string) => boolean) =>
    listParam(params, param).filter((value) => isKnown(value) || (dropped.push({ param, value }), false)) as T[];

  const colourParam = params.get('colour');
  const colourBy = (colourModes as readonly string[]).includes(colourParam ?? '') ? (colourParam as ColourBy) : 'topic';
  if (colourParam !== null && colourBy !== colourParam) dropped.push({ param: 'colour', value: colourParam });

  const datumParam = params.get(DATUM_PARAM);
  const parsed = parseDatumParam(datumParam);
  const datum = parsed && known.datums.has(datumKey(parsed.kind, parsed.id)) ? parsed : null;
  if (datumParam !== null && !datum) dropped.push({ param: DATUM_PARAM, value: datumParam });

  return {
    state: {
      colourBy,
      actors: keep('actors', (v) => known.actors.has(v)),
      topics: keep('topics', (v) => known.topics.has(v)),
      kinds: keep<DatumKind>('kinds', (v) => (datumKinds as string[]).includes(v)),
      datum,
    },
    dropped,
  };
}

/** Writes only what differs from the defaults, keeping unrelated params. */
export function writeReaderParams(state: ReaderState, base = new URLSearchParams()): URLSearchParams {
  const params = new URLSearchParams(base);
  for (const name of ['colour', 'actors', 'topics', 'kinds', DATUM_PARAM]) params.delete(name);
  if (state.colourBy !== 'topic') params.set('colour', state.colourBy);
  if (state.actors.length) params.set('actors', state.actors.join(','));
  if (state.topics.length) params.set('topics', state.topics.join(','));
  if (state.kinds.length) params.set('kinds', state.kinds.join(','));
  if (state.datum) params.set(DATUM_PARAM, datumKey(state.datum.kind, state.datum.id));
  return params;
}
