/**
 * The parameter registry: every user-facing parameter, described once. The GUI, URL state,
 * validation, GPU packing (src/model/tables.ts) and docs/parameters.md are all generated from it.
 */

export type ParamGroup = 'Simulation' | 'Initial conditions' | 'Tumour' | 'Immune cells' | 'Microenvironment';
export type ParamKind = 'number' | 'integer' | 'boolean';

export interface ParamDef {
  readonly key: string;
  readonly label: string;
  /** Unit as shown after the label; '' for dimensionless. */
  readonly unit: string;
  readonly default: number;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly kind: ParamKind;
  readonly group: ParamGroup;
  /** 'reset' parameters shape the initial lattice and take effect on the next reset. */
  readonly applies: 'live' | 'reset';
  readonly advanced?: boolean;
  readonly tooltip: string;
  readonly source: string;
}

const num = (d: Omit<ParamDef, 'kind' | 'applies'> & Partial<Pick<ParamDef, 'kind' | 'applies'>>): ParamDef => ({
  kind: 'number',
  applies: 'live',
  ...d,
});

export const PARAMS: readonly ParamDef[] = [
  // Simulation
  num({ key: 'latticeSize', label: 'Lattice side', unit: 'sites', default: 512, min: 64, max: 16384, step: 16, kind: 'integer', group: 'Simulation', applies: 'reset', tooltip: 'Sites per side of the square lattice; one site is 10 µm. The largest side the GPU allows is checked when it is applied.', source: 'model.md §1' }),
  num({ key: 'seed', label: 'Seed', unit: '', default: 1, min: 0, max: 4294967295, step: 1, kind: 'integer', group: 'Simulation', applies: 'reset', tooltip: 'Seed of every random decision. The same seed and parameters give the same lattice on every GPU and in the CPU twin.', source: 'architecture.md §2' }),
  num({ key: 'substeps', label: 'Motility sub-steps', unit: 'per h', default: 8, min: 1, max: 32, step: 1, kind: 'integer', group: 'Simulation', tooltip: 'Immune-cell moves per model hour (8 = one every 7.5 min).', source: 'Kather 2017 (96 per 12 h)' }),
  num({ key: 'fieldSweepsPerHour', label: 'Field sweeps', unit: 'per h', default: 16, min: 1, max: 256, step: 1, kind: 'integer', group: 'Simulation', advanced: true, tooltip: 'Red-black SOR sweeps that relax O2 and chemokine towards steady state each hour (warm-started).', source: 'architecture.md §3' }),
  num({ key: 'fieldResetSweeps', label: 'Field sweeps at reset', unit: '', default: 600, min: 0, max: 20000, step: 1, kind: 'integer', group: 'Simulation', applies: 'reset', advanced: true, tooltip: 'Sweeps run once at reset so the fields start converged.', source: 'architecture.md §3' }),
  num({ key: 'sorOmega', label: 'SOR relaxation ω', unit: '', default: 1.8, min: 1, max: 1.98, step: 0.01, group: 'Simulation', advanced: true, tooltip: 'Over-relaxation factor of the field solver; 1 is Gauss-Seidel.', source: 'architecture.md §3' }),

  // Initial conditions
  num({ key: 'tumorRadius', label: 'Initial tumour radius', unit: 'µm', default: 200, min: 10, max: 5000, step: 10, group: 'Initial conditions', applies: 'reset', tooltip: 'Radius of the tumour disk seeded at the centre.', source: 'model.md §7' }),
  num({ key: 'vesselDensity', label: 'Vessel density', unit: 'fraction', default: 0.004, min: 0, max: 0.05, step: 0.001, group: 'Initial conditions', applies: 'reset', tooltip: 'Fraction of sites outside the tumour that hold a blood vessel (O2 source, T-cell port).', source: 'architecture.md §3 (1 % in the solver study)' }),
  num({ key: 'edgeVessels', label: 'Vessels on the edge', unit: '', default: 0, min: 0, max: 1, step: 1, kind: 'boolean', group: 'Initial conditions', applies: 'reset', tooltip: 'Line the domain boundary with vessels (the necrotic-core scenario).', source: 'model.md §7 scenario 1' }),
  num({ key: 'tumorAntigenicity', label: 'Tumour antigenicity', unit: '0–1', default: 0.7, min: 0, max: 1, step: 0.01, group: 'Initial conditions', applies: 'reset', tooltip: 'How visible tumour cells are to T cells; below the activation threshold they are ignored.', source: 'Kather 2017' }),
  num({ key: 'tumorPdl1', label: 'Tumour PD-L1', unit: '0–1', default: 0.1, min: 0, max: 1, step: 0.01, group: 'Initial conditions', applies: 'reset', tooltip: 'PD-L1 expression of the seeded tumour cells (inherited by daughters).', source: 'spQSP-IO' }),

  // Tumour
  num({ key: 'tumorDoublingTime', label: 'Doubling time', unit: 'h', default: 23, min: 4, max: 500, step: 1, group: 'Tumour', tooltip: 'Cycle time with ample oxygen; division needs a free neighbour (no pushing).', source: 'PhysiCell cancer-immune' }),
  num({ key: 'divisionO2Half', label: 'Division O2 half-max', unit: 'mmHg', default: 21.5, min: 0.5, max: 60, step: 0.5, group: 'Tumour', tooltip: 'Oxygen at which division runs at half speed (Hill, n = 4).', source: 'PhysiCell cancer-immune' }),
  num({ key: 'tumorApoptosisRate', label: 'Apoptosis', unit: '1/h', default: 0.0032, min: 0, max: 0.5, step: 0.0001, group: 'Tumour', tooltip: 'Background programmed death; the site is freed.', source: 'PhysiCell rules grammar (5.3e-5/min)' }),
  num({ key: 'necrosisRate', label: 'Necrosis (max)', unit: '1/h', default: 0.168, min: 0, max: 5, step: 0.001, group: 'Tumour', tooltip: 'Death by hypoxia at zero oxygen; leaves necrotic debris.', source: 'PhysiCell rules grammar' }),
  num({ key: 'necrosisO2Half', label: 'Necrosis O2 half-max', unit: 'mmHg', default: 3.75, min: 0.25, max: 30, step: 0.25, group: 'Tumour', tooltip: 'Oxygen below which necrosis sets in (falling Hill, n = 8).', source: 'PhysiCell rules grammar' }),
  num({ key: 'tumorMigrationRate', label: 'Migration', unit: '1/h', default: 0.035, min: 0, max: 1, step: 0.005, group: 'Tumour', tooltip: 'Tumour cell moves into a free neighbour.', source: 'Kather 2017 (0.35 per 12 h)' }),
  num({ key: 'necroticClearanceRate', label: 'Debris clearance', unit: '1/h', default: 0.02, min: 0, max: 1, step: 0.001, group: 'Tumour', tooltip: 'Necrotic debris becomes free tissue again.', source: 'model.md §4' }),

  // Immune cells
  num({ key: 'ctlRecruitmentRate', label: 'CTL recruitment', unit: '1/h per vessel', default: 0.1, min: 0, max: 5, step: 0.005, group: 'Immune cells', tooltip: 'T-cell influx at a vessel with a free neighbour under saturating chemokine; 0 gives an immune desert.', source: 'Kather 2017; spQSP vascular ports' }),
  num({ key: 'recruitChemokineHalf', label: 'Recruitment chemokine half-max', unit: 'C units', default: 0.05, min: 0.001, max: 1, step: 0.001, group: 'Immune cells', advanced: true, tooltip: 'Chemokine at the vessel giving half the maximal influx (Hill, n = 1).', source: 'model.md §4' }),
  num({ key: 'ctlMoveProb', label: 'CTL move chance', unit: 'per sub-step', default: 0.8, min: 0, max: 1, step: 0.01, group: 'Immune cells', tooltip: 'Chance that a free T cell moves in each sub-step.', source: 'model.md §4' }),
  num({ key: 'ctlRandomWeight', label: 'CTL random-walk weight', unit: '0–1', default: 0.5, min: 0, max: 1, step: 0.05, group: 'Immune cells', tooltip: '0 = strictly up the chemokine gradient, 1 = pure random walk.', source: 'Kather 2017 (IMrwalk 0.5–0.8)' }),
  num({ key: 'ctlActivationAntigen', label: 'Activation antigen threshold', unit: '0–1', default: 0.3, min: 0, max: 1, step: 0.01, group: 'Immune cells', tooltip: 'T cells activate on contact with tumour cells at least this antigenic, and kill only those.', source: 'model.md §4' }),
  num({ key: 'ctlKillRate', label: 'Kill rate', unit: '1/h', default: 1, min: 0, max: 20, step: 0.05, group: 'Immune cells', tooltip: 'Killing rate of an activated T cell touching a fully antigenic, PD-L1-negative tumour cell.', source: 'model.md §4 (tuned)' }),
  num({ key: 'ctlKillCapacity', label: 'Kill capacity', unit: 'kills', default: 5, min: 1, max: 15, step: 1, kind: 'integer', group: 'Immune cells', tooltip: 'Kills a T cell can make before it is exhausted.', source: 'Kather 2017' }),
  num({ key: 'ctlEngagementTime', label: 'Engagement after a kill', unit: 'h', default: 6, min: 0, max: 15, step: 1, kind: 'integer', group: 'Immune cells', tooltip: 'Hours a T cell neither moves nor kills after a kill.', source: 'model.md §4' }),
  num({ key: 'pdl1SuppressionHalf', label: 'PD-L1 suppression half-max', unit: '0–1', default: 0.5, min: 0.01, max: 1, step: 0.01, group: 'Immune cells', advanced: true, tooltip: 'PD-L1 level that halves killing (Hill, n = 2).', source: 'spQSP-IO' }),
  num({ key: 'ctlDeathRate', label: 'CTL death', unit: '1/h', default: 1 / 240, min: 0, max: 1, step: 0.0001, group: 'Immune cells', tooltip: 'T-cell death (mean life 10 days).', source: 'model.md §4' }),

  // Microenvironment
  num({ key: 'o2Vessel', label: 'Vessel O2', unit: 'mmHg', default: 38, min: 0, max: 60, step: 0.5, group: 'Microenvironment', tooltip: 'Oxygen held at vessel sites.', source: 'PhysiCell cancer-immune' }),
  num({ key: 'o2Diffusion', label: 'O2 diffusion', unit: 'µm²/min', default: 1e5, min: 1e3, max: 1e6, step: 1e3, group: 'Microenvironment', advanced: true, tooltip: 'Diffusion coefficient of oxygen.', source: 'PhysiCell cancer-immune' }),
  num({ key: 'o2Decay', label: 'O2 decay', unit: '1/min', default: 0.1, min: 0, max: 10, step: 0.01, group: 'Microenvironment', advanced: true, tooltip: 'Background oxygen loss everywhere.', source: 'PhysiCell cancer-immune' }),
  num({ key: 'o2UptakeTumor', label: 'O2 uptake, tumour', unit: '1/min', default: 10, min: 0, max: 100, step: 0.5, group: 'Microenvironment', tooltip: 'Oxygen consumption per tumour cell; sets the ≈ 100 µm diffusion length.', source: 'PhysiCell cancer-immune' }),
  num({ key: 'o2UptakeImmune', label: 'O2 uptake, immune', unit: '1/min', default: 1, min: 0, max: 100, step: 0.5, group: 'Microenvironment', advanced: true, tooltip: 'Oxygen consumption per immune cell.', source: 'PhysiCell cancer-immune' }),
  num({ key: 'chemokineDiffusion', label: 'Chemokine diffusion', unit: 'µm²/min', default: 1e3, min: 10, max: 1e5, step: 10, group: 'Microenvironment', advanced: true, tooltip: 'Diffusion coefficient of the CXCL9/10-like chemokine.', source: 'PhysiCell immunostimulatory factor' }),
  num({ key: 'chemokineDecay', label: 'Chemokine decay', unit: '1/min', default: 0.016, min: 0.0001, max: 1, step: 0.001, group: 'Microenvironment', advanced: true, tooltip: 'Chemokine loss (≈ 250 µm length scale).', source: 'PhysiCell immunostimulatory factor' }),
  num({ key: 'chemokineTumor', label: 'Chemokine, live tumour', unit: 'C/min', default: 0.002, min: 0, max: 1, step: 0.0005, group: 'Microenvironment', tooltip: 'Chemokine secreted per live tumour cell.', source: 'model.md §3' }),
  num({ key: 'chemokineNecrotic', label: 'Chemokine, necrotic', unit: 'C/min', default: 0.004, min: 0, max: 1, step: 0.0005, group: 'Microenvironment', tooltip: 'Chemokine released by dying (necrotic) tumour cells.', source: 'model.md §3' }),
  num({ key: 'hypoxiaO2', label: 'Hypoxia threshold', unit: 'mmHg', default: 8, min: 0, max: 40, step: 0.5, group: 'Microenvironment', advanced: true, tooltip: 'Tumour cells below this oxygen count as hypoxic in the readouts.', source: 'spQSP-PDAC' }),
];

