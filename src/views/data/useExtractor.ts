import { useCallback, useEffect, useRef, useState } from 'react';
import type { Extraction, ExtractOptions } from '../../extract/extractDataset';
import type { WorkerRequest, WorkerResponse } from '../../extract/worker';

export type ExtractorState =
  | { status: 'idle' }
  | { status: 'running'; step: string; fraction: number }
  | { status: 'error'; message: string };

/** Runs the extractor in a Web Worker; `run` resolves with the extraction, or null when it failed. */
export function useExtractor() {
  const [state, setState] = useState<ExtractorState>({ status: 'idle' });
  const worker = useRef<Worker | null>(null);
  useEffect(() => () => worker.current?.terminate(), []);

  const run = useCallback((text: string, options: Omit<ExtractOptions, 'onProgress'>) => {
    worker.current?.terminate();
    const w = new Worker(new URL('../../extract/worker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    setState({ status: 'running', step: 'Starting', fraction: 0 });
    return new Promise<Extraction | null>((resolve) => {
      w.onmessage = (event: MessageEvent<WorkerResponse>) => {
        const message = event.data;
        if (message.type === 'progress') setState({ status: 'running', step: message.step, fraction: message.fraction });
        else {
          w.terminate();
          worker.current = null;
          if (message.type === 'done') {
            setState({ status: 'idle' });
            resolve(message.extraction);
          } else {
            setState({ status: 'error', message: message.message });
            resolve(null);
          }
        }
      };
      w.onerror = (event) => {
        setState({ status: 'error', message: event.message || 'The extractor stopped unexpectedly.' });
        resolve(null);
      };
      w.postMessage({ text, options } satisfies WorkerRequest);
    });
  }, []);
  return { state, run };
}
