/**
 * `npm run bench -- …`: the standard benchmark (docs/performance.md) in headless Chromium, or with
 * --node in Node on Dawn. Writes bench-results/<date>-<adapter>.json and .md and prints the tables.
 * Exit codes: 0 done, 1 the run failed, 2 bad usage.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pkg from '../../package.json' with { type: 'json' };
import { benchMarkdown } from '../bench/markdown';
import { DEFAULT_BUDGET_SECONDS, type BenchOptions } from '../bench/protocol';
import type { BenchResult } from '../bench/result';
import { CliError } from './backend';
import { benchInChromium } from './bench-browser';
import { benchInNode } from './bench-node';

const USAGE_EXIT = 2;
const HELP = `npm run bench -- [flags]

Runs the fixed 'inflamed' scenario (seed 1) at lattice sides 128, 256, … up to the adapter's
largest, stopping before a side whose set-up would take over 5 × the budget; times whole model
hours, each pass group alone, one rendered frame, a copy/stencil bandwidth probe and a naive
Game-of-Life generation. Writes bench-results/<date>-<adapter>.json and .md; the report opens
with the score to quote, site-hours per second on the largest lattice run.

  --node            run in Node on Dawn (npm webgpu) instead of headless Chromium
  --swiftshader     use the SwiftShader software adapter even where a GPU is found
  --tiled-sweeps    relax the fields 4 half-sweeps at a time in workgroup memory (same lattice;
                    compare its figures with a run without it on your GPU)
  --fused-intents   compute each intent pass's intents in workgroup memory and resolve them in the
                    same dispatch (same lattice; compare as for --tiled-sweeps)
  --sizes 128,256   these lattice sides only (multiples of 16, at least 64)
  --hours N         time at most N model hours per side for throughput (default 256)
  --budget S        aim at S seconds of measurement per side (default ${DEFAULT_BUDGET_SECONDS})
  --out DIR         where to write the results (default bench-results)
  -h, --help        this text
`;

const FLAGS = {
  node: { type: 'boolean' },
  swiftshader: { type: 'boolean' },
  'tiled-sweeps': { type: 'boolean' },
  'fused-intents': { type: 'boolean' },
  sizes: { type: 'string' },
  hours: { type: 'string' },
  budget: { type: 'string' },
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const positive = (flag: string, text: string | undefined, integer: boolean): number | undefined => {
  if (text === undefined) return undefined;
  const v = Number(text);
  if (!(v > 0) || (integer && !Number.isInteger(v)))
    throw new CliError(`--${flag}: expected a positive ${integer ? 'integer' : 'number'}, got '${text}'`, USAGE_EXIT);
  return v;
};

function parse(argv: string[]): {
  options: BenchOptions;
  node: boolean;
  swiftshader: boolean;
  out: string;
  help: boolean;
} {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: FLAGS, strict: true, allowPositionals: false }));
  } catch (e) {
    throw new CliError(`${(e as Error).message}\nRun with --help for the flags.`, USAGE_EXIT);
  }
  const sizes = values.sizes?.split(',').map((s) => positive('sizes', s.trim(), true)!);
  if (sizes?.some((s) => s < 64 || s % 16 !== 0))
    throw new CliError(`--sizes: lattice sides must be multiples of 16, at least 64 (got ${values.sizes})`, USAGE_EXIT);
  const options: BenchOptions = {
    sizes,
    hours: positive('hours', values.hours, true),
    budgetSeconds: positive('budget', values.budget, false),
    engine: { tiledSweeps: !!values['tiled-sweeps'], fusedIntents: !!values['fused-intents'] },
  };
  return {
    options,
    node: !!values.node,
    swiftshader: !!values.swiftshader,
    out: values.out ?? 'bench-results',
    help: !!values.help,
  };
}

/** A progress line on stderr: redrawn on a terminal, one line per step otherwise. */
function progressLine(): { update(fraction: number, label: string): void; finish(): void } {
  const tty = process.stderr.isTTY;
  let last = '';
  return {
    update(fraction, label) {
      const bar = `[${'#'.repeat(Math.round(20 * fraction)).padEnd(20, '.')}] ${String(Math.round(100 * fraction)).padStart(3)} % ${label}`;
      if (tty) process.stderr.write(`\r${bar}\x1b[K`);
      else if (label !== last) process.stderr.write(`bench: ${bar}\n`);
      last = label;
    },
    finish: () => void (tty && process.stderr.write('\r\x1b[K')),
  };
}

const slug = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);

function write(dir: string, result: BenchResult): string[] {
  const a = result.adapter;
  const stamp = result.date.slice(0, 16).replace(/[:T]/g, '-');
  const base = join(dir, `${stamp}-${slug([a.vendor, a.architecture, a.description].filter(Boolean).join(' '))}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${base}.json`, JSON.stringify(result, null, 2) + '\n');
  writeFileSync(`${base}.md`, benchMarkdown(result));
  return [`${base}.json`, `${base}.md`];
}

async function main(argv: string[]): Promise<number> {
  const say = (m: string): void => void process.stderr.write(`bench: ${m}\n`);
  try {
    const args = parse(argv);
    if (args.help) {
      process.stdout.write(HELP);
      return 0;
    }
    const bar = progressLine();
    const result = args.node
      ? await benchInNode(
          args.options,
          { appVersion: pkg.version, progress: bar.update, report: say },
          say,
          args.swiftshader,
        )
      : await benchInChromium(args.options, args.swiftshader ? 'swiftshader' : 'auto', bar.update, say);
    bar.finish();
    process.stdout.write(benchMarkdown(result) + '\n');
    for (const path of write(args.out, result)) process.stdout.write(`wrote ${path}\n`);
    return 0;
  } catch (e) {
    if (!(e instanceof CliError)) throw e;
    say(e.message);
    return e.exitCode;
  }
}

process.exitCode = await main(process.argv.slice(2));
