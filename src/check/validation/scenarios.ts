/**
 * The validation scenarios of model.md §7 (1–4, without therapy), as data: the parameters of each
 * arm, the measures taken from a run's hourly statistics, and the qualitative check the model must
 * pass across seeds. `npm run validate` runs them over ≥ 10 seeds; the test suite runs reduced
 * versions (fewer seeds, smaller lattices) with the same checks.
 */
import { PRESET_BY_KEY } from '../../model/presets';
import { PHENOTYPE_EXCLUDED, PHENOTYPE_INFLAMED, PHENOTYPE_DESERT, PHENOTYPE_NO_TUMOUR } from '../../model/readouts';
import type { ParamOverrides } from '../../model/registry';
import type { HourStats } from '../../model/stats';
import { FIELD_DRUG, FIELD_MAX, SITE_UM } from '../../model/fields';
import { cellType, TYPE_NECROTIC, TYPE_TUMOR, TYPE_VESSEL } from '../../model/layout';
import { median } from './stats-math';
import type { Lattice } from '../../model/lattice';
import { REGIMEN_BY_KEY, WHOLE_LATTICE, type Schedule } from '../../model/therapy/schedule';

export interface Arm {
  readonly label: string;
  readonly values: Readonly<ParamOverrides>;
  /** Dose schedule of the arm (none: untreated). */
  readonly schedule?: Schedule;
}

/** Per-seed results of every arm: measure name → one value per seed. */
export type ArmResults = ReadonlyArray<Readonly<Record<string, number[]>>>;

export interface Check {
  readonly statement: string;
  readonly holds: boolean;
  readonly detail: string;
}

export interface Scenario {
  readonly id: string;
  readonly title: string;
  readonly expectation: string;
  readonly size: number;
  readonly hours: number;
  readonly arms: readonly Arm[];
  /** Hours (fractions of the run, 0–1) at which the run's lattice is also kept for `measure`. */
  readonly snapshotsAt?: readonly number[];
  /** Measures of one run (named numbers), from its hourly statistics, final lattice and snapshots. */
  readonly measure: (
    series: readonly HourStats[],
    end: Lattice,
    snapshots: readonly Lattice[],
  ) => Record<string, number>;
  readonly checks: (results: ArmResults) => Check[];
  /** Measure names shown in the report, with their meaning. */
  readonly columns: Readonly<Record<string, string>>;
}

const NO_IMMUNE: ParamOverrides = {
  ctlRecruitmentRate: 0,
  mdscRecruitment: 0,
  macRecruitment: 0,
  macrophageDensity: 0,
  cafDensity: 0,
};
const at = (series: readonly HourStats[], hour: number): HourStats =>
  series[Math.min(series.length, Math.max(1, hour)) - 1];
const tumourRatio = (series: readonly HourStats[]): number =>
  series.at(-1)!.counts.tumour / Math.max(1, series[0].counts.tumour);
const check = (statement: string, holds: boolean, detail: string): Check => ({ statement, holds, detail });
const med = (r: ArmResults, arm: number, key: string): number => median(r[arm][key]);
const share = (values: number[], ok: (v: number) => boolean): number =>
  values.filter(ok).length / Math.max(1, values.length);

/**
 * Outer radius (µm) of the tumour mass: 95 % of its tumour and debris sites lie within it, measured
 * from the lattice centre where the disk was seeded. Unlike the area, it does not shrink when the
 * debris of the necrotic core is cleared and leaves holes inside the mass.
 */
export function outerRadius(l: Lattice): number {
  const d: number[] = [];
  const c = l.width / 2;
  for (let i = 0; i < l.width * l.height; i++) {
    const t = cellType(l.state[2 * i]);
    if (t === TYPE_TUMOR || t === TYPE_NECROTIC)
      d.push(Math.hypot((i % l.width) + 0.5 - c, Math.floor(i / l.width) + 0.5 - c));
  }
  if (d.length === 0) return 0;
  d.sort((a, b) => a - b);
  return (SITE_UM * d[Math.min(d.length - 1, Math.floor(0.95 * d.length))]) / Math.sqrt(0.95);
}

