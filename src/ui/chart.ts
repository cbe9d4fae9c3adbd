/**
 * Live chart of cell counts against simulated time (uPlot: small, fast, made for streaming series).
 * Data arrive in batches from the statistics ring; the chart redraws at most a few times a second.
 */
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { HourStats } from '../model/stats';
import { PALETTE, type Rgb } from '../engine/renderer';
import { cssColour } from './palettes';

type Palette = Readonly<Record<string, Rgb>>;

interface SeriesSpec {
  label: string;
  value: (s: HourStats) => number;
  /** Series of a cell type take that type's colour from the current palette. */
  colour: (p: Palette) => Rgb;
  dash?: number[];
}

const fixed = (c: Rgb) => (): Rgb => c;
/** Legend height assumed before the first plot exists to measure. */
const LEGEND_GUESS_PX = 40;

const SERIES: SeriesSpec[] = [
  { label: 'tumour', value: (s) => s.counts.tumour, colour: (p) => p.tumour },
  { label: 'necrotic', value: (s) => s.counts.necrotic, colour: fixed([0.6, 0.5, 0.42]) },
  { label: 'hypoxic tumour', value: (s) => s.counts.hypoxic_tumour, colour: fixed([0.9, 0.62, 0.0]), dash: [4, 4] },
  { label: 'CTL', value: (s) => s.counts.CTL, colour: (p) => p.ctlEffector },
  { label: 'CTL activated', value: (s) => s.counts.ctl_activated, colour: fixed([0.2, 0.55, 1.0]), dash: [6, 3] },
  { label: 'CTL exhausted', value: (s) => s.counts.ctl_exhausted, colour: (p) => p.ctlExhausted, dash: [2, 3] },
  { label: 'Treg', value: (s) => s.counts.Treg, colour: (p) => p.treg },
  { label: 'M1', value: (s) => s.counts.mac_m1, colour: (p) => p.macM1 },
  { label: 'M2', value: (s) => s.counts.mac_m2, colour: (p) => p.macM2 },
  { label: 'MDSC', value: (s) => s.counts.MDSC, colour: (p) => p.mdsc },
  {
    label: 'kills / h',
    value: (s) => s.counts.kills + s.counts.kills_m1,
    colour: fixed([0.9, 0.3, 0.3]),
    dash: [1, 3],
  },
];

/** Series of the second arm in a side-by-side comparison, drawn dashed in the same colours. */
const COMPARE_SERIES = SERIES.filter((s) => ['tumour', 'CTL', 'CTL exhausted', 'kills / h'].includes(s.label));

export class CountsChart {
  private plot: uPlot;
  private data: (number | null)[][] = [[], ...SERIES.map(() => [])];
  /** The second arm of a comparison: its label, and its records by hour (they may lag the first arm's). */
  private compare: { label: string; byHour: Map<number, HourStats> } | null = null;
  private palette: Palette = PALETTE;
  private dirty = false;
  /** Last day the time axis reaches at least (the therapy timeline's horizon); 0: the data's range. */
  private horizonDays = 0;
  /** Refits the plot when the chart area resizes or the legend rewraps (its values change width). */
  private readonly resizeObserver = new ResizeObserver(() => this.plot.setSize(this.size()));

  constructor(private readonly root: HTMLElement) {
    this.resizeObserver.observe(root);
    this.plot = this.build(PALETTE);
  }

  /** Recolours the cell-type series (uPlot fixes colours at creation, so the plot is rebuilt). */
  setPalette(palette: Palette): void {
    this.palette = palette;
    this.plot.destroy();
    this.plot = this.build(palette);
    this.dirty = true;
  }

  /**
   * Side-by-side comparison: `label` names the second arm, whose tumour, CTL, exhausted-CTL and
   * kill curves join the chart dashed; null ends it. The chart starts empty either way.
   */
  setComparison(label: string | null): void {
    this.compare = label ? { label, byHour: new Map() } : null;
    this.data = [[], ...SERIES.map(() => []), ...(label ? COMPARE_SERIES.map(() => []) : [])];
    this.plot.destroy();
    this.plot = this.build(this.palette);
    this.dirty = true;
  }

