import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PARAMS } from '../../src/model/registry';
import { DERIVED_COLUMNS } from '../../src/model/readouts';
import { STAT_COLUMNS } from '../../src/model/stats';

// The CLI as `npm run sim` starts it (tsx plus the ?raw hook), without npm's own output on stdout.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const NODE_ARGS = ['--import', 'tsx', '--import', './scripts/raw-loader.mjs', 'src/cli/sim.ts'];
const run = promisify(execFile);

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

async function sim(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<Result> {
  try {
    const { stdout, stderr } = await run(process.execPath, [...NODE_ARGS, ...args], {
      cwd: ROOT,
      env,
      timeout: 90_000,
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code?: unknown; stdout?: string; stderr?: string };
    return { code: typeof err.code === 'number' ? err.code : -1, stdout: err.stdout ?? '', stderr: err.stderr ?? '' };
  }
}

const lastLine = (text: string): string => text.trimEnd().split('\n').at(-1)!;

describe('sim CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tme-cli-'));
  const file = (name: string): string => join(dir, name);
  const common = ['--size', '64', '--hours', '30', '--seed', '7', '--hash'];
  let gpu: Result;
  let cpu: Result;

  beforeAll(async () => {
    [gpu, cpu] = await Promise.all([
      sim([...common, '--backend', 'gpu', '--out', file('gpu.csv'), '--json', file('gpu.json')]),
      sim([...common, '--backend', 'cpu', '--out', file('cpu.csv')]),
    ]);
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives the same lattice hash and the same CSV on gpu and cpu', () => {
    expect(gpu.code, gpu.stderr).toBe(0);
    expect(cpu.code, cpu.stderr).toBe(0);
    expect(lastLine(gpu.stdout)).toMatch(/^lattice-hash: [0-9a-f]{16}$/);
    expect(lastLine(gpu.stdout)).toBe(lastLine(cpu.stdout));
    expect(readFileSync(file('gpu.csv'), 'utf8')).toBe(readFileSync(file('cpu.csv'), 'utf8'));
  });

  it('writes a plain CSV: a header naming the columns, then one row per hour', () => {
    const lines = readFileSync(file('cpu.csv'), 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(31);
    expect(lines[0]).toBe(['hour', ...STAT_COLUMNS].join(','));
    // Counters are whole numbers; the derived readouts after them (ratios, diameter, phenotype code) plain decimals.
    const counters = STAT_COLUMNS.length - DERIVED_COLUMNS.length;
    expect(
      lines[1]
        .split(',')
        .slice(0, counters + 1)
        .join(','),
    ).toMatch(/^1(,\d+)+$/);
    expect(lines[1]).toMatch(/^1(,-?\d+(\.\d+)?)+$/);
    expect(lines[30].split(',')).toHaveLength(STAT_COLUMNS.length + 1);
  });

  it('prints a summary, and no progress bar when stderr is not a terminal', () => {
    expect(gpu.stdout).toMatch(/backend\s+gpu: /);
    expect(gpu.stdout).toMatch(/model h\/s/);
    expect(gpu.stderr).not.toContain('\r');
  });

  it('writes JSON with the parameters, the columns and the rows', () => {
    const record = JSON.parse(readFileSync(file('gpu.json'), 'utf8'));
    expect(record).toMatchObject({ backend: 'gpu', seed: 7, size: 64, hours: 30, columns: ['hour', ...STAT_COLUMNS] });
    expect(Object.keys(record.parameters).sort()).toEqual(PARAMS.map((p) => p.key).sort());
    expect(record.parameters.latticeSize).toBe(64);
    expect(record.rows).toHaveLength(30);
    expect(record.adapter.description).toEqual(expect.any(String));
    expect(`lattice-hash: ${record.latticeHash}`).toBe(lastLine(gpu.stdout));
  });

  it.each([
    [['--set', 'nosuchkey=1'], /nosuchkey/],
    [['--set', 'ctlKillRate=999'], /ctlKillRate: 999 is outside 0…20/],
    [['--bogus-flag'], /--bogus-flag/],
    [['--size', '99999'], /latticeSize: 99999 is outside 64…16384/],
  ])('rejects %j with a message that names it', async (args, message) => {
    const r = await sim(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  // A lattice the registry allows but SwiftShader's buffers do not hold; on a real GPU it might fit.
  it.skipIf(!!process.env.TME_REAL_GPU)('names the largest lattice that fits the adapter', async () => {
    const r = await sim(['--size', '16384', '--hours', '1']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/the largest that fits is \d+ × \d+/);
  });

  it('explains a missing adapter and suggests the CPU twin', async () => {
    const r = await sim(['--size', '64', '--hours', '1'], {
      ...process.env,
      VK_ICD_FILENAMES: join(dir, 'no-such-icd.json'),
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/WebGPU is unavailable/);
    expect(r.stderr).toMatch(/--backend cpu/);
    expect(r.stderr).toMatch(/VK_ICD_FILENAMES/);
  });
});
