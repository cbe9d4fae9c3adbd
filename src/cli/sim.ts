/**
 * `npm run sim -- …`: runs the model headless on the GPU engine or the CPU twin and writes the
 * statistics as CSV/JSON (architecture.md §5). Exit codes: 0 done, 1 the run failed, 2 bad usage.
 */
import { accessSync, constants, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import pkg from '../../package.json' with { type: 'json' };
import { latticeHash } from '../model/lattice-hash';
import type { ParamValues } from '../model/registry';
import { parseSchedule, type Schedule } from '../model/therapy/schedule';
import { PRESET_BY_KEY } from '../model/presets';
import { responseOfRows } from '../model/therapy/response';
import { parseCliArgs, type CliOptions } from './args';
import { CliError, describeAdapter, openEngine, type Engine } from './backend';
import { resolveValues, type ParamsFile } from './parameters';
import { createProgress, formatSeconds } from './progress';
import { recordSeries, type Series } from './series';
import { SERIES_COLUMNS, toCsv, toJson, type RunRecord } from '../model/run-record';
import { usage } from './usage';

const TOOL = 'tme-playground sim';
const USAGE_EXIT = 2;

const say = (text: string): void => void process.stdout.write(text + '\n');
const warn = (text: string): void => void process.stderr.write(`sim: ${text}\n`);

/** Runs the CLI on argv (without node and script) and returns the exit code. */
async function main(argv: readonly string[]): Promise<number> {
  try {
    const parsed = parseCliArgs(argv);
    if (!parsed.ok) throw usageError(parsed.errors);
    const options = parsed.options;
    if (options.help) {
      process.stdout.write(usage());
      return 0;
    }
    const values = loadValues(options);
    const schedule = loadSchedule(options);
    for (const path of [options.out, options.json]) if (path) checkWritable(path);
    await run(options, values, schedule);
    return 0;
  } catch (e) {
    if (!(e instanceof CliError)) throw e;
    warn(e.message);
    return e.exitCode;
  }
}

async function run(options: CliOptions, values: ParamValues, schedule: Schedule): Promise<void> {
  const started = performance.now();
  const engine = await openEngine(options.backend, warn);
  try {
    engine.stepper.setSchedule(schedule);
    await reset(engine, values);
    const setupMs = performance.now() - started;
    const progress = createProgress(options.hours, process.stderr, !options.quiet);
    const series = await recordSeries(engine.stepper, options.hours, options.every, (done) => progress.update(done));
    progress.finish();
    const stepMs = performance.now() - started - setupMs;
    const hash = options.hash ? await latticeHash(await engine.stepper.readState()) : undefined;
    const problems = engine.problems.length;
    if (problems)
      throw new CliError(`the GPU reported ${problems} problem(s) (above); the results are not trustworthy`);
    writeOutputs(options, values, schedule, engine, series, hash);
    if (!options.quiet) summarise(options, values, schedule, engine, series, setupMs, stepMs);
    if (hash) say(`lattice-hash: ${hash}`);
  } finally {
    engine.close();
  }
}

async function reset(engine: Engine, values: ParamValues): Promise<void> {
  try {
    await engine.stepper.reset(values);
  } catch (e) {
    // GpuStepper.reset refuses a lattice larger than the adapter's buffers with a RangeError naming the largest that fits.
    if (e instanceof RangeError) throw new CliError(`${e.message}\nChoose a smaller --size.`);
    throw e;
  }
}

function loadValues(options: CliOptions): ParamValues {
  let file: ParamsFile | null = null;
  if (options.paramsFile) {
    const name = options.paramsFile;
    let text: string;
    try {
      text = readFileSync(name, 'utf8');
    } catch (e) {
      throw usageError([`--params: cannot read ${name}: ${(e as Error).message}`]);
    }
    try {
      file = { name, data: JSON.parse(text) as unknown };
    } catch (e) {
      throw usageError([`--params: ${name} is not valid JSON: ${(e as Error).message}`]);
    }
  }
  const { values, errors } = resolveValues(file, options.overrides, options.preset);
  if (errors.length) throw usageError(errors);
  return values;
}

/** The schedule file (if any) plus the --dose events; a malformed one names the bad event. */
function loadSchedule(options: CliOptions): Schedule {
  let events: Schedule = [];
  const name = options.scheduleFile;
  if (name) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(name, 'utf8'));
    } catch (e) {
      throw usageError([`--schedule: cannot read ${name}: ${(e as Error).message}`]);
    }
    const { schedule, errors } = parseSchedule(json);
    if (errors.length) throw usageError(errors.map((m) => `--schedule ${name}: ${m}`));
    events = schedule;
  }
  // A scenario's own schedule applies unless a schedule file replaces it; --dose events add to either.
  if (!name && options.preset) events = PRESET_BY_KEY.get(options.preset)?.schedule ?? [];
  const { schedule, errors } = parseSchedule([...events, ...options.doses]);
  if (errors.length) throw usageError(errors.map((m) => `schedule: ${m}`));
  return schedule;
}

