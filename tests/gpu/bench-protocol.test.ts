/**
 * The benchmark protocol on Dawn at tiny sizes: the JSON record holds every required field with
 * positive finite figures and the markdown report a row per size. Nothing here is timed.
 */
import { describe, expect, it } from 'vitest';
import { benchMarkdown, fmt } from '../../src/bench/markdown';
import { runBenchmark } from '../../src/bench/protocol';
import type { BenchResult } from '../../src/bench/result';
import { PASS_GROUPS } from '../../src/bench/traffic';
import { withDevice } from '../helpers/gpu';

const SIZES = [64, 80];

const positiveFinite = (label: string, v: unknown): void => {
  expect(typeof v === 'number' && Number.isFinite(v) && v > 0, `${label} = ${String(v)}`).toBe(true);
};

describe('benchmark protocol', () => {
  let result: BenchResult;

  it('runs every size and leaves no GPU error', async () => {
    const progress: number[] = [];
    result = await withDevice((scope) =>
      runBenchmark(
        scope.gpu,
        { sizes: SIZES, hours: 2, budgetSeconds: 0.3 },
        {
          environment: { runtime: 'vitest', userAgent: 'node', os: 'test', cpu: 'test' },
          appVersion: 'test',
          progress: (f) => progress.push(f),
          report: scope.report,
        },
      ),
    );
    expect(result.sizes.map((s) => s.side)).toEqual(SIZES);
    expect(progress.at(-1)).toBe(1);
  });

  it('records the adapter, the environment, the scenario and positive finite figures', () => {
    const r = JSON.parse(JSON.stringify(result)) as BenchResult;
    expect(r.schema).toBe('tme-bench/1');
    expect(Number.isNaN(Date.parse(r.date))).toBe(false);
    expect(r.adapter.vendor).toBeTruthy();
    expect(r.adapter.features).toBeInstanceOf(Array);
    positiveFinite('maxStorageBufferBindingSize', r.adapter.limits.maxStorageBufferBindingSize);
    expect(r.environment.runtime).toBe('vitest');
    expect(['timestamp-query', 'cpu-batched']).toContain(r.timing);
    expect(r.scenario).toMatchObject({ preset: 'inflamed', seed: 1 });
    for (const s of r.sizes) {
      for (const key of [
        'hours',
        'hoursPerSecond',
        'siteHoursPerSecond',
        'msPerHour',
        'probeBytesPerSecond',
        'hourInLifeGenerations',
        'seconds',
      ] as const)
        positiveFinite(`${s.side}: ${key}`, s[key]);
      expect(s.sites).toBe(s.side * s.side);
      for (const g of PASS_GROUPS)
        for (const [k, v] of Object.entries(s.groups[g])) positiveFinite(`${s.side}: ${g}.${k}`, v);
      for (const [name, k] of Object.entries(s.kernels))
        for (const [f, v] of Object.entries(k)) positiveFinite(`${s.side}: ${name}.${f}`, v);
    }
  });

  it('writes a markdown table row per size', () => {
    const lines = benchMarkdown(result).split('\n');
    for (const side of SIZES) expect(lines.filter((l) => l.startsWith(`| ${side}² |`))).toHaveLength(2);
    expect(lines.some((l) => l.startsWith('| lattice | model h/s |'))).toBe(true);
    // The figure to quote comes from the largest lattice.
    const largest = result.sizes.find((s) => s.side === 80)!;
    expect(lines).toContain(
      `**Score: ${fmt(largest.siteHoursPerSecond)} site-hours per second on 80² (${fmt(largest.hoursPerSecond)} model hours per second), the largest lattice run.**`,
    );
  });
});
