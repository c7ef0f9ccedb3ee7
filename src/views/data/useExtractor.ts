import { useCallback, useEffect, useRef, useState } from 'react';
import type { Extraction, ExtractOptions } from '../../extract/extractDataset';
import type { WorkerRequest, WorkerResponse } from '../../extract/worker';

export type ExtractorState =
  | { status: 'idle' }
  | { status: 'running'; step: string; fraction: number }
  | { status: 'error'; message: string };

const startWorker = () => new Worker(new URL('../../extract/worker.ts', import.meta.url), { type: 'module' });

/**
 * Runs the extractor in a Web Worker that lives as long as the page and is warmed up when it opens, so a
 * draft costs the warm time, not the tagger's start-up. `run` resolves with the extraction, or null when
 * it failed; a new run while one is going cancels the old one.
 */
export function useExtractor() {
  const [state, setState] = useState<ExtractorState>({ status: 'idle' });
  const worker = useRef<Worker | null>(null);
  const busy = useRef(false);
  useEffect(() => {
    const w = startWorker();
    w.postMessage({ warmUp: true } satisfies WorkerRequest);
    worker.current = w;
    return () => {
      w.terminate();
      worker.current = null;
    };
  }, []);

  const run = useCallback((text: string, options: Omit<ExtractOptions, 'onProgress'>) => {
    if (busy.current || !worker.current) {
      worker.current?.terminate();
      worker.current = startWorker();
    }
    const w = worker.current;
    busy.current = true;
    setState({ status: 'running', step: 'Starting', fraction: 0 });
    return new Promise<Extraction | null>((resolve) => {
      w.onmessage = (event: MessageEvent<WorkerResponse>) => {
        const message = event.data;
        if (message.type === 'progress') setState({ status: 'running', step: message.step, fraction: message.fraction });
        else {
          busy.current = false;
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
        // A worker that failed is not reused.
        busy.current = true;
        setState({ status: 'error', message: event.message || 'The extractor stopped unexpectedly.' });
        resolve(null);
      };
      w.postMessage({ text, options } satisfies WorkerRequest);
    });
  }, []);
  return { state, run };
}