  /** Records of the comparison's second arm. */
  pushCompare(stats: HourStats[]): void {
    if (!this.compare) return;
    for (const s of stats) this.compare.byHour.set(s.hour, s);
    this.fillCompare();
    this.dirty = true;
  }

  /** Fills the second arm's columns wherever its record for that hour has arrived. */
  private fillCompare(): void {
    if (!this.compare) return;
    const base = SERIES.length + 1;
    this.data[0].forEach((day, i) => {
      const s = this.compare!.byHour.get(Math.round((day as number) * 24));
      COMPARE_SERIES.forEach((spec, k) => (this.data[base + k][i] = s ? spec.value(s) : null));
    });
  }

  /** The plot fills the chart area less the legend, whose height depends on how often it wraps. */
  private size(): { width: number; height: number } {
    const legend = this.root.querySelector<HTMLElement>('.u-legend')?.offsetHeight ?? LEGEND_GUESS_PX;
    return {
      width: Math.max(200, this.root.clientWidth - 16),
      height: Math.max(80, this.root.clientHeight - legend - 8),
    };
  }

  private build(palette: Palette): uPlot {
    const axis = { stroke: '#9aa0a6', grid: { stroke: '#2a2e35' }, ticks: { stroke: '#2a2e35' } };
    const plot = new uPlot(
      {
        ...this.size(),
        scales: {
          x: { time: false, range: (_u, min, max) => [Math.min(0, min ?? 0), Math.max(max ?? 1, this.horizonDays)] },
        },
        axes: [
          { label: 'time (days)', ...axis },
          { label: 'cells', ...axis, size: 60 },
        ],
        series: [
          { label: 'day', value: (_u, v) => (v == null ? '—' : v.toFixed(2)) },
          ...SERIES.map((s) => ({
            label: this.compare ? `${s.label} · A` : s.label,
            stroke: cssColour(s.colour(palette)),
            width: 1.5,
            dash: s.dash,
            points: { show: false },
          })),
          ...(this.compare
            ? COMPARE_SERIES.map((s) => ({
                label: `${s.label} · B`,
                stroke: cssColour(s.colour(palette)),
                width: 2.5,
                dash: [10, 5],
                points: { show: false },
                spanGaps: true,
              }))
            : []),
        ],
        legend: { live: true },
      },
      this.data as uPlot.AlignedData,
      this.root,
    );
    const legend = plot.root.querySelector('.u-legend');
    if (legend) this.resizeObserver.observe(legend);
    return plot;
  }

  /** Keeps the time axis out to `days`, so it lines up with the therapy timeline below. */
  setHorizon(days: number): void {
    if (days === this.horizonDays) return;
    this.horizonDays = days;
    this.dirty = true;
  }

  push(stats: HourStats[]): void {
    for (const s of stats) {
      this.data[0].push(s.hour / 24);
      SERIES.forEach((spec, i) => this.data[i + 1].push(spec.value(s)));
      if (this.compare) {
        const b = this.compare.byHour.get(s.hour);
        COMPARE_SERIES.forEach((spec, k) => this.data[SERIES.length + 1 + k].push(b ? spec.value(b) : null));
      }
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
    const keep = this.data[0].findIndex((day) => (day ?? 0) * 24 > hour + 1e-9);
    if (keep >= 0) for (const column of this.data) column.length = keep;
    this.dirty = true;
  }

  clear(): void {
    for (const column of this.data) column.length = 0;
    this.compare?.byHour.clear();
    this.plot.setData(this.data as uPlot.AlignedData);
  }

  /** The latest value of each series, by label (for tests and the status line). */
  latest(): Record<string, number> {
    return Object.fromEntries(SERIES.map((s, i) => [s.label, this.data[i + 1].at(-1) ?? 0]));
  }

  /** The second arm's latest value of each compared series, by label (for tests). */
  latestCompare(): Record<string, number | null> {
    const base = SERIES.length + 1;
    return Object.fromEntries(
      COMPARE_SERIES.map((s, k) => [
        s.label,
        this.compare ? (this.data[base + k].filter((v) => v !== null).at(-1) ?? null) : null,
      ]),
    );
  }
}
