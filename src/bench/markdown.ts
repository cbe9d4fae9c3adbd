/** The benchmark's markdown report: a header naming the machine, the score, then one table row per lattice size. */
import type { BenchResult, SizeResult } from './result';
import { GROUP_LABELS, PASS_GROUPS } from './traffic';

/** Three significant figures, with k/M/G for large numbers. */
export function fmt(v: number): string {
  if (!Number.isFinite(v)) return '–';
  const units: Array<[number, string]> = [
    [1e9, ' G'],
    [1e6, ' M'],
    [1e3, ' k'],
  ];
  for (const [scale, unit] of units) if (Math.abs(v) >= scale) return `${+(v / scale).toPrecision(3)}${unit}`;
  return String(+v.toPrecision(3));
}

const pct = (f: number): string => (Number.isFinite(f) ? `${(100 * f).toFixed(f < 0.1 ? 1 : 0)} %` : '–');
const gbs = (bytesPerSecond: number): string => (bytesPerSecond / 1e9).toPrecision(3);
const side = (s: SizeResult): string => `${s.side}²`;

export function adapterName(r: BenchResult): string {
  const a = r.adapter;
  return [a.vendor, a.architecture, a.description].filter(Boolean).join(' / ') + (a.software ? ' (software)' : '');
}

/**
 * The one figure to quote: site-hours per second on the largest lattice the run reached (a GPU
 * fills up with lattice size, so the largest is the fairest), with its model hours per second.
 */
export function headline(r: BenchResult): string {
  const largest = r.sizes.reduce<SizeResult | null>((best, s) => (best && best.side >= s.side ? best : s), null);
  if (!largest) return 'No lattice size finished: no figure to quote.';
  return `Score: ${fmt(largest.siteHoursPerSecond)} site-hours per second on ${side(largest)} (${fmt(largest.hoursPerSecond)} model hours per second), the largest lattice run.`;
}

/** A table as text cells: the page draws it as HTML, the report as markdown. */
export interface TextTable {
  head: string[];
  rows: string[][];
}

/** Throughput and milliseconds per pass group: one row per size. */
export function throughputTable(r: BenchResult): TextTable {
  const head = [
    'lattice',
    'model h/s',
    'site-h/s',
    'ms/hour',
    ...PASS_GROUPS.map((g) => (g === 'render' ? 'render ms/frame' : `${g} ms/h`)),
    'GoL ms/gen',
    'hour ÷ GoL gen',
  ];
  const rows = r.sizes.map((s) => [
    side(s),
    fmt(s.hoursPerSecond),
    fmt(s.siteHoursPerSecond),
    fmt(s.msPerHour),
    ...PASS_GROUPS.map((g) => fmt(s.groups[g].ms)),
    fmt(s.kernels.life.ms),
    `${fmt(s.hourInLifeGenerations)} ×`,
  ]);
  return { head, rows };
}

/** The probe's GB/s and each group's effective bandwidth with its share of the probe: one row per size. */
export function bandwidthTable(r: BenchResult): TextTable {
  const head = ['lattice', 'copy GB/s', 'stencil GB/s', ...PASS_GROUPS.map((g) => `${g} GB/s (share)`)];
  const rows = r.sizes.map((s) => [
    side(s),
    gbs(s.kernels.copy.bytesPerSecond),
    gbs(s.kernels.stencil.bytesPerSecond),
    ...PASS_GROUPS.map((g) => `${gbs(s.groups[g].bytesPerSecond)} (${pct(s.groups[g].fractionOfProbe)})`),
  ]);
  return { head, rows };
}

const markdownRow = (cells: string[]): string => `| ${cells.join(' | ')} |`;
const markdownTable = (t: TextTable): string[] => [
  markdownRow(t.head),
  markdownRow(t.head.map(() => '---')),
  ...t.rows.map(markdownRow),
];

/** What ran where, one line each (markdown list items in the report, a list in the page). */
export function summaryLines(r: BenchResult): string[] {
  const s = r.scenario;
  const timing =
    r.timing === 'timestamp-query' ? 'GPU timestamp queries' : 'batched CPU timing (submit, then await the queue)';
  return [
    `date: ${r.date}, app ${r.appVersion}`,
    `runtime: ${r.environment.runtime}; OS: ${r.environment.os}; CPU: ${r.environment.cpu}${r.environment.load ? `; load average at start ${r.environment.load}` : ''}`,
    `user agent: ${r.environment.userAgent}`,
    `adapter limits: largest lattice ${r.adapter.limits.maxLatticeSide}², max storage binding ${fmt(r.adapter.limits.maxStorageBufferBindingSize)}B; features: ${r.adapter.features.join(', ') || 'none'}`,
    `scenario: preset '${s.preset}', seed ${s.seed}, ${s.warmupHours} h warm-up, ${s.fieldSweepsPerHour} field sweeps and ${s.substeps} motility sub-steps per hour`,
    `engine: field sweeps ${r.engine?.tiledSweeps ? 'tiled in workgroup memory (--tiled-sweeps)' : 'over the whole lattice, one half-sweep per pass'}; intents ${r.engine?.fusedIntents ? 'fused with their resolve in workgroup memory (--fused-intents)' : 'and their resolve in two passes'}`,
    `timing: ${timing} for pass groups and kernels; render on the CPU; model h/s on the wall clock; about ${r.budgetSeconds} s of measurement per size`,
    ...(r.stopped ? [r.stopped] : []),
  ];
}

export const BANDWIDTH_NOTE =
  'Effective bandwidth of each pass group (bytes per site counted in src/bench/traffic.ts) and its share of the probe (the faster of copy and stencil):';

export function benchMarkdown(r: BenchResult): string {
  const lines = [
    `# TME Playground benchmark: ${adapterName(r)}`,
    '',
    `**${headline(r)}**`,
    '',
    ...summaryLines(r).map((l) => `- ${l}`),
    '',
    ...markdownTable(throughputTable(r)),
    '',
    BANDWIDTH_NOTE,
    '',
    ...markdownTable(bandwidthTable(r)),
    '',
    `Pass groups: ${PASS_GROUPS.map((g) => `${g} = ${GROUP_LABELS[g]}`).join('; ')}.`,
    '',
  ];
  return lines.join('\n');
}
