import { useEffect, type RefObject } from 'react';
import { HEIGHT_MESSAGE } from './embed';

/** Tells the parent page the embed's height whenever it changes, so the frame can fit it and never scroll. */
export function useEmbedHeight(frame: RefObject<HTMLElement | null>, active: boolean) {
  useEffect(() => {
    const element = frame.current;
    if (!active || !element || window.parent === window) return;
    let last = 0;
    const post = () => {
      const height = Math.ceil(element.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      // Any page may embed a view, and the height is no secret, hence the '*' target.
      window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
    };
    const observer = new ResizeObserver(post);
    observer.observe(element);
    post();
    return () => observer.disconnect();
  }, [frame, active]);
}