const necroticCore: Scenario = {
  id: 'necrotic-core',
  title: '1. Necrotic core',
  expectation:
    'One tumour disk, vessels at the domain edge, no immune cells: growth is rim-limited and roughly linear in radius; a viable rim ≈ 100–200 µm surrounds a necrotic core once the tumour is large.',
  size: 128,
  hours: 300,
  arms: [{ label: 'untreated, edge vessels', values: { ...NO_IMMUNE, vesselLayout: 1, tumorRadius: 300 } }],
  snapshotsAt: [1 / 3, 2 / 3],
  measure: (s, end, snaps) => {
    const c = s.at(-1)!.counts;
    const outer = SITE_UM * Math.sqrt((c.tumour + c.necrotic) / Math.PI);
    const core = SITE_UM * Math.sqrt(c.necrotic / Math.PI);
    const third = s.length / 3;
    const [r1, r2, r3] = [outerRadius(snaps[0]), outerRadius(snaps[1]), outerRadius(end)];
    return {
      necrotic_fraction: c.necrotic_fraction,
      viable_rim_um: outer - core,
      radius_um: r3,
      speed_early_um_per_day: ((r2 - r1) / third) * 24,
      speed_late_um_per_day: ((r3 - r2) / third) * 24,
    };
  },
  columns: {
    necrotic_fraction: 'necrotic / (tumour + necrotic) at the end',
    viable_rim_um: 'radius of the tumour + debris area − radius of the debris area (µm)',
    radius_um: 'outer radius of the mass at the end: 95 % of tumour and debris sites within it, from the centre (µm)',
    speed_early_um_per_day: 'growth of that outer radius, middle third (µm/day)',
    speed_late_um_per_day: 'growth of that outer radius, last third (µm/day)',
  },
  checks: (r) => [
    check(
      'a necrotic core forms (median necrotic fraction ≥ 5 %)',
      med(r, 0, 'necrotic_fraction') >= 0.05,
      `median ${med(r, 0, 'necrotic_fraction').toFixed(3)}`,
    ),
    check(
      'the viable rim is 100–200 µm (accepted 80–250 µm)',
      med(r, 0, 'viable_rim_um') >= 80 && med(r, 0, 'viable_rim_um') <= 250,
      `median ${med(r, 0, 'viable_rim_um').toFixed(0)} µm`,
    ),
    check(
      'growth does not accelerate as the tumour enlarges (late radial speed ≤ earlier speed + 2 µm/day)',
      med(r, 0, 'speed_late_um_per_day') <= med(r, 0, 'speed_early_um_per_day') + 2,
      `median speeds ${med(r, 0, 'speed_early_um_per_day').toFixed(1)} → ${med(r, 0, 'speed_late_um_per_day').toFixed(1)} µm/day`,
    ),
    check(
      'radial growth goes on at a steady positive speed (both speeds > 2 µm/day, ratio 0.4–2.5)',
      med(r, 0, 'speed_early_um_per_day') > 2 &&
        med(r, 0, 'speed_late_um_per_day') > 2 &&
        med(r, 0, 'speed_late_um_per_day') / med(r, 0, 'speed_early_um_per_day') >= 0.4 &&
        med(r, 0, 'speed_late_um_per_day') / med(r, 0, 'speed_early_um_per_day') <= 2.5,
      `median speeds ${med(r, 0, 'speed_early_um_per_day').toFixed(1)} → ${med(r, 0, 'speed_late_um_per_day').toFixed(1)} µm/day`,
    ),
  ],
};

