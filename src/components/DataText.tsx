import { revealBidiControls } from '../model/bidi';

/**
 * A title or name taken from data, isolated from the text around it (<bdi>: its direction is its own,
 * and cannot spill onto what follows), with hidden direction overrides made visible.
 */
export function DataText({ text }: { text: string }) {
  return <bdi>{revealBidiControls(text)}</bdi>;
}
