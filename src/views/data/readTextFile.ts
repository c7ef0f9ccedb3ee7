import { useState } from 'react';
import { DEFAULT_MAX_BYTES, tooLargeMessage } from '../../model/safeJson';

/**
 * A dropped or picked file's text, refusing one over the size limit before reading a byte of it;
 * `tooLarge` words the refusal (by default, as for a dataset file).
 */
export async function readTextFile(
  file: File,
  maxBytes = DEFAULT_MAX_BYTES,
  tooLarge: (bytes: number) => string = (bytes) => tooLargeMessage(bytes, maxBytes),
): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  if (file.size > maxBytes) return { ok: false, message: tooLarge(file.size) };
  try {
    return { ok: true, text: await file.text() };
  } catch (error) {
    return { ok: false, message: `The file could not be read: ${(error as Error).message}` };
  }
}

/** The first file of a drop, if any. */
const droppedFile = (event: React.DragEvent) => event.dataTransfer.files[0];

/** A drop zone's state and handlers: `dragging` while a file hovers, `onFile` with the first file dropped (or the dropped text). */
export function useFileDrop(onFile: (file: File | undefined, text: string) => void) {
  const [dragging, setDragging] = useState(false);
  const dropProps = {
    onDragOver: (event: React.DragEvent) => {
      event.preventDefault();
      setDragging(true);
    },
    onDragLeave: () => setDragging(false),
    onDrop: (event: React.DragEvent) => {
      event.preventDefault();
      setDragging(false);
      const file = droppedFile(event);
      onFile(file, file ? '' : event.dataTransfer.getData('text/plain'));
    },
  };
  return { dragging, dropProps };
}
