/**
 * The validation scenarios of model.md §7 (1–4, without therapy), as data: the parameters of each
 * arm, the measures taken from a run's hourly statistics, and the qualitative check the model must
 * pass across seeds. `npm run validate` runs them over ≥ 10 seeds; the test suite runs reduced
 * versions (fewer seeds, smaller lattices) with the same checks.
 */
import { PRESET_BY_KEY } from '../presets';
import { PHENOTYPE_EXCLUDED, PHENOTYPE_INFLAMED, PHENOTYPE_DESERT, PHENOTYPE_NO_TUMOUR } from '../readouts';
import type { ParamValues } from '../registry';
import type { HourStats } from '../stats';
import { SITE_UM } from '../tables';
import { median } from './stats-math';

export interface Arm {
  readonly label: string;
  readonly values: Readonly<ParamValues>;
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
  /** Measures of one run (named numbers). */
  readonly measure: (series: readonly HourStats[]) => Record<string, number>;
  readonly checks: (results: ArmResults) => Check[];
  /** Measure names shown in the report, with their meaning. */
  readonly columns: Readonly<Record<string, string>>;
}

const NO_IMMUNE: ParamValues = { ctlRecruitmentRate: 0, mdscRecruitment: 0, macRecruitment: 0, macrophageDensity: 0, cafDensity: 0 };
const at = (series: readonly HourStats[], hour: number): HourStats => series[Math.min(series.length, Math.max(1, hour)) - 1];
const tumourRatio = (series: readonly HourStats[]): number => series.at(-1)!.counts.tumour / Math.max(1, series[0].counts.tumour);
const check = (statement: string, holds: boolean, detail: string): Check => ({ statement, holds, detail });
const med = (r: ArmResults, arm: number, key: string): number => median(r[arm][key]);
const share = (values: number[], ok: (v: number) => boolean): number => values.filter(ok).length / Math.max(1, values.length);

const necroticCore: Scenario = {
  id: 'necrotic-core',
  title: '1. Necrotic core',
  expectation: 'One tumour disk, vessels at the domain edge, no immune cells: growth is rim-limited and roughly linear in radius; a viable rim ≈ 100–200 µm surrounds a necrotic core once the tumour is large.',
  size: 128,
  hours: 300,
  arms: [{ label: 'untreated, edge vessels', values: { ...NO_IMMUNE, vesselLayout: 1, tumorRadius: 300 } }],
  measure: (s) => {
    const c = s.at(-1)!.counts;
    const outer = SITE_UM * Math.sqrt((c.tumour + c.necrotic) / Math.PI);
    const core = SITE_UM * Math.sqrt(c.necrotic / Math.PI);
    const radius = (h: number): number => SITE_UM * Math.sqrt((at(s, h).counts.tumour + at(s, h).counts.necrotic) / Math.PI);
    const third = Math.floor(s.length / 3);
    return {
      necrotic_fraction: c.necrotic_fraction,
      viable_rim_um: outer - core,
      radius_um: outer,
      speed_early_um_per_day: ((radius(2 * third) - radius(third)) / third) * 24,
      speed_late_um_per_day: ((radius(3 * third) - radius(2 * third)) / third) * 24,
    };
  },
  columns: {
    necrotic_fraction: 'necrotic / (tumour + necrotic) at the end',
    viable_rim_um: 'outer radius − core radius (µm)',
    radius_um: 'outer radius (µm)',
    speed_early_um_per_day: 'radial growth, middle third (µm/day)',
    speed_late_um_per_day: 'radial growth, last third (µm/day)',
  },
  checks: (r) => [
    check('a necrotic core forms (median necrotic fraction ≥ 5 %)', med(r, 0, 'necrotic_fraction') >= 0.05, `median ${med(r, 0, 'necrotic_fraction').toFixed(3)}`),
    check('the viable rim is 100–200 µm (accepted 80–250 µm)', med(r, 0, 'viable_rim_um') >= 80 && med(r, 0, 'viable_rim_um') <= 250, `median ${med(r, 0, 'viable_rim_um').toFixed(0)} µm`),
    check(
      'growth does not accelerate as the tumour enlarges (late radial speed ≤ earlier speed + 2 µm/day)',
      med(r, 0, 'speed_late_um_per_day') <= med(r, 0, 'speed_early_um_per_day') + 2,
      `median speeds ${med(r, 0, 'speed_early_um_per_day').toFixed(1)} → ${med(r, 0, 'speed_late_um_per_day').toFixed(1)} µm/day`,
    ),
    check(
      'radial growth goes on at a steady positive speed (both speeds > 2 µm/day, ratio 0.4–2.5)',
      med(r, 0, 'speed_early_um_per_day') > 2 && med(r, 0, 'speed_late_um_per_day') > 2 && med(r, 0, 'speed_late_um_per_day') / med(r, 0, 'speed_early_um_per_day') >= 0.4 && med(r, 0, 'speed_late_um_per_day') / med(r, 0, 'speed_early_um_per_day') <= 2.5,
      `median speeds ${med(r, 0, 'speed_early_um_per_day').toFixed(1)} → ${med(r, 0, 'speed_late_um_per_day').toFixed(1)} µm/day`,
    ),
  ],
};

