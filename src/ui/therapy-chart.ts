/**
 * The therapy timeline under the population chart: plasma level or receptor occupancy of every drug
 * in the schedule over time (host PK, the very numbers the kernels get), a tick for every dose on a
 * strip along the bottom, and a line at the current hour. Its time axis matches the population
 * chart's, so a dose lines up with what it does to the cells.
 */
import uPlot from 'uplot';
import type { ParamValues } from '../model/registry';
import { Pharmacokinetics } from '../model/therapy/exposure';
import { administrations, THERAPY_BY_KEY, type Schedule, type TherapyKey } from '../model/therapy/schedule';
import { THERAPY_COLOURS } from './therapy-colours';

/** Days shown after the last dose, so its decay is visible. */
const TAIL_DAYS = 14;
/** Samples of the PK curves per day. */
const PER_DAY = 6;
const STRIP_PX = 12;

const ANTIBODIES: ReadonlySet<TherapyKey> = new Set(['antiPD1', 'antiPDL1', 'antiCTLA4']);

/** What the curve of a therapy shows: occupancy for antibodies, the level (capped at 1) for the rest. */
function curveOf(pk: Pharmacokinetics, t: TherapyKey, hour: number): number {
  if (ANTIBODIES.has(t)) return pk.occupancy(t as 'antiPD1', hour);
  if (t === 'chemo') return Math.min(1, pk.freeDrug(hour));
  return pk.effect(t, hour);
}

export class TherapyChart {
  private plot: uPlot | null = null;
  private schedule: Schedule = [];
  private values: ParamValues | null = null;
  private hour = 0;
  private horizonDays = 0;
  private readonly resizeObserver = new ResizeObserver(() => this.plot?.setSize(this.size()));

  constructor(private readonly root: HTMLElement) {
    this.resizeObserver.observe(root);
  }

  /** Last day on the time axis (both charts use it); 0 without a schedule. */
  get horizon(): number {
    return this.horizonDays;
  }

  /** Redraws for a new schedule or parameters (half-lives, EC50s). */
  update(schedule: Schedule, values: ParamValues, hour: number): void {
    this.schedule = schedule;
    this.values = { ...values };
    this.hour = hour;
    this.root.hidden = schedule.length === 0;
    this.plot?.destroy();
    this.plot = null;
    if (schedule.length === 0) {
      this.horizonDays = 0;
      return;
    }
    const lastDose = Math.max(...administrations(schedule).map((a) => a.hour));
    this.horizonDays = Math.ceil(Math.max(hour / 24, lastDose / 24 + TAIL_DAYS));
    this.plot = this.build();
  }

  /** Moves the "now" line; extends the axis when the run passes the horizon. */
  setHour(hour: number): void {
    this.hour = hour;
    if (!this.plot || !this.values) return;
    if (hour / 24 > this.horizonDays) this.update(this.schedule, this.values, hour);
    else this.plot.redraw(false, false);
  }

  private size(): { width: number; height: number } {
    const legend = this.root.querySelector<HTMLElement>('.u-legend')?.offsetHeight ?? 22;
    return {
      width: Math.max(200, this.root.clientWidth - 16),
      height: Math.max(60, this.root.clientHeight - legend - 4),
    };
  }

  private build(): uPlot {
    const pk = new Pharmacokinetics(this.values!, this.schedule);
    const therapies = [...new Set(this.schedule.map((e) => e.therapy))].filter((t) => t !== 'radiation');
    const xs: number[] = [];
    for (let i = 0; i <= this.horizonDays * PER_DAY; i++) xs.push(i / PER_DAY);
    const data = [xs, ...therapies.map((t) => xs.map((d) => curveOf(pk, t, Math.floor(d * 24))))];
    const axis = { stroke: '#9aa0a6', grid: { stroke: '#2a2e35' }, ticks: { stroke: '#2a2e35' } };
    const doses = administrations(this.schedule);
    return new uPlot(
      {
        ...this.size(),
        scales: { x: { time: false, range: [0, this.horizonDays] }, y: { range: [0, 1.05] } },
        axes: [
          { ...axis, size: 22 },
          { ...axis, size: 60, splits: () => [0, 0.5, 1], values: (_u, ticks) => ticks.map((t) => t.toFixed(1)) },
        ],
        series: [
          { label: 'day', value: (_u, v) => (v == null ? '—' : v.toFixed(1)) },
          ...therapies.map((t) => ({
            label: THERAPY_BY_KEY.get(t)!.label,
            stroke: THERAPY_COLOURS[t],
            width: 1.5,
            points: { show: false },
          })),
        ],
        legend: { show: therapies.length > 0, live: false },
        hooks: { draw: [(u) => this.drawDoses(u, doses)] },
      },
      data as uPlot.AlignedData,
      this.root,
    );
  }

  /** Dose ticks along the bottom strip (taller for larger doses) and the current hour. */
  private drawDoses(u: uPlot, doses: ReturnType<typeof administrations>): void {
    const ctx = u.ctx;
    const { left, top, width, height } = u.bbox;
    const bottom = top + height;
    const dpr = devicePixelRatio;
    ctx.save();
    for (const a of doses) {
      const x = u.valToPos(a.hour / 24, 'x', true);
      if (x < left - 1 || x > left + width + 1) continue;
      const max = THERAPY_BY_KEY.get(a.therapy)!.maxDose;
      const h = (STRIP_PX * dpr * (0.5 + Math.min(1, a.dose / Math.max(1, max / 5)) / 2)) | 0;
      ctx.fillStyle = THERAPY_COLOURS[a.therapy];
      ctx.fillRect(Math.round(x - dpr), bottom - h, Math.max(2, 2 * dpr), h);
    }
    const now = u.valToPos(this.hour / 24, 'x', true);
    ctx.strokeStyle = '#e8eaed';
    ctx.setLineDash([3 * dpr, 3 * dpr]);
    ctx.beginPath();
    ctx.moveTo(now, top);
    ctx.lineTo(now, bottom);
    ctx.stroke();
    ctx.restore();
  }
}