const INFLUX_BASE = 0.01;
const influx: Scenario = {
  id: 'influx-dose-response',
  title: '2. Immune influx dose–response',
  expectation:
    'Low stroma; CTL influx ×1, ×2, ×4, ×8 → a monotone shift from escape to control to eradication; killing happens at the invasive margin.',
  size: 128,
  hours: 300,
  arms: [1, 2, 4, 8].map((m) => ({
    label: `influx ×${m}`,
    values: { tumorAntigenicity: 0.9, ctlRecruitmentRate: INFLUX_BASE * m, cafDensity: 0, ecmBackground: 0 },
  })),
  measure: (s) => {
    let margin = 0;
    let inside = 0;
    for (const h of s) {
      margin += h.counts.cd8_margin;
      inside += h.counts.cd8_inside;
    }
    return {
      tumour_ratio: tumourRatio(s),
      margin_share: margin / Math.max(1, margin + inside),
      eradicated: s.at(-1)!.counts.tumour === 0 ? 1 : 0,
    };
  },
  columns: {
    tumour_ratio: 'tumour cells at the end / at the start',
    margin_share: 'share of tumour-contacting CD8 cells at the margin (not inside), over the run',
    eradicated: '1 when no tumour cell is left',
  },
  checks: (r) => {
    const ratios = r.map((_, i) => med(r, i, 'tumour_ratio'));
    return [
      check(
        'the tumour ratio falls monotonically with influx (medians)',
        ratios.every((x, i) => i === 0 || x <= ratios[i - 1] + 0.02),
        ratios.map((x) => x.toFixed(2)).join(' → '),
      ),
      check('×1 escapes (median ratio > 1)', ratios[0] > 1, `×1 median ${ratios[0].toFixed(2)}`),
      check(
        '×8 controls or eradicates (median ratio < 0.5)',
        ratios[3] < 0.5,
        `×8 median ${ratios[3].toFixed(2)}, eradicated in ${(100 * share(r[3].eradicated, (v) => v === 1)).toFixed(0)} % of seeds`,
      ),
      check(
        'killing happens at the margin (median margin share ≥ 0.6 in every arm)',
        r.every((_, i) => med(r, i, 'margin_share') >= 0.6),
        r.map((_, i) => med(r, i, 'margin_share').toFixed(2)).join(', '),
      ),
    ];
  },
};

/** Anti-PD-1 every 2 weeks from day 1 (model.md §7 scenarios 3 and 4). */
const PD1_FROM = 24;
const pd1 = (): Schedule => REGIMEN_BY_KEY.get('pd1q2w')!.events(PD1_FROM);
/** How much anti-PD-1 lowered the tumour ratio: untreated arm minus treated arm (medians). */
const benefit = (r: ArmResults, untreated: number, treated: number): number =>
  med(r, untreated, 'tumour_ratio') - med(r, treated, 'tumour_ratio');

