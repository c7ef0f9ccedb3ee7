import { useEffect, useRef } from 'react';

type Field = HTMLInputElement | HTMLTextAreaElement;

/**
 * A page drawn at build can be typed into before the app has taken it over, and the app then holds its
 * own (empty) value while the field shows the text. Hands such text to the form once, when it mounts;
 * the returned ref goes on the field.
 */
export function useTypedBeforeStart<F extends Field>(take: (value: string) => void) {
  const field = useRef<F>(null);
  const takeOnMount = useRef(take);
  useEffect(() => {
    const typed = field.current?.value;
    if (typed) takeOnMount.current(typed);
  }, []);
  return field;
}
