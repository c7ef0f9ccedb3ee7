/** The same items in the same order: a filter builds new arrays even when it leaves their items as they were. */
export const sameItems = <T>(a: readonly T[], b: readonly T[]) => a === b || (a.length === b.length && a.every((item, i) => item === b[i]));
