/**
 * Command-line flags of `npm run sim`, parsed by node:util's parseArgs (strict) into options or a
 * list of errors. Pure: nothing is read or written here, so tests call it without spawning.
 */
import { PRESET_BY_KEY } from '../model/presets';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { valuesFromOverrides } from '../model/registry';
import { parseDoseFlag, type DoseEvent } from '../model/therapy/schedule';
import { withSuggestion } from './parameters';

export type Backend = 'gpu' | 'cpu';

export interface CliOptions {
  help: boolean;
  backend: Backend;
  hours: number;
  /** Record every Nth hour. */
  every: number;
  out: string | null;
  json: string | null;
  hash: boolean;
  quiet: boolean;
  paramsFile: string | null;
  /** A ready-made setup (src/model/presets.ts) applied first; --params and --set override it. */
  preset: string | null;
  /** A dose schedule file (tme-schedule/1), read by sim.ts. */
  scheduleFile: string | null;
  /** Dose events from repeated --dose flags, added to the schedule file's. */
  doses: DoseEvent[];
  /** Registry `key=value` overrides from --set, --size and --seed, in command-line order (the last wins). */
  overrides: Array<[string, string]>;
}

export type ParsedArgs = { ok: true; options: CliOptions } | { ok: false; errors: string[] };

export const DEFAULT_HOURS = 100;
/** The RNG's tick counter wraps after 2^26 hours; a million hours (114 years) is far below that. */
const MAX_HOURS = 1_000_000;

const FLAGS = {
  backend: { type: 'string' },
  hours: { type: 'string' },
  size: { type: 'string' },
  seed: { type: 'string' },
  set: { type: 'string', multiple: true },
  params: { type: 'string' },
  preset: { type: 'string' },
  schedule: { type: 'string' },
  dose: { type: 'string', multiple: true },
  every: { type: 'string' },
  out: { type: 'string' },
  json: { type: 'string' },
  hash: { type: 'boolean' },
  quiet: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies NonNullable<ParseArgsConfig['options']>;

/** Shorthand flags for registry keys. */
const SHORTHANDS: Readonly<Record<string, string>> = { size: 'latticeSize', seed: 'seed' };

const defaults = (): CliOptions => ({
  help: false,
  backend: 'gpu',
  hours: DEFAULT_HOURS,
  every: 1,
  out: null,
  json: null,
  hash: false,
  quiet: false,
  paramsFile: null,
  preset: null,
  scheduleFile: null,
  doses: [],
  overrides: [],
});

/** Parses argv (without the node and script paths) into options, or every problem found. */
export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  // --help wins over everything else, even over flags that would not parse.
  if (argv.includes('--help') || argv.includes('-h')) return { ok: true, options: { ...defaults(), help: true } };
  const parsed = tryParse(argv);
  if (typeof parsed === 'string') return { ok: false, errors: [parsed] };
  const { values, tokens } = parsed;
  const errors: string[] = [];
  const options = defaults();

  if (values.backend !== undefined) {
    if (values.backend === 'gpu' || values.backend === 'cpu') options.backend = values.backend;
    else errors.push(`--backend: '${values.backend}' is not a backend; use gpu or cpu`);
  }
  options.hours = wholeNumber('--hours', values.hours, DEFAULT_HOURS, 0, MAX_HOURS, errors);
  options.every = wholeNumber('--every', values.every, 1, 1, MAX_HOURS, errors);
  options.out = pathValue('--out', values.out, errors);
  options.json = pathValue('--json', values.json, errors);
  options.paramsFile = pathValue('--params', values.params, errors);
  options.scheduleFile = pathValue('--schedule', values.schedule, errors);
  for (const text of values.dose ?? []) {
    const { event, error } = parseDoseFlag(text);
    if (event) options.doses.push(event);
    else errors.push(error!);
  }
  if (values.preset !== undefined) {
    if (PRESET_BY_KEY.has(values.preset)) options.preset = values.preset;
    else errors.push(`--preset: no preset '${values.preset}' (have: ${[...PRESET_BY_KEY.keys()].join(', ')})`);
  }
  options.hash = values.hash ?? false;
  options.quiet = values.quiet ?? false;

  for (const token of tokens) {
    if (token.kind !== 'option' || token.value === undefined) continue;
    if (Object.hasOwn(SHORTHANDS, token.name)) options.overrides.push([SHORTHANDS[token.name], token.value]);
    else if (token.name === 'set') {
      const eq = token.value.indexOf('=');
      if (eq > 0) options.overrides.push([token.value.slice(0, eq).trim(), token.value.slice(eq + 1)]);
      else errors.push(`--set '${token.value}': expected key=value, e.g. --set ctlKillRate=2`);
    }
  }
  errors.push(...valuesFromOverrides(options.overrides).errors.map(withSuggestion));
  return errors.length ? { ok: false, errors } : { ok: true, options };
}

/** parseArgs stops at the first bad flag; its message, shortened, is the only error then. */
function tryParse(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: FLAGS, strict: true, allowPositionals: false, tokens: true });
  } catch (e) {
    return flagError(e);
  }
}

/** parseArgs's own messages are long and end in advice about '--'; keep the part that names the flag. */
function flagError(e: unknown): string {
  const err = e as { code?: string; message?: string };
  const name = /'([^']+)'/.exec(err.message ?? '')?.[1];
  switch (err.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option '${name}' (see --help)`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `unexpected argument '${name}'; parameters go in --set key=value (see --help)`;
    default:
      return err.message ?? String(e);
  }
}

function wholeNumber(
  flag: string,
  text: string | undefined,
  fallback: number,
  min: number,
  max: number,
  errors: string[],
): number {
  if (text === undefined) return fallback;
  const value = text.trim() === '' ? NaN : Number(text);
  if (!Number.isInteger(value) || value < min || value > max) {
    errors.push(`${flag}: '${text}' must be a whole number in ${min}…${max}`);
    return fallback;
  }
  return value;
}

function pathValue(flag: string, text: string | undefined, errors: string[]): string | null {
  if (text === undefined) return null;
  if (text.trim() === '') errors.push(`${flag}: expected a file name`);
  return text;
}
