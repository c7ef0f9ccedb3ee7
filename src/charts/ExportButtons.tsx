import { useState, type RefObject } from 'react';
import { downloadBlob, exportChart, fileSlug, type ExportMeta } from './exportChart';
import './charts.css';

interface ExportButtonsProps {
  /** The chart to export; absent when the view shows a table instead. */
  chart: RefObject<SVGSVGElement | null>;
  meta: ExportMeta;
  /** The data behind the view, as CSV text (see `toCsv`). */
  csv: () => string;
}

/** Download the chart as SVG or PNG (title and citation drawn in) and its data as CSV. */
export function ExportButtons({ chart, meta, csv }: ExportButtonsProps) {
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const [dark, setDark] = useState(false);
  const run = async (label: string, task: () => Promise<void> | void) => {
    try {
      await task();
      setStatus({ text: `${label} downloaded.`, error: false });
    } catch (error) {
      setStatus({ text: `Could not make the ${label}: ${error instanceof Error ? error.message : String(error)}.`, error: true });
    }
  };
  const image = (format: 'svg' | 'png') => () =>
    run(format.toUpperCase(), () => {
      if (!chart.current) throw new Error('show the chart (not the table) to export it as an image');
      return exportChart(chart.current, meta, format, dark ? 'dark' : 'light');
    });

  return (
    <div className="export-buttons" role="group" aria-label="Export">
      <span className="export-buttons__label">Download</span>
      <button type="button" className="button-quiet" onClick={image('svg')}>
        SVG
      </button>
      <button type="button" className="button-quiet" onClick={image('png')}>
        PNG
      </button>
      <button
        type="button"
        className="button-quiet"
        // A byte-order mark, so spreadsheet programs read the curly quotes of the text as UTF-8.
        onClick={() => run('CSV', () => downloadBlob(new Blob(['\uFEFF', csv()], { type: 'text/csv;charset=utf-8' }), `${fileSlug(meta.title)}.csv`))}
      >
        CSV <span className="visually-hidden">of the data</span>
      </button>
      {/* Images are drawn light, for print and most pages, whatever the screen shows, unless asked. */}
      <button type="button" className="button-quiet" aria-pressed={dark} onClick={() => setDark(!dark)}>
        Dark images
      </button>
      {/* Always present, so screen readers hear the result when it is written in. */}
      <p className={status?.error ? 'export-buttons__status is-error' : 'export-buttons__status'} role="status">
        {status?.text}
      </p>
    </div>
  );
}