export type ParamValues = Record<string, number>;

export const PARAM_BY_KEY: ReadonlyMap<string, ParamDef> = new Map(PARAMS.map((p) => [p.key, p]));

export function defaultValues(): ParamValues {
  return Object.fromEntries(PARAMS.map((p) => [p.key, p.default]));
}

/** Checks one value; returns an error message naming the parameter, or null when it is valid. */
export function checkValue(def: ParamDef, value: number): string | null {
  if (!Number.isFinite(value)) return `${def.key}: '${value}' is not a number`;
  if (value < def.min || value > def.max) return `${def.key}: ${value} is outside ${def.min}…${def.max}${def.unit ? ' ' + def.unit : ''}`;
  if (def.kind !== 'number' && !Number.isInteger(value)) return `${def.key}: ${value} must be a whole number`;
  return null;
}

export const clampValue = (def: ParamDef, value: number): number => {
  const v = Math.min(def.max, Math.max(def.min, value));
  return def.kind === 'number' ? v : Math.round(v);
};

/** Parses 'true'/'false' for booleans and plain numbers otherwise; NaN when unreadable. */
export function parseValue(def: ParamDef, text: string): number {
  const t = text.trim();
  if (def.kind === 'boolean' && (t === 'true' || t === 'false')) return t === 'true' ? 1 : 0;
  return t === '' ? NaN : Number(t);
}

/** Applies `key=value` overrides to defaults; every problem is reported, none is silently dropped. */
export function valuesFromOverrides(overrides: ReadonlyArray<readonly [string, string]>): { values: ParamValues; errors: string[] } {
  const values = defaultValues();
  const errors: string[] = [];
  for (const [key, text] of overrides) {
    const def = PARAM_BY_KEY.get(key);
    if (!def) {
      errors.push(`unknown parameter '${key}'`);
      continue;
    }
    const value = parseValue(def, text);
    const problem = checkValue(def, value);
    if (problem) errors.push(problem);
    else values[key] = value;
  }
  return { values, errors };
}
