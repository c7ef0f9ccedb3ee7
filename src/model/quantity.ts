import type { Quantity } from './schema';

/** Whether two quantities state the same amount in the same unit (and currency, or thing counted). */
export const sameQuantity = (a: Quantity, b: Quantity): boolean =>
  a.unit === b.unit && a.value === b.value && a.currency === b.currency && a.thing === b.thing;
