import { ChartLegend } from '../../charts/ChartLegend';
import { laneStyle } from './laneStyle';
import type { DealDiagram } from './mineralsDiagram';

/** What the diagram's boxes and links mean: one entry per lane drawn. */
export function MineralsLegend({ diagram }: { diagram: DealDiagram }) {
  return (
    <ChartLegend
      groups={[
        {
          name: 'Terms, by the form of box and link',
          entries: diagram.lanes.map((lane) => {
            const s = laneStyle[lane.id];
            return {
              key: lane.id,
              label: lane.label,
              symbol: (
                <>
                  <path d="M1 8H9" stroke={s.link} strokeWidth="1.6" strokeDasharray={s.linkDash} />
                  <rect x="9" y="2" width="18" height="12" rx="2" fill={s.fill} stroke={s.stroke} strokeWidth="1.4" strokeDasharray={s.dash} />
                  {lane.id === 'missing' && <path d="M15 5l6 6m0-6l-6 6" stroke={s.stroke} strokeWidth="1.6" />}
                </>
              ),
            };
          }),
        },
      ]}
    />
  );
}
