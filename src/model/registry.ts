/**
 * The parameter registry: every user-facing parameter, described once. The GUI, URL state,
 * validation, GPU packing (src/model/tables.ts) and docs/parameters.md are all generated from it.
 */

export type { ParamDef, ParamGroup, ParamKind } from './params/define';
import type { ParamDef } from './params/define';
import { SIMULATION_PARAMS } from './params/simulation';
import { INITIAL_PARAMS } from './params/initial';
import { TUMOUR_PARAMS } from './params/tumour';
import { IMMUNE_PARAMS } from './params/immune';
import { SUPPRESSIVE_PARAMS } from './params/suppressive';
import { ENVIRONMENT_PARAMS } from './params/environment';
import { THERAPY_PARAMS } from './params/therapy';

export const PARAMS = [
  ...SIMULATION_PARAMS,
  ...INITIAL_PARAMS,
  ...TUMOUR_PARAMS,
  ...IMMUNE_PARAMS,
  ...SUPPRESSIVE_PARAMS,
  ...ENVIRONMENT_PARAMS,
  ...THERAPY_PARAMS,
] as const satisfies readonly ParamDef[];

/** Every registry key: a misspelt key is a type error. */
export type ParamKey = (typeof PARAMS)[number]['key'];

/** A value for every parameter (booleans as 0/1, choices as the option's index). */
export type ParamValues = Record<ParamKey, number>;

/** Some parameters, e.g. what a scenario or a link sets over the defaults. */
export type ParamOverrides = Partial<ParamValues>;

export const PARAM_BY_KEY: ReadonlyMap<string, ParamDef<ParamKey>> = new Map(PARAMS.map((p) => [p.key, p]));

/** Narrows text from outside (a link, a file, a flag) to a registry key. */
export const isParamKey = (key: string): key is ParamKey => PARAM_BY_KEY.has(key);

export function defaultValues(): ParamValues {
  return Object.fromEntries(PARAMS.map((p) => [p.key, p.default])) as ParamValues;
}

/** Checks one value; returns an error message naming the parameter, or null when it is valid. */
export function checkValue(def: ParamDef, value: number): string | null {
  if (!Number.isFinite(value)) return `${def.key}: '${value}' is not a number`;
  if (value < def.min || value > def.max)
    return `${def.key}: ${value} is outside ${def.min}…${def.max}${def.unit ? ' ' + def.unit : ''}`;
  if (def.kind !== 'number' && !Number.isInteger(value)) return `${def.key}: ${value} must be a whole number`;
  return null;
}

export const clampValue = (def: ParamDef, value: number): number => {
  const v = Math.min(def.max, Math.max(def.min, value));
  return def.kind === 'number' ? v : Math.round(v);
};

/** Parses 'true'/'false' for booleans, option names for choices, plain numbers otherwise; NaN when unreadable. */
export function parseValue(def: ParamDef, text: string): number {
  const t = text.trim();
  if (def.kind === 'boolean' && (t === 'true' || t === 'false')) return t === 'true' ? 1 : 0;
  if (def.kind === 'choice' && def.options!.includes(t)) return def.options!.indexOf(t);
  return t === '' ? NaN : Number(t);
}

/** Applies `key=value` overrides to defaults; every problem is reported, none is silently dropped. */
export function valuesFromOverrides(overrides: ReadonlyArray<readonly [string, string]>): {
  values: ParamValues;
  errors: string[];
} {
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
    else values[def.key] = value;
  }
  return { values, errors };
}

/** The value as a person reads it: option names, on/off, plain numbers. */
export function formatValue(def: ParamDef, value: number): string {
  if (def.kind === 'choice') return def.options![value] ?? String(value);
  if (def.kind === 'boolean') return value ? 'true' : 'false';
  return String(value);
}

/** Keys with duplicates or rows whose default is out of range would corrupt every consumer. */
const seen = new Set<string>();
for (const p of PARAMS) {
  if (seen.has(p.key)) throw new Error(`registry: duplicate key ${p.key}`);
  seen.add(p.key);
}
