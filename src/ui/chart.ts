/**
 * Live chart of cell counts against simulated time (uPlot: small, fast, made for streaming series).
 * Data arrive in batches from the statistics ring; the chart redraws at most a few times a second.
 */
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { HourStats } from '../model/stats';
import { PALETTE, type Rgb } from '../engine/renderer';

interface SeriesSpec {
  label: string;
  value: (s: HourStats) => number;
  colour: Rgb;
  dash?: number[];
}

const css = ([r, g, b]: Rgb): string => `rgb(${Math.round(r * 255)}, ${Math.round(g * 255)}, ${Math.round(b * 255)})`;

const SERIES: SeriesSpec[] = [
  { label: 'tumour', value: (s) => s.counts.tumour, colour: PALETTE.tumour },
  { label: 'necrotic', value: (s) => s.counts.necrotic, colour: [0.6, 0.5, 0.42] },
  { label: 'hypoxic tumour', value: (s) => s.counts.hypoxic_tumour, colour: [0.9, 0.62, 0.0], dash: [4, 4] },
  { label: 'CTL', value: (s) => s.counts.CTL, colour: PALETTE.ctlEffector },
  { label: 'CTL activated', value: (s) => s.counts.ctl_activated, colour: [0.2, 0.55, 1.0], dash: [6, 3] },
  { label: 'CTL exhausted', value: (s) => s.counts.ctl_exhausted, colour: PALETTE.ctlExhausted, dash: [2, 3] },
  { label: 'kills / h', value: (s) => s.counts.kills, colour: [0.8, 0.47, 0.65], dash: [1, 3] },
];

export class CountsChart {
  private readonly plot: uPlot;
  private readonly data: number[][] = [[], ...SERIES.map(() => [])];
  private dirty = false;
  private readonly resizeObserver: ResizeObserver;

  constructor(root: HTMLElement) {
    this.plot = new uPlot(
      {
        width: Math.max(200, root.clientWidth - 16),
        height: Math.max(120, root.clientHeight - 40),
        scales: { x: { time: false } },
        axes: [
          { label: 'time (days)', stroke: '#9aa0a6', grid: { stroke: '#2a2e35' }, ticks: { stroke: '#2a2e35' } },
          { label: 'cells', stroke: '#9aa0a6', grid: { stroke: '#2a2e35' }, ticks: { stroke: '#2a2e35' }, size: 60 },
        ],
        series: [
          { label: 'day', value: (_u, v) => (v == null ? '—' : v.toFixed(2)) },
          ...SERIES.map((s) => ({ label: s.label, stroke: css(s.colour), width: 1.5, dash: s.dash, points: { show: false } })),
        ],
        legend: { live: true },
      },
      this.data as uPlot.AlignedData,
      root,
    );
    this.resizeObserver = new ResizeObserver(() => this.plot.setSize({ width: Math.max(200, root.clientWidth - 16), height: Math.max(120, root.clientHeight - 40) }));
    this.resizeObserver.observe(root);
  }

  push(stats: HourStats[]): void {
    for (const s of stats) {
      this.data[0].push(s.hour / 24);
      SERIES.forEach((spec, i) => this.data[i + 1].push(spec.value(s)));
    }
    this.dirty = stats.length > 0 || this.dirty;
  }

  /** Redraws if new data arrived; call from the frame loop. */
  flush(): void {
    if (!this.dirty) return;
    this.dirty = false;
    this.plot.setData(this.data as uPlot.AlignedData);
    // Outside a hover the legend shows the latest hour instead of dashes.
    if (this.plot.cursor.idx == null && this.data[0].length > 0) this.plot.setLegend({ idx: this.data[0].length - 1 });
  }

  /** Drops the records after `hour` (the run continues from a snapshot at that hour). */
  truncate(hour: number): void {
    const keep = this.data[0].findIndex((day) => day * 24 > hour + 1e-9);
    if (keep >= 0) for (const column of this.data) column.length = keep;
    this.dirty = true;
  }

  clear(): void {
    for (const column of this.data) column.length = 0;
    this.plot.setData(this.data as uPlot.AlignedData);
  }

  /** The latest value of each series, by label (for tests and the status line). */
  latest(): Record<string, number> {
    return Object.fromEntries(SERIES.map((s, i) => [s.label, this.data[i + 1].at(-1) ?? 0]));
  }
}
