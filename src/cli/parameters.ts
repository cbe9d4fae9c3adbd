/**
 * The run's parameter values: registry defaults, then a --params file, then the command-line
 * overrides (which win), every value checked through the registry. Pure, like args.ts.
 */
import { PRESET_BY_KEY } from '../model/presets';
import { PARAM_BY_KEY, PARAMS, valuesFromOverrides, type ParamValues } from '../model/registry';

export interface ParamsFile {
  /** File name, to prefix its errors. */
  name: string;
  /** The parsed JSON. */
  data: unknown;
}

type Overrides = ReadonlyArray<readonly [string, string]>;

/** Merges defaults, the file and the overrides; reports every problem, naming the key. */
export function resolveValues(
  file: ParamsFile | null,
  overrides: Overrides,
  preset: string | null = null,
): { values: ParamValues; errors: string[] } {
  const errors: string[] = [];
  const presetEntries: Array<[string, string]> = Object.entries(
    preset ? (PRESET_BY_KEY.get(preset)?.values ?? {}) : {},
  ).map(([k, v]) => [k, String(v)]);
  const entries = file ? fileEntries(file, errors) : [];
  errors.push(...valuesFromOverrides(overrides).errors.map(withSuggestion));
  return { values: valuesFromOverrides([...presetEntries, ...entries, ...overrides]).values, errors };
}

/** The file's entries as key=text pairs for the registry; problems go to `errors`, prefixed with the file name. */
function fileEntries({ name, data }: ParamsFile, errors: string[]): Array<[string, string]> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    errors.push(`${name}: expected a JSON object of parameter key → value`);
    return [];
  }
  const entries: Array<[string, string]> = [];
  for (const [key, value] of Object.entries(data)) {
    // The registry reports unknown keys and reads 'true'/'false' for boolean parameters; it checks the rest.
    const def = PARAM_BY_KEY.get(key);
    const named = typeof value === 'string' && def?.kind === 'choice';
    if (!def || typeof value === 'number' || named || (typeof value === 'boolean' && def.kind === 'boolean'))
      entries.push([key, String(value)]);
    else {
      const wanted =
        def.kind === 'boolean'
          ? 'true, false, 0 or 1'
          : def.kind === 'choice'
            ? `one of ${def.options!.join(', ')}`
            : 'a number';
      errors.push(`${name}: ${key}: expected ${wanted}, got ${JSON.stringify(value)}`);
    }
  }
  errors.push(...valuesFromOverrides(entries).errors.map((m) => `${name}: ${withSuggestion(m)}`));
  return entries;
}

/** Adds "did you mean …?" to the registry's unknown-parameter message when a key is close. */
export function withSuggestion(message: string): string {
  const unknown = /^unknown parameter '(.*)'$/.exec(message);
  if (!unknown) return message;
  const near = closestKey(unknown[1]);
  return near ? `${message} (did you mean ${near}?)` : `${message} (see --help for the list)`;
}

function closestKey(key: string): string | null {
  let best: string | null = null;
  let bestDistance = Math.max(2, Math.floor(key.length / 4)) + 1;
  for (const p of PARAMS) {
    const d = editDistance(key.toLowerCase(), p.key.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [p.key, d];
  }
  return best;
}

/** Levenshtein distance, one row at a time. */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}
