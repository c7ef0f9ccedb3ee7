import type { KeyboardEvent, Ref } from 'react';
import { termStatusLabel } from '../../model/vocabulary';
import { laneStyle } from './laneStyle';
import type { DealDiagram as Diagram, DiagramBox } from './mineralsDiagram';

interface DealDiagramProps {
  diagram: Diagram;
  title: string;
  selected: string | null;
  onSelect: (termId: string) => void;
  svgRef?: Ref<SVGSVGElement>;
}

const ACCENT = 'var(--accent)';

function BoxText({ box, missing = false }: { box: DiagramBox; missing?: boolean }) {
  return (
    <text x={box.x + 10} y={box.y + 20} fontSize="13" fill="var(--ink)">
      {box.title.map((line, i) => (
        <tspan key={`t${i}`} x={box.x + 10} dy={i ? 17 : 0} fontWeight="700">
          {missing && i === 0 ? `✕ ${line}` : line}
        </tspan>
      ))}
      {box.lines.map((line, i) => (
        <tspan key={`l${i}`} x={box.x + 10} dy={i ? 15 : 19} fontSize="12" fill="var(--ink-2)">
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** The deal's structure: the parties, the deal, and its terms by what the draft does with them. */
export function DealDiagram({ diagram, title, selected, onSelect, svgRef }: DealDiagramProps) {
  const onKey = (termId: string) => (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(termId);
    }
  };
  const { deal } = diagram;
  return (
    <svg ref={svgRef} width={diagram.width} height={diagram.height} role="group" aria-label={title} fontFamily="system-ui, 'DejaVu Sans', Arial, sans-serif" className="deal-diagram">
      <g aria-hidden="true">
        {diagram.partyLinks.map((d, i) => (
          <path key={i} d={d} fill="none" stroke="var(--ink-soft)" strokeWidth="1.6" />
        ))}
        {diagram.parties.map((party) => (
          <g key={party.id}>
            <rect x={party.x} y={party.y} width={party.w} height={party.h} rx="20" fill="var(--soft)" stroke="var(--control-border)" />
            <BoxText box={party} />
          </g>
        ))}
        <rect x={deal.x} y={deal.y} width={deal.w} height={deal.h} rx="6" fill="var(--ink)" />
        <text x={deal.x + 10} y={deal.y + 20} fontSize="14" fontWeight="700" fill="var(--inverse)">
          {deal.title.map((line, i) => (
            <tspan key={i} x={deal.x + 10} dy={i ? 17 : 0}>
              {line}
            </tspan>
          ))}
          <tspan x={deal.x + 10} dy={19} fontSize="12" fontWeight="400">
            {deal.lines.join(' ')}
          </tspan>
        </text>
        {diagram.lanes.map((lane) => (
          <text key={lane.id} x={lane.x} y={lane.y + 12} fontSize="12" fontWeight="700" fill="var(--ink-soft)">
            {lane.lines.map((line, i) => (
              <tspan key={i} x={lane.x} dy={i ? 15 : 0}>
                {line}
              </tspan>
            ))}
          </text>
        ))}
        {diagram.links.map((link) => {
          const style = laneStyle[link.lane];
          const on = link.termId === selected;
          return (
            <g key={link.termId}>
              <path d={link.d} fill="none" stroke={on ? ACCENT : style.link} strokeWidth={on ? 3 : 1.6} strokeDasharray={style.linkDash} />
              {link.breakAt && (
                <path
                  d={`M${link.breakAt.x - 5} ${link.breakAt.y - 5}l10 10m0 -10l-10 10`}
                  stroke={style.link}
                  strokeWidth="2.4"
                  strokeLinecap="round"
                />
              )}
            </g>
          );
        })}
      </g>
      {diagram.terms.map((node) => {
        const style = laneStyle[node.lane];
        const on = node.id === selected;
        return (
          <g
            key={node.id}
            className="chart-mark"
            role="button"
            tabIndex={0}
            data-term={node.id}
            aria-pressed={on}
            aria-label={`${node.view.term.label}: ${termStatusLabel[node.view.term.status]}`}
            onClick={() => onSelect(node.id)}
            onKeyDown={onKey(node.id)}
          >
            <rect x={node.x} y={node.y} width={node.w} height={node.h} rx="6" fill={style.fill} stroke={on ? ACCENT : style.stroke} strokeWidth={on ? 3 : 1.6} strokeDasharray={on ? undefined : style.dash} />
            <rect className="chart-mark__focus" x={node.x - 4} y={node.y - 4} width={node.w + 8} height={node.h + 8} rx="8" fill="none" stroke="none" />
            <BoxText box={node} missing={node.lane === 'missing'} />
          </g>
        );
      })}
    </svg>
  );
}
