/**
 * `npm run validate`: runs the validation scenarios of model.md §7 over ≥ 10 seeds on the CPU twin
 * (bit-exact with the GPU engine), in parallel processes, prints the checks and writes
 * docs/validation.md. Exits 1 when a check fails. Flags: --seeds N, --only ID[,ID…], --out FILE,
 * --merge (replace only the sections of the scenarios run, keep the others of the existing file).
 */
import { fork } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { SCENARIOS, type Scenario } from '../check/validation/scenarios';
import { collect, reportSection } from '../check/validation/run';

interface Job {
  scenario: string;
  arm: number;
  seed: number;
}

const WORKER = fileURLToPath(new URL('./validate-worker.ts', import.meta.url));

/** A finished run: its job and the measures it took. */
type Done = Job & { measures: Record<string, number> };

/** Runs the jobs in `parallel` worker processes, one job at a time each. */
function runJobs(jobs: Job[], parallel: number, onDone: (done: number) => void): Promise<Done[]> {
  const results: Done[] = [];
  let next = 0;
  const worker = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const child = fork(WORKER, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      const send = (): void => {
        if (next >= jobs.length) {
          child.disconnect();
          return;
        }
        child.send(jobs[next++]);
      };
      child.on('message', (m: Done) => {
        results.push(m);
        onDone(results.length);
        send();
      });
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`validation worker exited with ${code}`))));
      send();
    });
  return Promise.all(Array.from({ length: parallel }, worker)).then(() => results);
}

interface Options {
  seeds: number;
  chosen: Scenario[];
  out: string;
  merge: boolean;
}

/** The command line: seeds per arm, the scenarios chosen (all by default), the report file. */
function parseOptions(): Options {
  const { values } = parseArgs({
    options: {
      seeds: { type: 'string', default: '10' },
      only: { type: 'string' },
      out: { type: 'string', default: 'docs/validation.md' },
      merge: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const seeds = Number(values.seeds);
  if (!Number.isInteger(seeds) || seeds < 1)
    throw new Error(`--seeds: '${values.seeds}' is not a positive whole number`);
  const only = values.only?.split(',').map((s) => s.trim());
  const unknown = only?.filter((id) => !SCENARIOS.some((s) => s.id === id)) ?? [];
  if (unknown.length)
    throw new Error(`--only: no scenario '${unknown.join("', '")}' (have: ${SCENARIOS.map((s) => s.id).join(', ')})`);
  const chosen: Scenario[] = SCENARIOS.filter((s) => !only || only.includes(s.id));
  return { seeds, chosen, out: values.out!, merge: values.merge! };
}

/** Every (scenario, arm, seed) run, seeds 1…N, in processes as many as the cores; minutes taken. */
async function runAll(o: Options): Promise<{ done: Done[]; minutes: number }> {
  const jobs = o.chosen.flatMap((s) =>
    s.arms.flatMap((_, arm) => Array.from({ length: o.seeds }, (_, k) => ({ scenario: s.id, arm, seed: k + 1 }))),
  );
  const started = Date.now();
  const done = await runJobs(jobs, Math.max(1, availableParallelism()), (n) =>
    process.stderr.write(`\rvalidate: ${n}/${jobs.length} runs, ${((Date.now() - started) / 1000).toFixed(0)} s`),
  );
  process.stderr.write('\n');
  return { done, minutes: (Date.now() - started) / 60000 };
}

/** Prints each check of each chosen scenario and returns the report sections and the counts. */
function judge(
  o: Options,
  done: readonly Done[],
  minutes: number,
): { sections: string[]; passed: number; failed: number } {
  const sections: string[] = [];
  let passed = 0;
  let failed = 0;
  for (const s of o.chosen) {
    const results = collect(
      s,
      done.filter((d) => d.scenario === s.id),
    );
    const checks = s.checks(results);
    failed += checks.filter((c) => !c.holds).length;
    passed += checks.filter((c) => c.holds).length;
    for (const c of checks) console.log(`${c.holds ? 'PASS' : 'FAIL'}  ${s.title}: ${c.statement} — ${c.detail}`);
    sections.push(
      reportSection(s, results, checks, o.seeds) +
        `\n*Run time of this scenario's batch: ${minutes.toFixed(1)} min on ${availableParallelism()} cores.*\n`,
    );
  }
  return { sections, passed, failed };
}

/** Writes the report: the fresh sections, and with --merge the existing file's sections of the others. */
function writeReport(o: Options, sections: readonly string[]): void {
  const kept =
    o.merge && existsSync(o.out) ? keptSections(readFileSync(o.out, 'utf8'), o.chosen) : new Map<string, string>();
  const ordered = SCENARIOS.flatMap((s) => {
    const fresh = o.chosen.indexOf(s);
    if (fresh >= 0) return [sections[fresh]];
    return kept.has(s.title) ? [kept.get(s.title)!] : [];
  });
  const header = [
    '# Validation',
    '',
    'Generated by `npm run validate` (scenarios in `src/check/validation/scenarios.ts`, model.md §7). Every run uses',
    'the CPU twin, which equals the GPU engine bit for bit; therapy arms follow their dose schedules. Each',
    'section says how long its batch of runs took (`npm run validate -- --only ID --merge` reruns one).',
    '',
  ];
  writeFileSync(o.out, [...header, ...ordered].join('\n'));
}

async function main(): Promise<void> {
  const o = parseOptions();
  const { done, minutes } = await runAll(o);
  const { sections, passed, failed } = judge(o, done, minutes);
  writeReport(o, sections);
  console.log(`${passed} passed, ${failed} failed`);
  console.log(`wrote ${o.out}`);
  if (failed > 0) process.exitCode = 1;
}

/** The sections of an existing report, by scenario title, except those of `replaced`. */
function keptSections(text: string, replaced: readonly Scenario[]): Map<string, string> {
  const out = new Map<string, string>();
  const parts = text.split(/^(?=## )/m).slice(1);
  for (const part of parts) {
    const title = part.slice(3, part.indexOf('\n')).trim();
    if (!replaced.some((s) => s.title === title)) out.set(title, part.trimEnd() + '\n');
  }
  return out;
}

main().catch((e: unknown) => {
  console.error(`validate: ${(e as Error).message}`);
  process.exitCode = 2;
});
