/**
 * Dose schedules (model.md §5): every therapy is a list of dose events — therapy, first hour,
 * interval, count, dose (and for radiotherapy an optional region) — that combine freely. The same
 * JSON format (tme-schedule/1) is read by the page, share links, snapshots and the CLI; a malformed
 * schedule is rejected whole with a message naming the bad event.
 */

export const THERAPIES = [
  { key: 'antiPD1', label: 'Anti-PD-1', unit: 'doses', maxDose: 10 },
  { key: 'antiPDL1', label: 'Anti-PD-L1', unit: 'doses', maxDose: 10 },
  { key: 'antiCTLA4', label: 'Anti-CTLA-4', unit: 'doses', maxDose: 10 },
  { key: 'reprogram', label: 'Macrophage reprogramming', unit: 'doses', maxDose: 10 },
  { key: 'tregDepletion', label: 'Treg depletion (anti-CD25)', unit: 'doses', maxDose: 10 },
  { key: 'mdscInhibition', label: 'MDSC inhibition', unit: 'doses', maxDose: 10 },
  { key: 'chemo', label: 'Chemotherapy (free drug)', unit: '× plasma peak', maxDose: 10 },
  { key: 'nanoparticle', label: 'Nanoparticle chemotherapy', unit: '× plasma peak', maxDose: 10 },
  { key: 'radiation', label: 'Radiotherapy', unit: 'Gy', maxDose: 30 },
  { key: 'vaccine', label: 'Cancer vaccine', unit: 'doses', maxDose: 10 },
  { key: 'stroma', label: 'Stroma targeting', unit: 'doses', maxDose: 10 },
] as const;

export type TherapyKey = (typeof THERAPIES)[number]['key'];
export const THERAPY_BY_KEY: ReadonlyMap<string, (typeof THERAPIES)[number]> = new Map(
  THERAPIES.map((t) => [t.key, t]),
);

/** A rectangle of sites [x0, y0, x1, y1) (radiotherapy field). */
export type Region = readonly [number, number, number, number];
/** A field covering any lattice (the largest region a schedule holds). */
export const WHOLE_LATTICE: Region = [0, 0, 65535, 65535];

export interface DoseEvent {
  readonly therapy: TherapyKey;
  /** Model hour of the first dose. */
  readonly start: number;
  /** Hours between doses (ignored when count is 1). */
  readonly every: number;
  readonly count: number;
  /** Dose per administration, in the therapy's unit (Gy for radiotherapy). */
  readonly dose: number;
  /** Radiotherapy only: the irradiated rectangle; when absent, the whole tumour (its cells and the sites touching them). */
  readonly region?: Region;
}

export type Schedule = readonly DoseEvent[];

export const SCHEDULE_FORMAT = 'tme-schedule/1';
/** Longest schedule the playground accepts (20 years of hours). */
export const MAX_HOUR = 24 * 365 * 20;
const MAX_COUNT = 1000;

/** One administration: the hour and dose of one element of an event. */
export interface Administration {
  readonly therapy: TherapyKey;
  readonly hour: number;
  readonly dose: number;
  readonly region?: Region;
}

/** Every administration of a schedule, ordered by hour. */
export function administrations(schedule: Schedule): Administration[] {
  const out: Administration[] = [];
  for (const e of schedule) {
    for (let k = 0; k < e.count; k++)
      out.push({
        therapy: e.therapy,
        hour: e.start + k * e.every,
        dose: e.dose,
        ...(e.region ? { region: e.region } : {}),
      });
  }
  return out.sort((a, b) => a.hour - b.hour);
}

const isInt = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x);

