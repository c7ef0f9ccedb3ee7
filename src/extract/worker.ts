/// <reference lib="webworker" />
/**
 * Runs the extractor off the main thread, so the page stays responsive while compromise tags the text.
 * In: { text, options }. Out: progress messages, then the extraction or an error message.
 */
import { extractDataset, type Extraction, type ExtractOptions } from './extractDataset';

/** A text to extract, or a request to warm up (build the tagger's lexicon) before the user asks. */
export type WorkerRequest = { text: string; options: Omit<ExtractOptions, 'onProgress'> } | { warmUp: true };
export type WorkerResponse =
  | { type: 'progress'; step: string; fraction: number }
  | { type: 'done'; extraction: Extraction }
  | { type: 'error'; message: string };

const post = (message: WorkerResponse) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(message);

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  if ('warmUp' in event.data) {
    // The first extraction pays for compromise's lexicon; paying it while the user writes or pastes
    // makes their own extraction take the warm time.
    extractDataset('Warm-up: Alex Smith said on Monday that France would spend 2% of GDP by 2030.', {});
    return;
  }
  try {
    const { text, options } = event.data;
    const extraction = extractDataset(text, { ...options, onProgress: (step, fraction) => post({ type: 'progress', step, fraction }) });
    post({ type: 'done', extraction });
  } catch (error) {
    post({ type: 'error', message: (error as Error).message });
  }
};