const phenotypeAt = (s: readonly HourStats[], hour: number): number => at(s, hour).counts.phenotype;
const PHENOTYPE_KEYS = ['inflamed', 'excluded', 'desert'];
const phenotypes: Scenario = {
  id: 'immune-phenotypes',
  title: '3. Anti-PD-1 by immune phenotype',
  expectation:
    'The inflamed, excluded and desert setups are recognised as such by the CD8 readouts, and the inflamed tumour is controlled better than the other two; anti-PD-1 (every 2 weeks from day 1) shrinks the inflamed tumour markedly or eradicates it, does nothing in the desert and little alone in the excluded tumour.',
  size: 128,
  hours: 150,
  arms: [
    ...PHENOTYPE_KEYS.map((k) => ({ label: PRESET_BY_KEY.get(k)!.label, values: PRESET_BY_KEY.get(k)!.values })),
    ...PHENOTYPE_KEYS.map((k) => ({
      label: `${PRESET_BY_KEY.get(k)!.label} + anti-PD-1`,
      values: PRESET_BY_KEY.get(k)!.values,
      schedule: pd1(),
    })),
  ],
  measure: (s) => ({
    phenotype_h48: phenotypeAt(s, 48),
    phenotype_end: phenotypeAt(s, s.length),
    tumour_ratio: tumourRatio(s),
  }),
  columns: {
    phenotype_h48: 'phenotype label at hour 48 (0 desert, 1 excluded, 2 inflamed, −1 no tumour)',
    phenotype_end: 'label at the end',
    tumour_ratio: 'tumour cells at the end / at the start',
  },
  checks: (r) => {
    const inflamedOk = share(r[0].phenotype_h48, (v) => v === PHENOTYPE_INFLAMED);
    const excludedOk = share(r[1].phenotype_h48, (v) => v === PHENOTYPE_EXCLUDED);
    const desertOk = share(r[2].phenotype_h48, (v) => v === PHENOTYPE_DESERT);
    return [
      check(
        'inflamed setup labelled inflamed at hour 48 in ≥ 80 % of seeds',
        inflamedOk >= 0.8,
        `${(100 * inflamedOk).toFixed(0)} %`,
      ),
      check(
        'excluded setup labelled excluded at hour 48 in ≥ 80 % of seeds',
        excludedOk >= 0.8,
        `${(100 * excludedOk).toFixed(0)} %`,
      ),
      check(
        'desert setup labelled desert at hour 48 in ≥ 80 % of seeds',
        desertOk >= 0.8,
        `${(100 * desertOk).toFixed(0)} %`,
      ),
      check(
        'the inflamed tumour shrinks most (median ratio below both others)',
        med(r, 0, 'tumour_ratio') < med(r, 1, 'tumour_ratio') && med(r, 0, 'tumour_ratio') < med(r, 2, 'tumour_ratio'),
        [0, 1, 2].map((i) => med(r, i, 'tumour_ratio').toFixed(2)).join(' / ') +
          ` (no tumour at the end: ${(100 * share(r[0].phenotype_end, (v) => v === PHENOTYPE_NO_TUMOUR)).toFixed(0)} % of inflamed seeds)`,
      ),
      check(
        'anti-PD-1 shrinks the inflamed tumour markedly (median ratio ≤ half the untreated one)',
        med(r, 3, 'tumour_ratio') <= 0.5 * med(r, 0, 'tumour_ratio'),
        `${med(r, 0, 'tumour_ratio').toFixed(2)} → ${med(r, 3, 'tumour_ratio').toFixed(2)}; eradicated in ${(100 * share(r[3].phenotype_end, (v) => v === PHENOTYPE_NO_TUMOUR)).toFixed(0)} % of seeds`,
      ),
      check(
        'anti-PD-1 has no effect in the desert (median ratios within 5 %)',
        Math.abs(benefit(r, 2, 5)) <= 0.05 * med(r, 2, 'tumour_ratio'),
        `${med(r, 2, 'tumour_ratio').toFixed(2)} → ${med(r, 5, 'tumour_ratio').toFixed(2)}`,
      ),
      check(
        'anti-PD-1 alone does little in the excluded tumour (benefit < ¼ of the inflamed one)',
        benefit(r, 1, 4) < 0.25 * benefit(r, 0, 3),
        `${med(r, 1, 'tumour_ratio').toFixed(2)} → ${med(r, 4, 'tumour_ratio').toFixed(2)} (benefit ${benefit(r, 1, 4).toFixed(2)} vs inflamed ${benefit(r, 0, 3).toFixed(2)})`,
      ),
    ];
  },
};