/** Checks one event; returns what is wrong with it, or null. */
export function eventProblem(e: unknown, index: number): string | null {
  const at = `event ${index + 1}`;
  if (typeof e !== 'object' || e === null || Array.isArray(e)) return `${at}: not an object`;
  const o = e as Record<string, unknown>;
  const known = new Set(['therapy', 'start', 'every', 'count', 'dose', 'region']);
  const extra = Object.keys(o).filter((k) => !known.has(k));
  if (extra.length)
    return `${at}: unknown field${extra.length > 1 ? 's' : ''} ${extra.map((k) => `'${k}'`).join(', ')}`;
  const t = THERAPY_BY_KEY.get(String(o.therapy));
  if (!t) return `${at}: unknown therapy '${String(o.therapy)}' (have: ${THERAPIES.map((x) => x.key).join(', ')})`;
  if (!isInt(o.start) || o.start < 0 || o.start > MAX_HOUR)
    return `${at} (${t.key}): start must be a whole hour 0…${MAX_HOUR}`;
  if (!isInt(o.count) || o.count < 1 || o.count > MAX_COUNT)
    return `${at} (${t.key}): count must be a whole number 1…${MAX_COUNT}`;
  if (!isInt(o.every) || o.every < (o.count > 1 ? 1 : 0) || o.every > MAX_HOUR)
    return `${at} (${t.key}): every must be a whole number of hours ≥ 1 when count > 1`;
  if (o.start + (o.count - 1) * o.every > MAX_HOUR) return `${at} (${t.key}): last dose after hour ${MAX_HOUR}`;
  if (typeof o.dose !== 'number' || !Number.isFinite(o.dose) || o.dose <= 0 || o.dose > t.maxDose)
    return `${at} (${t.key}): dose must be a number in (0, ${t.maxDose}] ${t.unit}`;
  if (o.region !== undefined) {
    if (t.key !== 'radiation') return `${at} (${t.key}): only radiotherapy takes a region`;
    const r = o.region;
    if (
      !Array.isArray(r) ||
      r.length !== 4 ||
      !r.every((v) => isInt(v) && v >= 0 && v <= 65535) ||
      r[2] <= r[0] ||
      r[3] <= r[1]
    )
      return `${at} (radiation): region must be [x0, y0, x1, y1] in sites with x1 > x0 and y1 > y0`;
  }
  return null;
}

/** Two radiotherapy fractions in one hour would have to merge their regions: refused. */
function overlapProblem(schedule: Schedule): string | null {
  const seen = new Set<number>();
  for (const a of administrations(schedule)) {
    if (a.therapy !== 'radiation') continue;
    if (seen.has(a.hour)) return `two radiotherapy fractions fall on hour ${a.hour}: give one fraction per hour`;
    seen.add(a.hour);
  }
  return null;
}

/**
 * Reads a schedule from parsed JSON: either the file form {format, events} or a bare array of
 * events. Returns the schedule, or every problem found (nothing is half-applied).
 */
export function parseSchedule(json: unknown): { schedule: Schedule; errors: string[] } {
  let events: unknown = json;
  if (typeof json === 'object' && json !== null && !Array.isArray(json)) {
    const o = json as Record<string, unknown>;
    if (o.format !== SCHEDULE_FORMAT)
      return { schedule: [], errors: [`not a schedule: format should be '${SCHEDULE_FORMAT}'`] };
    events = o.events;
  }
  if (!Array.isArray(events)) return { schedule: [], errors: ['a schedule is a list of dose events'] };
  const errors = events.map((e, i) => eventProblem(e, i)).filter((m): m is string => m !== null);
  if (errors.length) return { schedule: [], errors };
  const schedule = events.map((e) => normalise(e as DoseEvent));
  const overlap = overlapProblem(schedule);
  return overlap ? { schedule: [], errors: [overlap] } : { schedule, errors: [] };
}

const normalise = (e: DoseEvent): DoseEvent => ({
  therapy: e.therapy,
  start: e.start,
  every: e.count > 1 ? e.every : 0,
  count: e.count,
  dose: e.dose,
  ...(e.region ? { region: [...e.region] as unknown as Region } : {}),
});

export const scheduleJson = (schedule: Schedule): { format: string; events: Schedule } => ({
  format: SCHEDULE_FORMAT,
  events: schedule,
});

/**
 * `--dose` text: therapy:key=value,... e.g. "antiPD1:start=48,every=336,count=4,dose=1" or
 * "radiation:start=72,every=24,count=5,dose=2,region=10/10/100/100". Unset fields: start 0,
 * count 1, every 0, dose 1.
 */
