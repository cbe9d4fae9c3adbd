/** The shape of a registry row and a constructor with the common defaults. */

export type ParamGroup =
  | 'Simulation'
  | 'Initial conditions'
  | 'Tumour'
  | 'Immune cells'
  | 'Suppressive cells'
  | 'Macrophages'
  | 'Microenvironment'
  | 'Therapies';
export type ParamKind = 'number' | 'integer' | 'boolean' | 'choice';

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
  /** For 'choice': the option names; the value is the index. */
  readonly options?: readonly string[];
  readonly group: ParamGroup;
  /** 'reset' parameters shape the initial lattice and take effect on the next reset. */
  readonly applies: 'live' | 'reset';
  readonly advanced?: boolean;
  readonly tooltip: string;
  readonly source: string;
}

type Row = Omit<ParamDef, 'kind' | 'applies'> & Partial<Pick<ParamDef, 'kind' | 'applies'>>;

export const num = (d: Row): ParamDef => ({ kind: 'number', applies: 'live', ...d });

/** A choice among named options; the value is the option's index. */
export const choice = (
  d: Omit<Row, 'min' | 'max' | 'step' | 'default' | 'unit'> & { options: readonly string[]; default: string },
): ParamDef => ({
  ...d,
  kind: 'choice',
  applies: d.applies ?? 'reset',
  unit: '',
  default: d.options.indexOf(d.default),
  min: 0,
  max: d.options.length - 1,
  step: 1,
});

/** A switch stored as 0 or 1. */
export const flag = (d: Omit<Row, 'min' | 'max' | 'step' | 'default' | 'unit'> & { default: boolean }): ParamDef => ({
  applies: 'live',
  ...d,
  kind: 'boolean',
  unit: '',
  default: d.default ? 1 : 0,
  min: 0,
  max: 1,
  step: 1,
});