const INFLUX_BASE = 0.01;
const influx: Scenario = {
  id: 'influx-dose-response',
  title: '2. Immune influx dose–response',
  expectation: 'Low stroma; CTL influx ×1, ×2, ×4, ×8 → a monotone shift from escape to control to eradication; killing happens at the invasive margin.',
  size: 128,
  hours: 300,
  arms: [1, 2, 4, 8].map((m) => ({ label: `influx ×${m}`, values: { tumorAntigenicity: 0.9, ctlRecruitmentRate: INFLUX_BASE * m, cafDensity: 0, ecmBackground: 0 } })),
  measure: (s) => {
    let margin = 0;
    let inside = 0;
    for (const h of s) {
      margin += h.counts.cd8_margin;
      inside += h.counts.cd8_inside;
    }
    return { tumour_ratio: tumourRatio(s), margin_share: margin / Math.max(1, margin + inside), eradicated: s.at(-1)!.counts.tumour === 0 ? 1 : 0 };
  },
  columns: { tumour_ratio: 'tumour cells at the end / at the start', margin_share: 'share of tumour-contacting CD8 cells at the margin (not inside), over the run', eradicated: '1 when no tumour cell is left' },
  checks: (r) => {
    const ratios = r.map((_, i) => med(r, i, 'tumour_ratio'));
    return [
      check('the tumour ratio falls monotonically with influx (medians)', ratios.every((x, i) => i === 0 || x <= ratios[i - 1] + 0.02), ratios.map((x) => x.toFixed(2)).join(' → ')),
      check('×1 escapes (median ratio > 1)', ratios[0] > 1, `×1 median ${ratios[0].toFixed(2)}`),
      check('×8 controls or eradicates (median ratio < 0.5)', ratios[3] < 0.5, `×8 median ${ratios[3].toFixed(2)}, eradicated in ${(100 * share(r[3].eradicated, (v) => v === 1)).toFixed(0)} % of seeds`),
      check('killing happens at the margin (median margin share ≥ 0.6 in every arm)', r.every((_, i) => med(r, i, 'margin_share') >= 0.6), r.map((_, i) => med(r, i, 'margin_share').toFixed(2)).join(', ')),
    ];
  },
};

