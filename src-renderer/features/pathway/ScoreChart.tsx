import { useTranslation } from 'react-i18next';

import { useDateText } from '../resident/useDateText';
import { SCORES } from './assessment-form';
import type { DomainSeries } from './score-series';
import { dayNumber } from './score-series';
import { scoreColor, useScoreText } from './ScoreText';

const WIDTH = 360;
const HEIGHT = 168;
const MARGIN = { top: 12, right: 16, bottom: 30, left: 28 };
const PLOT_WIDTH = WIDTH - MARGIN.left - MARGIN.right;
const PLOT_HEIGHT = HEIGHT - MARGIN.top - MARGIN.bottom;
const MUTED = { fill: 'var(--mantine-color-dimmed)' };
const LOWEST = SCORES[0];
const HIGHEST = SCORES[3];

/**
 * One domain's scores over time as a line on the 1–4 scale, points placed by their dates, drawn as
 * plain SVG. For a screen reader it is one image described by `label`; each point's title gives its
 * date and score for those who hover, and the tables view has every number.
 */
export function ScoreChart({ series, label }: { series: DomainSeries; label: string }) {
  const { t } = useTranslation();
  const { date } = useDateText();
  const scoreText = useScoreText();
  const { points } = series;
  const days = points.map((point) => dayNumber(point.date));
  const first = Math.min(...days);
  const span = Math.max(...days) - first;
  const x = (day: number) => (span === 0 ? MARGIN.left + PLOT_WIDTH / 2 : MARGIN.left + ((day - first) / span) * PLOT_WIDTH);
  const y = (score: number) => MARGIN.top + ((HIGHEST - score) / (HIGHEST - LOWEST)) * PLOT_HEIGHT;
  const placed = points.map((point, index) => ({ ...point, cx: x(days[index] ?? first), cy: y(point.score) }));
  const firstPoint = points[0];
  const lastPoint = points.at(-1);
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" style={{ maxWidth: WIDTH, display: 'block' }} fontSize={11}>
      {SCORES.map((score) => (
        <g key={score}>
          <line
            x1={MARGIN.left}
            x2={WIDTH - MARGIN.right}
            y1={y(score)}
            y2={y(score)}
            style={{ stroke: 'var(--mantine-color-default-border)' }}
            strokeDasharray={score === LOWEST ? undefined : '3 3'}
          />
          <text x={MARGIN.left - 8} y={y(score)} textAnchor="end" dominantBaseline="middle" style={MUTED}>
            {score}
          </text>
        </g>
      ))}
      {placed.length > 1 && (
        <polyline
          points={placed.map((point) => `${point.cx},${point.cy}`).join(' ')}
          fill="none"
          strokeWidth={2}
          style={{ stroke: 'var(--mantine-color-blue-6)' }}
        />
      )}
      {placed.map((point, index) => (
        <circle key={`${point.date}-${index}`} cx={point.cx} cy={point.cy} r={5} style={{ fill: scoreColor(point.score), stroke: 'var(--mantine-color-body)' }} strokeWidth={1.5}>
          <title>{t('pathway.chart.point', { date: date(point.date), score: scoreText(point.score) })}</title>
        </circle>
      ))}
      {firstPoint !== undefined && (
        <text x={span === 0 ? x(first) : MARGIN.left} y={HEIGHT - 8} textAnchor={span === 0 ? 'middle' : 'start'} style={MUTED}>
          {date(firstPoint.date)}
        </text>
      )}
      {lastPoint !== undefined && span > 0 && (
        <text x={WIDTH - MARGIN.right} y={HEIGHT - 8} textAnchor="end" style={MUTED}>
          {date(lastPoint.date)}
        </text>
      )}
    </svg>
  );
}