const adaptive: Scenario = {
  id: 'adaptive-resistance',
  title: '4. Adaptive resistance',
  expectation:
    'Inflamed tumour with PD-L1 baseline 0: with IFN-γ-induced PD-L1 a PD-L1+ tumour appears where T cells act, exhaustion rises and control falls, compared with induction switched off; anti-PD-1 rescues mostly the arm with induction on.',
  size: 128,
  hours: 200,
  arms: [false, true].flatMap((treated) =>
    [true, false].map((on) => ({
      label: `IFN-γ → PD-L1 ${on ? 'on' : 'off'}${treated ? ' + anti-PD-1' : ''}`,
      values: { tumorAntigenicity: 0.9, tumorPdl1: 0, ctlRecruitmentRate: 0.03, ifnInducesPdl1: on ? 1 : 0 },
      ...(treated ? { schedule: pd1() } : {}),
    })),
  ),
  measure: (s) => {
    const last = s.slice(-50);
    const mean = (f: (h: HourStats) => number): number => last.reduce((sum, h) => sum + f(h), 0) / last.length;
    return {
      pdl1_positive: mean((h) => h.counts.pdl1_positive_fraction),
      exhausted_share: mean((h) => h.counts.ctl_exhausted_signalled / Math.max(1, h.counts.CTL)),
      tumour_ratio: tumourRatio(s),
    };
  },
  columns: {
    pdl1_positive: 'PD-L1+ share of tumour cells, mean of the last 50 h',
    exhausted_share: 'share of CD8 cells exhausted by signalling (kills left), mean of the last 50 h',
    tumour_ratio: 'tumour cells at the end / at the start',
  },
  checks: (r) => [
    check(
      'PD-L1+ tumour appears only with induction on (median > 0.2 vs < 0.05)',
      med(r, 0, 'pdl1_positive') > 0.2 && med(r, 1, 'pdl1_positive') < 0.05,
      `${med(r, 0, 'pdl1_positive').toFixed(2)} vs ${med(r, 1, 'pdl1_positive').toFixed(2)}`,
    ),
    check(
      'signalling-driven exhaustion is higher with induction on (median)',
      med(r, 0, 'exhausted_share') > med(r, 1, 'exhausted_share'),
      `${med(r, 0, 'exhausted_share').toFixed(2)} vs ${med(r, 1, 'exhausted_share').toFixed(2)}`,
    ),
    check(
      'control falls with induction on (median tumour ratio higher)',
      med(r, 0, 'tumour_ratio') > med(r, 1, 'tumour_ratio'),
      `${med(r, 0, 'tumour_ratio').toFixed(2)} vs ${med(r, 1, 'tumour_ratio').toFixed(2)}`,
    ),
    check(
      'anti-PD-1 rescues mostly the induction-on arm (larger benefit there, and it shrinks the tumour below the untreated on arm)',
      benefit(r, 0, 2) > benefit(r, 1, 3) && med(r, 2, 'tumour_ratio') < med(r, 0, 'tumour_ratio'),
      `on ${med(r, 0, 'tumour_ratio').toFixed(2)} → ${med(r, 2, 'tumour_ratio').toFixed(2)}, off ${med(r, 1, 'tumour_ratio').toFixed(2)} → ${med(r, 3, 'tumour_ratio').toFixed(2)}`,
    ),
  ],
};

