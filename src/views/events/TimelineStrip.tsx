import { UnconfirmedOutline } from '../../charts/UnconfirmedMark';
import { isUnconfirmed } from '../../model/drafts';
import type { Timeline } from './eventTimeline';

const DAY_W = 64;
const LANE_H = 28;
const HEAD = 36;
const weekdayFormat = new Intl.DateTimeFormat('en-GB', { weekday: 'short', timeZone: 'UTC' });
const dayMonthFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const weekday = (d: Date) => weekdayFormat.format(d);
const dayMonth = (d: Date) => dayMonthFormat.format(d);

interface TimelineStripProps {
  timeline: Timeline;
  /** Number shown on each event's bar, keyed to the list below. */
  numberOf: Map<string, number>;
  selected: string | null;
  onSelect: (id: string) => void;
}

/** The days of the recent events: a solid bar is an event on a known day, a hatched one an event somewhere in that week. */
export function TimelineStrip({ timeline, numberOf, selected, onSelect }: TimelineStripProps) {
  const width = timeline.days.length * DAY_W;
  const height = HEAD + timeline.laneCount * LANE_H + 6;
  return (
    <figure className="timeline-strip">
      {/* Focusable so the strip can be scrolled sideways from the keyboard on narrow screens. */}
      <div className="timeline-strip__scroll" tabIndex={0} role="group" aria-label="Timeline of recent events">
        <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby="timeline-strip-caption">
          <defs>
            <pattern id="week-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="6" height="6" fill="var(--linked-soft)" />
              <line x1="0" y1="0" x2="0" y2="6" stroke="var(--series-1)" strokeWidth="1.5" opacity="0.45" />
            </pattern>
          </defs>
          {timeline.days.map((day, i) => (
            <g key={day} transform={`translate(${i * DAY_W},0)`}>
              <rect width={DAY_W} height={height} fill={i % 2 ? 'var(--wash)' : 'var(--panel)'} />
              <text x={DAY_W / 2} y={14} className="timeline-strip__weekday">
                {weekday(new Date(day))}
              </text>
              <text x={DAY_W / 2} y={28} className="timeline-strip__date">
                {dayMonth(new Date(day))}
              </text>
            </g>
          ))}
          {timeline.bars.map((bar) => {
            const exact = bar.event.date.precision === 'day';
            const isSelected = selected === bar.event.id;
            return (
              <g key={bar.event.id} className="timeline-strip__bar" transform={`translate(${bar.day * DAY_W + 3},${HEAD + bar.lane * LANE_H})`} onClick={() => onSelect(bar.event.id)}>
                <title>{`${bar.event.label} (${bar.event.date.note})${isUnconfirmed(bar.event) ? '. Unconfirmed draft' : ''}`}</title>
                {isUnconfirmed(bar.event) && <UnconfirmedOutline width={bar.days * DAY_W - 6} height={LANE_H - 6} />}
                <rect
                  width={bar.days * DAY_W - 6}
                  height={LANE_H - 6}
                  rx={4}
                  fill={exact ? 'var(--series-1)' : 'url(#week-hatch)'}
                  stroke={isSelected ? 'var(--ink)' : 'var(--series-1)'}
                  strokeWidth={isSelected ? 2.5 : 1}
                  strokeDasharray={exact ? undefined : '4 2'}
                />
                <text x={10} y={(LANE_H - 6) / 2 + 4} className={exact ? 'timeline-strip__num is-exact' : 'timeline-strip__num'}>
                  {numberOf.get(bar.event.id)}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
      <figcaption id="timeline-strip-caption" className="timeline-legend">
        <span>
          <svg width="22" height="12" aria-hidden="true"><rect width="22" height="12" rx="3" fill="var(--series-1)" /></svg> On a known day
        </span>
        <span>
          <svg width="22" height="12" aria-hidden="true"><rect x="0.5" y="0.5" width="21" height="11" rx="3" fill="url(#week-hatch)" stroke="var(--series-1)" strokeDasharray="4 2" /></svg> Somewhere in this week
        </span>
        {timeline.bars.some((bar) => isUnconfirmed(bar.event)) && (
          <span>
            <svg width="26" height="16" aria-hidden="true">
              <g transform="translate(3,3)">
                <rect width="20" height="10" rx="3" fill="var(--series-1)" />
                <UnconfirmedOutline width={20} height={10} />
              </g>
            </svg>{' '}
            Unconfirmed draft
          </span>
        )}
        <span>Numbers match the list below.</span>
      </figcaption>
    </figure>
  );
}
