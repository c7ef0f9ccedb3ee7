import { Link } from 'react-router';
import { articleHref } from '../../url/articleLink';
import type { SpendingRow } from './spendingRows';

interface SpendingTableProps {
  rows: SpendingRow[];
  caption: string;
  selected: string | null;
  onOpen: (figureId: string) => void;
}

/** The timeline's data as a table: the same figures, readable without the chart. */
export function SpendingTable({ rows, caption, selected, onOpen }: SpendingTableProps) {
  if (!rows.length) return null;
  const said = rows.some((r) => r.said);
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Who</th>
            <th scope="col">Status</th>
            <th scope="col">Amount</th>
            <th scope="col">When</th>
            {said && <th scope="col">Said</th>}
            <th scope="col">Gap to demand</th>
            <th scope="col">In the article’s words</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.figure.id} className={selected === row.figure.id ? 'is-selected' : undefined}>
              <th scope="row">
                {row.who}
                {row.appliesTo && <span className="data-table__sub">{row.figure.status === 'demanded' ? `of ${row.appliesTo}` : `for ${row.appliesTo}`}</span>}
              </th>
              <td data-label="Status">
                {row.status}
                {row.unconfirmed && <span className="tag">Unconfirmed draft</span>}
                {row.replaced && <span className="data-table__sub">{row.replaced}</span>}
              </td>
              <td data-label="Amount" className="data-table__number">{row.amount}</td>
              <td data-label="When">{row.when}</td>
              {said && <td data-label="Said">{row.said}</td>}
              <td data-label="Gap to demand">{row.gaps || '—'}</td>
              <td data-label="In the article’s words">
                <q>{row.figure.evidence[0]!.exact}</q>
                <span className="data-table__actions">
                  <button type="button" className="button-quiet" aria-pressed={selected === row.figure.id} onClick={() => onOpen(row.figure.id)}>
                    Evidence<span className="visually-hidden"> for {row.figure.label}</span>
                  </button>
                  <Link to={articleHref('figure', row.figure.id)}>
                    Show in article<span className="visually-hidden">: {row.figure.label}</span>
                  </Link>
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
