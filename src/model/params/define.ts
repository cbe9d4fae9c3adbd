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

/** One registry row; `K` is its key, a string literal, so the registry's keys form a union type. */
export interface ParamDef<K extends string = string> {
  readonly key: K;
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

type Row<K extends string> = Omit<ParamDef<K>, 'kind' | 'applies'> & Partial<Pick<ParamDef, 'kind' | 'applies'>>;
type Fixed = 'min' | 'max' | 'step' | 'default' | 'unit';

export const num = <const K extends string>(d: Row<K>): ParamDef<K> => ({ kind: 'number', applies: 'live', ...d });

/** A choice among named options; the value is the option's index. */
export const choice = <const K extends string>(
  d: Omit<Row<K>, Fixed> & { options: readonly string[]; default: string },
): ParamDef<K> => ({
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
export const flag = <const K extends string>(d: Omit<Row<K>, Fixed> & { default: boolean }): ParamDef<K> => ({
  applies: 'live',
  ...d,
  kind: 'boolean',
  unit: '',
  default: d.default ? 1 : 0,
  min: 0,
  max: 1,
  step: 1,
});
