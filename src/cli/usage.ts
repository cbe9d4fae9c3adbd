/**
 * `npm run sim -- --help`: the flags, then every registry parameter with its default, unit and range,
 * grouped as in the GUI, so the text cannot fall behind the registry.
 */
import { PRESETS } from '../model/presets';
import { PARAMS, type ParamDef, type ParamGroup } from '../model/registry';
import { STAT_COLUMNS } from '../model/stats';
import { THERAPIES } from '../model/therapy/schedule';
import { DEFAULT_HOURS } from './args';
import { SWIFTSHADER_ICD } from './backend';

const FLAG_HELP: ReadonlyArray<readonly [string, string]> = [
  ['--backend gpu|cpu', 'where the step runs (default gpu); cpu is the CPU twin, bit for bit the same lattice'],
  ['--hours N', `model hours to run (default ${DEFAULT_HOURS})`],
  ['--size N', 'lattice side in sites: shorthand for --set latticeSize=N'],
  ['--seed N', 'random seed: shorthand for --set seed=N'],
  ['--set key=value', 'set a parameter (repeatable; listed below); the last setting of a key wins'],
  [
    '--preset ID',
    `a scenario of the library (src/model/scenario-library/) applied first, seed included: ${PRESETS.map((p) => p.key).join(', ')}`,
  ],
  ['--params file.json', 'a JSON object of parameter key → value; --set, --size and --seed win over it'],
  ['--schedule file.json', 'a dose schedule (tme-schedule/1, as the page saves it): therapies from hour 0'],
  [
    '--dose THERAPY:k=v,…',
    'add a dose event (repeatable), e.g. antiPD1:start=48,every=336,count=4,dose=1 or radiation:start=72,every=24,count=5,dose=2,region=0/0/64/64',
  ],
  ['--every N', 'record every Nth hour (default 1); event columns count that hour only'],
  ['--out run.csv', 'write the time series as CSV: a header, then one row per recorded hour'],
  ['--json run.json', 'write the time series with the parameters, seed and adapter as JSON'],
  ['--hash', "end with a line 'lattice-hash: <hex>' of the final lattice and fields (gpu = cpu)"],
  ['--quiet', 'no progress and no summary (errors still go to stderr)'],
  ['-h, --help', 'this text'],
];

const fmt = (x: number): string => (Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(6))));

function range(p: ParamDef): string {
  if (p.kind === 'boolean') return '0 or 1';
  if (p.kind === 'choice') return p.options!.map((o, i) => `${i}=${o}`).join(', ');
  return `${fmt(p.min)}…${fmt(p.max)}${p.kind === 'integer' ? ', whole' : ''}`;
}

function parameterTable(): string[] {
  const rows = PARAMS.map((p) => ({
    group: p.group,
    cells: [p.key, p.kind === 'choice' ? p.options![p.default] : fmt(p.default), p.unit, range(p), p.label],
  }));
  const widths = rows[0].cells.map((_, c) => Math.max(...rows.map((r) => r.cells[c].length)));
  const lines: string[] = [];
  let group: ParamGroup | null = null;
  for (const row of rows) {
    if (row.group !== group) {
      group = row.group;
      lines.push('', group);
    }
    lines.push(
      '  ' + row.cells.map((cell, c) => (c < row.cells.length - 1 ? cell.padEnd(widths[c]) : cell)).join('  '),
    );
  }
  return lines;
}

/** The full help text. */
export function usage(): string {
  const flagWidth = Math.max(...FLAG_HELP.map(([flag]) => flag.length));
  return [
    'Usage: npm run sim -- [options]',
    '',
    'Runs the tumour-microenvironment automaton headless for a number of model hours and writes the',
    'statistics as a time series. The gpu backend is the engine the page runs (Dawn via npm webgpu).',
    '',
    'Options:',
    ...FLAG_HELP.map(([flag, text]) => `  ${flag.padEnd(flagWidth)}  ${text}`),
    '',
    'Environment:',
    `  VK_ICD_FILENAMES  the Vulkan driver Dawn uses; without a GPU, SwiftShader: ${SWIFTSHADER_ICD}`,
    '',
    'Examples:',
    '  npm run sim -- --size 128 --hours 200 --seed 7 --set ctlKillRate=2 --out run.csv --hash',
    '  npm run sim -- --preset inflamed --hours 400 --dose antiPD1:start=48,every=336,count=2 --json pd1.json',
    '',
    `Therapies for --dose and schedules: ${THERAPIES.map((t) => `${t.key} (${t.unit})`).join(', ')}`,
    '',
    `Columns: hour, ${STAT_COLUMNS.join(', ')}`,
    '',
    'Parameters (key, default, unit, range, name):',
    ...parameterTable(),
    '',
  ].join('\n');
}
