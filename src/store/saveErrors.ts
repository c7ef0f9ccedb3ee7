/** What a failed read or write of the saved workspace means, in words a user can act on. */

const nameOf = (error: unknown): string | undefined => {
  const name = (error as { name?: unknown } | null)?.name;
  return typeof name === 'string' ? name : undefined;
};

const KEPT = 'They are still open in this tab: export them to keep a copy';

export function describeSaveError(error: unknown): string {
  switch (nameOf(error)) {
    case 'QuotaExceededError':
      return `Your browser’s storage is full, so your latest changes are not saved. ${KEPT}, or delete a dataset you no longer need, then try again.`;
    case 'AbortError':
      return `The browser stopped the save before it finished, so your latest changes are not saved. ${KEPT}, then try again.`;
    case 'InvalidStateError':
    case 'UnknownError':
      return `This browser’s storage is not answering, so your latest changes are not saved. ${KEPT}; reloading the page may bring storage back.`;
    default: {
      const detail = error instanceof Error && error.message ? `: ${error.message}` : '';
      return `Your latest changes could not be saved${detail}. ${KEPT}, then try again.`;
    }
  }
}

export function describeReadError(error: unknown): string {
  const name = nameOf(error);
  const why =
    name === 'QuotaExceededError'
      ? 'the browser’s storage is full'
      : name === 'InvalidStateError' || name === 'UnknownError' || name === 'AbortError'
        ? 'the browser’s storage did not answer'
        : error instanceof Error && error.message
          ? error.message
          : 'the browser’s storage did not answer';
  return `Your saved work could not be read (${why}). Nothing stored was changed, and this tab will save nothing, so nothing can be overwritten: reload the page to try again. Work you do here now is kept only until you leave; export it to keep it.`;
}
