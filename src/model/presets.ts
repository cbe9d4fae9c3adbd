/**
 * Ready-made setups (issue: the three immune phenotypes, model.md §7 scenario 3): partial parameter
 * sets applied over the defaults. Keys are registry keys; tests check every value is valid.
 */
import { PARAMS, type ParamValues } from './registry';

export interface Preset {
  readonly key: string;
  readonly label: string;
  readonly description: string;
  readonly values: Readonly<ParamValues>;
}

export const PRESETS: readonly Preset[] = [
  {
    key: 'inflamed',
    label: 'Inflamed (hot) tumour',
    description: 'Highly antigenic tumour, vessels in and around it, strong T-cell recruitment, little stroma: T cells infiltrate and attack.',
    values: { tumorAntigenicity: 0.9, ctlRecruitmentRate: 0.3, vesselLayout: 0, vesselDensity: 0.006, ecmRingWidth: 0, ecmBackground: 0, cafDensity: 0.001 },
  },
  {
    key: 'excluded',
    label: 'Immune-excluded tumour',
    description: 'Antigenic tumour wrapped in a dense stroma ring laid by fibroblasts, with vessels only outside it: T cells gather at the ring but cannot get in.',
    values: { tumorAntigenicity: 0.9, ctlRecruitmentRate: 0.3, vesselLayout: 3, vesselDensity: 0.02, rimVesselDistance: 150, ecmRingWidth: 80, ecmRingDensity: 0.95, cafDensity: 0.02 },
  },
  {
    key: 'desert',
    label: 'Immune desert (cold) tumour',
    description: 'Tumour cells below the T-cell recognition threshold and no T-cell recruitment: nothing for the immune system to see or send.',
    values: { tumorAntigenicity: 0.2, ctlRecruitmentRate: 0 },
  },
];

export const PRESET_BY_KEY: ReadonlyMap<string, Preset> = new Map(PRESETS.map((p) => [p.key, p]));

/** `current` with every non-Simulation parameter set from the preset, or to its default. */
export function presetValues(key: string, current: Readonly<ParamValues>): ParamValues {
  const preset = PRESET_BY_KEY.get(key);
  if (!preset) throw new RangeError(`no preset '${key}' (have: ${PRESETS.map((p) => p.key).join(', ')})`);
  const out = { ...current };
  for (const p of PARAMS) if (p.group !== 'Simulation') out[p.key] = preset.values[p.key] ?? p.default;
  return out;
}