/** Radiotherapy fraction hour (T cells have arrived by then in the inflamed setup). */
const RT_AT = 48;
/** The whole lattice is irradiated, so every lymphocyte present counts in the survival measure. */
const fraction = (gy: number): Schedule => [
  { therapy: 'radiation', start: RT_AT, every: 0, count: 1, dose: gy, region: WHOLE_LATTICE },
];
const radiotherapy: Scenario = {
  id: 'radiotherapy',
  title: '5. Radiotherapy survival',
  expectation:
    'Single fractions kill the expected fractions (tumour SF 0.86 at 2 Gy, 0.19 at 10 Gy; lymphocytes 0.39 at 2 Gy) within sampling error; the tumour regrows after radiation alone.',
  size: 96,
  hours: 300,
  arms: [
    {
      label: '2 Gy, inflamed, no oxygen effect',
      values: { ...PRESET_BY_KEY.get('inflamed')!.values, rtOxygenEffect: 0 },
      schedule: fraction(2),
    },
    {
      label: '10 Gy, inflamed, no oxygen effect',
      values: { ...PRESET_BY_KEY.get('inflamed')!.values, rtOxygenEffect: 0 },
      schedule: fraction(10),
    },
    { label: '8 Gy alone (no immune cells)', values: { ...NO_IMMUNE }, schedule: fraction(8) },
  ],
  measure: (s) => {
    // series[k] is hour k: the fraction is given in series[RT_AT], to the cells counted in series[RT_AT − 1].
    const before = s[RT_AT - 1].counts;
    const hit = s[RT_AT].counts;
    const after = s.slice(RT_AT).map((h) => h.counts.tumour);
    const low = Math.min(...after);
    return {
      tumour_sf: 1 - hit.rt_doomed / Math.max(1, before.tumour),
      lymph_sf: 1 - hit.lymph_lost / Math.max(1, before.CTL + before.Treg),
      lymphocytes: before.CTL + before.Treg,
      nadir_ratio: low / Math.max(1, before.tumour),
      regrowth: s.at(-1)!.counts.tumour / Math.max(1, low),
    };
  },
  columns: {
    tumour_sf: '1 − doomed / tumour cells, in the fraction hour',
    lymph_sf: '1 − CTLs and Tregs killed / present, in the fraction hour',
    lymphocytes: 'CTLs + Tregs present at the fraction',
    nadir_ratio: 'smallest tumour after the fraction / tumour at it',
    regrowth: 'tumour at the end / smallest after the fraction',
  },
  checks: (r) => [
    check(
      'tumour SF at 2 Gy is 0.86 (median within ±0.02)',
      Math.abs(med(r, 0, 'tumour_sf') - 0.86) <= 0.02,
      `median ${med(r, 0, 'tumour_sf').toFixed(3)}`,
    ),
    check(
      'tumour SF at 10 Gy is 0.19 (median within ±0.03)',
      Math.abs(med(r, 1, 'tumour_sf') - 0.19) <= 0.03,
      `median ${med(r, 1, 'tumour_sf').toFixed(3)}`,
    ),
    check(
      'lymphocyte SF at 2 Gy is 0.39 (median within ±0.08: a few hundred cells)',
      Math.abs(med(r, 0, 'lymph_sf') - 0.39) <= 0.08,
      `median ${med(r, 0, 'lymph_sf').toFixed(3)} of ${med(r, 0, 'lymphocytes').toFixed(0)} cells`,
    ),
    check(
      'the tumour shrinks, then regrows after radiation alone (median nadir < 0.9, regrowth > 1.2×)',
      med(r, 2, 'nadir_ratio') < 0.9 && med(r, 2, 'regrowth') > 1.2,
      `nadir ${med(r, 2, 'nadir_ratio').toFixed(2)}, then ×${med(r, 2, 'regrowth').toFixed(2)}`,
    ),
  ],
};