const phenotypeAt = (s: readonly HourStats[], hour: number): number => at(s, hour).counts.phenotype;
const phenotypes: Scenario = {
  id: 'immune-phenotypes',
  title: '3. Immune phenotypes (untreated arms; the anti-PD-1 arms come with the therapies)',
  expectation: 'The inflamed, excluded and desert setups are recognised as such by the CD8 readouts, and the inflamed tumour is controlled better than the other two.',
  size: 128,
  hours: 150,
  arms: ['inflamed', 'excluded', 'desert'].map((k) => ({ label: PRESET_BY_KEY.get(k)!.label, values: PRESET_BY_KEY.get(k)!.values })),
  measure: (s) => ({ phenotype_h48: phenotypeAt(s, 48), phenotype_end: phenotypeAt(s, s.length), tumour_ratio: tumourRatio(s) }),
  columns: { phenotype_h48: 'phenotype label at hour 48 (0 desert, 1 excluded, 2 inflamed, −1 no tumour)', phenotype_end: 'label at the end', tumour_ratio: 'tumour cells at the end / at the start' },
  checks: (r) => {
    const inflamedOk = share(r[0].phenotype_h48, (v) => v === PHENOTYPE_INFLAMED);
    const excludedOk = share(r[1].phenotype_h48, (v) => v === PHENOTYPE_EXCLUDED);
    const desertOk = share(r[2].phenotype_h48, (v) => v === PHENOTYPE_DESERT);
    return [
      check('inflamed setup labelled inflamed at hour 48 in ≥ 80 % of seeds', inflamedOk >= 0.8, `${(100 * inflamedOk).toFixed(0)} %`),
      check('excluded setup labelled excluded at hour 48 in ≥ 80 % of seeds', excludedOk >= 0.8, `${(100 * excludedOk).toFixed(0)} %`),
      check('desert setup labelled desert at hour 48 in ≥ 80 % of seeds', desertOk >= 0.8, `${(100 * desertOk).toFixed(0)} %`),
      check(
        'the inflamed tumour shrinks most (median ratio below both others)',
        med(r, 0, 'tumour_ratio') < med(r, 1, 'tumour_ratio') && med(r, 0, 'tumour_ratio') < med(r, 2, 'tumour_ratio'),
        r.map((_, i) => med(r, i, 'tumour_ratio').toFixed(2)).join(' / ') + ` (no tumour at the end: ${(100 * share(r[0].phenotype_end, (v) => v === PHENOTYPE_NO_TUMOUR)).toFixed(0)} % of inflamed seeds)`,
      ),
    ];
  },
};

const adaptive: Scenario = {
  id: 'adaptive-resistance',
  title: '4. Adaptive resistance (untreated arms; the anti-PD-1 rescue comes with the therapies)',
  expectation: 'Inflamed tumour with PD-L1 baseline 0: with IFN-γ-induced PD-L1 a PD-L1+ tumour appears where T cells act, exhaustion rises and control falls, compared with induction switched off.',
  size: 128,
  hours: 200,
  arms: [true, false].map((on) => ({ label: `IFN-γ → PD-L1 ${on ? 'on' : 'off'}`, values: { tumorAntigenicity: 0.9, tumorPdl1: 0, ctlRecruitmentRate: 0.03, ifnInducesPdl1: on ? 1 : 0 } })),
  measure: (s) => {
    const last = s.slice(-50);
    const mean = (f: (h: HourStats) => number): number => last.reduce((sum, h) => sum + f(h), 0) / last.length;
    return {
      pdl1_positive: mean((h) => h.counts.pdl1_positive_fraction),
      exhausted_share: mean((h) => h.counts.ctl_exhausted_signalled / Math.max(1, h.counts.CTL)),
      tumour_ratio: tumourRatio(s),
    };
  },
  columns: { pdl1_positive: 'PD-L1+ share of tumour cells, mean of the last 50 h', exhausted_share: 'share of CD8 cells exhausted by signalling (kills left), mean of the last 50 h', tumour_ratio: 'tumour cells at the end / at the start' },
  checks: (r) => [
    check('PD-L1+ tumour appears only with induction on (median > 0.2 vs < 0.05)', med(r, 0, 'pdl1_positive') > 0.2 && med(r, 1, 'pdl1_positive') < 0.05, `${med(r, 0, 'pdl1_positive').toFixed(2)} vs ${med(r, 1, 'pdl1_positive').toFixed(2)}`),
    check('signalling-driven exhaustion is higher with induction on (median)', med(r, 0, 'exhausted_share') > med(r, 1, 'exhausted_share'), `${med(r, 0, 'exhausted_share').toFixed(2)} vs ${med(r, 1, 'exhausted_share').toFixed(2)}`),
    check('control falls with induction on (median tumour ratio higher)', med(r, 0, 'tumour_ratio') > med(r, 1, 'tumour_ratio'), `${med(r, 0, 'tumour_ratio').toFixed(2)} vs ${med(r, 1, 'tumour_ratio').toFixed(2)}`),
  ],
};

export const SCENARIOS: readonly Scenario[] = [necroticCore, influx, phenotypes, adaptive];
