/**
 * Response readouts relative to the start of therapy (model.md §5–6), from a recorded time series:
 * the response category on the tumour's equivalent diameter (RECIST-like: complete = no tumour
 * cells, partial ≤ 70 % of baseline, progressive ≥ 120 % of the nadir, stable otherwise), time to
 * progression, and toxicity measures — lymphocytes lost to chemotherapy and radiation, and drug
 * exposure at the tumour vs in plasma — so free drug and nanoparticles compare on one screen.
 */
import type { ParamValues } from '../registry';
import { Pharmacokinetics } from './exposure';
import { therapyStart, type Schedule } from './schedule';

export const PARTIAL_SHARE = 0.7;
export const PROGRESSION_SHARE = 1.2;
export type ResponseCategory = 'complete' | 'partial' | 'stable' | 'progressive';

/** What the readouts need of each recorded hour. */
export interface ResponsePoint {
  hour: number;
  tumour: number;
  diameter: number;
  lymphLost: number;
  /** Mean free drug / nanoparticle level at tumour cells (field units). */
  drugAtTumour: number;
  nanoAtTumour: number;
}

export interface Response {
  start: number;
  category: ResponseCategory;
  baselineDiameter: number;
  nadirDiameter: number;
  finalDiameter: number;
  /** Hours from therapy start to the first progression, or null. */
  timeToProgression: number | null;
  lymphocytesLost: number;
  /** Σ over recorded hours of the mean drug at tumour cells (unit·h), free drug and nanoparticles. */
  tumourDrugExposure: number;
  tumourNanoExposure: number;
  /** Σ over hours of the free drug in plasma (× peak of one dose · h): systemic toxicity. */
  plasmaDrugExposure: number;
  text: string;
}

const FIELD_UNIT = 65535 / 256;

/** A point from a statistics record (counts by column name). */
export const pointOf = (hour: number, c: Readonly<Record<string, number>>): ResponsePoint => ({
  hour,
  tumour: c.tumour,
  diameter: c.diameter_um,
  lymphLost: c.lymph_lost,
  drugAtTumour: c.tumour > 0 ? c.drug_sum / FIELD_UNIT / c.tumour : 0,
  nanoAtTumour: c.tumour > 0 ? c.nano_sum / FIELD_UNIT / c.tumour : 0,
});

/** The category of `diameter` given the baseline and the nadir so far. */
export function categorise(tumour: number, diameter: number, baseline: number, nadir: number): ResponseCategory {
  if (tumour === 0) return 'complete';
  if (nadir > 0 && diameter >= PROGRESSION_SHARE * nadir && diameter > baseline * PARTIAL_SHARE) return 'progressive';
  if (diameter <= PARTIAL_SHARE * baseline) return 'partial';
  return 'stable';
}

const round = (x: number, d = 2): number => Number(x.toFixed(d));

/** The response readouts of `points` (ordered by hour) under `schedule`; null without therapy or data after it starts. */
export function response(points: readonly ResponsePoint[], schedule: Schedule, values: ParamValues): Response | null {
  const start = therapyStart(schedule);
  if (start === null) return null;
  const before = points.filter((p) => p.hour <= start);
  const after = points.filter((p) => p.hour > start);
  if (after.length === 0) return null;
  const baseline = (before.at(-1) ?? after[0]).diameter;
  let nadir = baseline;
  let ttp: number | null = null;
  for (const p of after) {
    if (ttp === null && categorise(p.tumour, p.diameter, baseline, nadir) === 'progressive') ttp = p.hour - start;
    nadir = Math.min(nadir, p.diameter);
  }
  const last = after.at(-1)!;
  const nadirBeforeLast = Math.min(baseline, ...after.slice(0, -1).map((p) => p.diameter));
  const category = categorise(last.tumour, last.diameter, baseline, nadirBeforeLast);
  const pk = new Pharmacokinetics(values, schedule);
  let plasma = 0;
  for (let h = start; h < last.hour; h++) plasma += pk.freeDrug(h);
  const sum = (f: (p: ResponsePoint) => number): number => after.reduce((s, p) => s + f(p), 0);
  const r = {
    start,
    category,
    baselineDiameter: baseline,
    nadirDiameter: nadir,
    finalDiameter: last.diameter,
    timeToProgression: ttp,
    lymphocytesLost: sum((p) => p.lymphLost),
    tumourDrugExposure: round(
      sum((p) => p.drugAtTumour),
      3,
    ),
    tumourNanoExposure: round(
      sum((p) => p.nanoAtTumour),
      3,
    ),
    plasmaDrugExposure: round(plasma, 3),
  };
  const ttpText = ttp === null ? 'no progression' : `progression after ${ttp} h`;
  return {
    ...r,
    text: `${category} (diameter ${Math.round(baseline)} → ${Math.round(last.diameter)} µm, nadir ${Math.round(nadir)}; ${ttpText}; lymphocytes lost ${r.lymphocytesLost})`,
  };
}

/** Response of a CLI time series (rows of [hour, ...STAT_COLUMNS]). */
export function responseOfRows(
  rows: readonly number[][],
  columns: readonly string[],
  schedule: Schedule,
  values: ParamValues,
): Response | null {
  const points = rows.map((row) => pointOf(row[0], Object.fromEntries(columns.map((c, i) => [c, row[i]]))));
  return response(points, schedule, values);
}