export function parseDoseFlag(text: string): { event: DoseEvent | null; error: string | null } {
  const [therapy, rest = ''] = text.split(':', 2);
  const o: Record<string, unknown> = { therapy, start: 0, every: 0, count: 1, dose: 1 };
  for (const part of rest.split(',').filter(Boolean)) {
    const [k, v] = part.split('=', 2);
    if (v === undefined) return { event: null, error: `--dose ${text}: '${part}' is not key=value` };
    o[k] = k === 'region' ? v.split('/').map(Number) : Number(v);
  }
  const problem = eventProblem(o, 0);
  return problem
    ? { event: null, error: `--dose ${text}: ${problem.replace(/^event 1( \([^)]*\))?: /, '')}` }
    : { event: normalise(o as unknown as DoseEvent), error: null };
}

/** Clinical regimens (model.md §5) as schedules starting at `start`. */
export interface Regimen {
  readonly key: string;
  readonly label: string;
  readonly events: (start: number) => DoseEvent[];
}

const DAY = 24;
export const REGIMENS: readonly Regimen[] = [
  {
    key: 'pd1q2w',
    label: 'Anti-PD-1 every 2 weeks',
    events: (s) => [{ therapy: 'antiPD1', start: s, every: 14 * DAY, count: 6, dose: 1 }],
  },
  {
    key: 'pd1q3w',
    label: 'Anti-PD-1 every 3 weeks',
    events: (s) => [{ therapy: 'antiPD1', start: s, every: 21 * DAY, count: 4, dose: 1 }],
  },
  {
    key: 'ctla4',
    label: 'Anti-CTLA-4 induction (4 doses q3w)',
    events: (s) => [{ therapy: 'antiCTLA4', start: s, every: 21 * DAY, count: 4, dose: 1 }],
  },
  {
    key: 'rt5x2',
    label: 'Radiotherapy 5 × 2 Gy (daily)',
    events: (s) => [{ therapy: 'radiation', start: s, every: DAY, count: 5, dose: 2 }],
  },
  {
    key: 'rt1x8',
    label: 'Radiotherapy 1 × 8 Gy',
    events: (s) => [{ therapy: 'radiation', start: s, every: 0, count: 1, dose: 8 }],
  },
  {
    key: 'chemoConstant',
    label: 'Chemotherapy constant (infusion, 4 weeks)',
    events: (s) => [{ therapy: 'chemo', start: s, every: 4, count: 6 * 28, dose: 0.5 }],
  },
  {
    key: 'chemoPulsed',
    label: 'Chemotherapy pulsed (weekly bolus, 4 weeks)',
    events: (s) => [{ therapy: 'chemo', start: s, every: 7 * DAY, count: 4, dose: 3 }],
  },
  {
    key: 'vaccinePrimeBoost',
    label: 'Vaccine prime + 2 boosts (weeks 0, 2, 4)',
    events: (s) => [{ therapy: 'vaccine', start: s, every: 14 * DAY, count: 3, dose: 1 }],
  },
  {
    key: 'rtPd1',
    label: 'Radiotherapy 5 × 2 Gy + anti-PD-1 q2w',
    events: (s) => [
      { therapy: 'radiation', start: s, every: DAY, count: 5, dose: 2 },
      { therapy: 'antiPD1', start: s, every: 14 * DAY, count: 6, dose: 1 },
    ],
  },
  {
    key: 'nanoWeekly',
    label: 'Nanoparticle chemotherapy weekly',
    events: (s) => [{ therapy: 'nanoparticle', start: s, every: 7 * DAY, count: 4, dose: 1 }],
  },
];
export const REGIMEN_BY_KEY: ReadonlyMap<string, Regimen> = new Map(REGIMENS.map((r) => [r.key, r]));

/** Hour of the first dose (therapy start for response readouts), or null for no therapy. */
export const therapyStart = (schedule: Schedule): number | null =>
  schedule.length ? Math.min(...schedule.map((e) => e.start)) : null;