const CHEMO_FROM = 24;
/** Dominance: the resistant clone makes up this share of the tumour. */
const DOMINANT = 0.7;
/** Mean drug (field units) on sites at Chebyshev distance [lo, hi] from the nearest vessel. */
function drugAtDistance(l: Lattice, lo: number, hi: number): number {
  const { width, height } = l;
  const vessels: number[] = [];
  for (let i = 0; i < width * height; i++) if (cellType(l.state[2 * i]) === TYPE_VESSEL) vessels.push(i);
  let sum = 0;
  let n = 0;
  for (let i = 0; i < width * height; i++) {
    const x = i % width;
    const y = (i / width) | 0;
    let d = Infinity;
    for (const v of vessels) d = Math.min(d, Math.max(Math.abs((v % width) - x), Math.abs(((v / width) | 0) - y)));
    if (d >= lo && d <= hi) {
      sum += l.fields[FIELD_DRUG * width * height + i] / FIELD_MAX;
      n++;
    }
  }
  return n ? sum / n : 0;
}
const chemo: Scenario = {
  id: 'chemotherapy',
  title: '6. Chemotherapy and competitive release',
  expectation:
    '50 % resistant clone; no drug / constant / pulsed: constant dosing clears sensitive cells (here: depletes them — quiescent sensitive cells far from vessels survive) and releases the resistant clone; pulsed dosing delays resistant dominance; drug concentration falls with distance from vessels.',
  size: 96,
  hours: 400,
  arms: [
    { label: 'no drug', values: { ...NO_IMMUNE, resistantFraction: 0.5 } },
    {
      label: 'constant (infusion)',
      values: { ...NO_IMMUNE, resistantFraction: 0.5 },
      schedule: REGIMEN_BY_KEY.get('chemoConstant')!.events(CHEMO_FROM),
    },
    {
      label: 'pulsed (weekly bolus)',
      values: { ...NO_IMMUNE, resistantFraction: 0.5 },
      schedule: REGIMEN_BY_KEY.get('chemoPulsed')!.events(CHEMO_FROM),
    },
  ],
  measure: (s, end) => {
    const first = s[CHEMO_FROM - 1].counts;
    const last = s.at(-1)!.counts;
    const sensitive = (c: Record<string, number>): number => c.tumour - c.resistant;
    const dominant = s.findIndex((h) => h.counts.tumour > 0 && h.counts.resistant / h.counts.tumour >= DOMINANT);
    return {
      sensitive_ratio: sensitive(last) / Math.max(1, sensitive(first)),
      resistant_ratio: last.resistant / Math.max(1, first.resistant),
      resistant_share: last.resistant / Math.max(1, last.tumour),
      dominance_hour: dominant < 0 ? s.length : dominant + 1,
      drug_near_far: drugAtDistance(end, 1, 2) / Math.max(1e-6, drugAtDistance(end, 10, 60)),
    };
  },
  columns: {
    sensitive_ratio: 'sensitive tumour cells at the end / at the first dose',
    resistant_ratio: 'resistant cells at the end / at the first dose',
    resistant_share: 'resistant share of the tumour at the end',
    dominance_hour: `first hour the resistant share reaches ${DOMINANT} (run length if never)`,
    drug_near_far: 'mean drug 10–20 µm from a vessel / 100–600 µm from any vessel, at the end',
  },
  checks: (r) => [
    check(
      'constant dosing depletes sensitive cells (median ratio < 0.75 while they multiply without drug) and releases the resistant clone (share ≥ 0.8)',
      med(r, 1, 'sensitive_ratio') < 0.75 && med(r, 0, 'sensitive_ratio') > 1 && med(r, 1, 'resistant_share') >= 0.8,
      `sensitive ×${med(r, 1, 'sensitive_ratio').toFixed(2)} (no drug ×${med(r, 0, 'sensitive_ratio').toFixed(2)}), resistant share ${med(r, 1, 'resistant_share').toFixed(2)} (no drug ${med(r, 0, 'resistant_share').toFixed(2)})`,
    ),
    check(
      'pulsed dosing delays resistant dominance (median hour later than constant)',
      med(r, 2, 'dominance_hour') > med(r, 1, 'dominance_hour'),
      `constant h ${med(r, 1, 'dominance_hour').toFixed(0)}, pulsed h ${med(r, 2, 'dominance_hour').toFixed(0)} (never: the run length)`,
    ),
    check(
      'drug concentration falls with distance from vessels (median near / far ≥ 1.2 under constant dosing)',
      med(r, 1, 'drug_near_far') >= 1.2,
      `median ×${med(r, 1, 'drug_near_far').toFixed(2)}`,
    ),
  ],
};

export const SCENARIOS: readonly Scenario[] = [necroticCore, influx, phenotypes, adaptive, radiotherapy, chemo];
