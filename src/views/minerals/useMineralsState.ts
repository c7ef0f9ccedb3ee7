import { useUrlState } from '../../url/useUrlState';
import { parseMineralsParams, writeMineralsParams, type MineralsKnownIds } from './mineralsState';

/** The explorer's state as it stands in the URL. */
export const useMineralsState = (known: MineralsKnownIds) => useUrlState(known, parseMineralsParams, writeMineralsParams);
