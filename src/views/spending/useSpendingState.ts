import { useUrlState } from '../../url/useUrlState';
import { parseSpendingParams, writeSpendingParams, type SpendingKnownIds } from './spendingState';

/** The timeline's state as it stands in the URL. */
export const useSpendingState = (known: SpendingKnownIds) => useUrlState(known, parseSpendingParams, writeSpendingParams);
