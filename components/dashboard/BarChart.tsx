export interface Bar {
  label: string;
  /** 0–1 of the chart's width. */
  share: number;
  /** What is written after the bar, e.g. "45%" or "120 (80%)". */
  text: string;
  /** Stacked parts instead of one bar: each a share of the width and a tone. */
  parts?: { share: number; tone: BarTone }[];
}

export type BarTone = 'accent' | 'ok' | 'risk' | 'no' | 'muted';

export interface BarChartProps {
  /** The id of the caption that names this chart (aria-labelledby). */
  labelledBy: string;
  bars: readonly Bar[];
}

const ROW = 26;
const LABEL = 34; // % of the width for the labels
const BAR = 50; // % of the width the longest bar may take

const clamp = (x: number) => Math.max(0, Math.min(1, x));

/**
 * A horizontal bar chart in plain SVG: labels, bars and values as text, so it reads
 * without colour and without a chart library. The table beside it has the exact numbers.
 */
export function BarChart({ labelledBy, bars }: BarChartProps) {
  const summary = bars.map((b) => `${b.label}: ${b.text}`).join('; ');
  return (
    <svg class="cw-chart" width="100%" height={bars.length * ROW + 4} role="img" aria-labelledby={labelledBy}>
      <title>{summary}</title>
      {bars.map((bar, i) => {
        const y = i * ROW + 2;
        let x = 0;
        const parts = bar.parts ?? [{ share: bar.share, tone: 'accent' as const }];
        return (
          <g key={bar.label + i}>
            <text x="0" y={y + ROW / 2} dominant-baseline="middle" class="cw-chart-label">
              {bar.label.length > 28 ? `${bar.label.slice(0, 27)}…` : bar.label}
            </text>
            <rect x={`${LABEL}%`} y={y + 4} width={`${BAR}%`} height={ROW - 8} class="cw-chart-track" />
            {parts.map((part, p) => {
              const at = x;
              x += part.share;
              if (part.share <= 0) return null;
              return (
                <rect
                  key={p}
                  x={`${LABEL + clamp(at) * BAR}%`}
                  y={y + 4}
                  width={`${clamp(part.share) * BAR}%`}
                  height={ROW - 8}
                  class={`cw-bar cw-bar-${part.tone}`}
                />
              );
            })}
            <text x={`${LABEL + BAR + 2}%`} y={y + ROW / 2} dominant-baseline="middle" class="cw-chart-value">
              {bar.text}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