/** Fails before a long run rather than after it when an output cannot be written. */
function checkWritable(path: string): void {
  try {
    accessSync(dirname(resolve(path)), constants.W_OK);
  } catch {
    throw usageError([`cannot write ${path}: its folder ${dirname(resolve(path))} does not exist or is not writable`]);
  }
}

function writeOutputs(
  options: CliOptions,
  values: ParamValues,
  schedule: Schedule,
  engine: Engine,
  series: Series,
  hash: string | undefined,
): void {
  if (options.out) writeText(options.out, toCsv(series.rows));
  if (!options.json) return;
  const record: RunRecord = {
    tool: TOOL,
    version: pkg.version,
    backend: options.backend,
    adapter: engine.adapter,
    seed: values.seed,
    size: values.latticeSize,
    hours: options.hours,
    every: options.every,
    parameters: values,
    schedule,
    response: responseOfRows(series.rows, SERIES_COLUMNS, schedule, values),
    columns: SERIES_COLUMNS,
    rows: series.rows,
    latticeHash: hash,
  };
  writeText(options.json, toJson(record));
}

function writeText(path: string, text: string): void {
  try {
    writeFileSync(path, text);
  } catch (e) {
    throw new CliError(`cannot write ${path}: ${(e as Error).message}`);
  }
}

function summarise(
  options: CliOptions,
  values: ParamValues,
  schedule: Schedule,
  engine: Engine,
  series: Series,
  setupMs: number,
  stepMs: number,
): void {
  const hoursPerSecond = options.hours / Math.max(1e-3, stepMs / 1000);
  const seconds = (ms: number): string => formatSeconds(ms / 1000);
  const counts = series.last ? Object.entries(series.last.counts).filter(([, n]) => n > 0) : [];
  const lines: Array<[string, string]> = [
    ['hours', `${options.hours} (${series.rows.length} recorded)`],
    ['backend', `${options.backend}: ${describeAdapter(engine.adapter)}`],
    ['wall time', `${seconds(setupMs + stepMs)} (setup ${seconds(setupMs)}, stepping ${seconds(stepMs)})`],
    ['speed', options.hours ? `${hoursPerSecond.toFixed(1)} model h/s` : '–'],
    ['final', counts.length ? counts.map(([name, n]) => `${name} ${n}`).join(', ') : 'no hours run'],
  ];
  const response = responseOfRows(series.rows, SERIES_COLUMNS, schedule, values);
  if (response) lines.push(['response', response.text]);
  for (const path of [options.out, options.json]) if (path) lines.push(['wrote', path]);
  for (const [label, text] of lines) say(`${label.padEnd(11)}${text}`);
}

function usageError(errors: readonly string[]): CliError {
  return new CliError([...errors, 'Run with --help for the flags and parameters.'].join('\n'), USAGE_EXIT);
}

process.exitCode = await main(process.argv.slice(2));
