/**
 * A lattice that does not fit the adapter's buffer limits is refused with a message naming the
 * largest side that fits (architecture.md §4), and the refusal leaves a running simulation alone.
 */
import { describe, expect, it } from 'vitest';
import { LARGEST_BINDING_BYTES_PER_SITE, latticeSizeProblem, maxLatticeSide } from '../../src/engine/device';
import { FIELD_WORDS } from '../../src/model/fields';
import { withDevice } from '../helpers/gpu';
import { describeDifference } from '../helpers/lattice';
import { testValues } from '../helpers/twin';

const MiB = 1024 * 1024;
const limits = (binding: number, buffer = binding, workgroups = 65535) => ({
  maxStorageBufferBindingSize: binding,
  maxBufferSize: buffer,
  maxComputeWorkgroupsPerDimension: workgroups,
});

describe('maxLatticeSide', () => {
  it('is the largest multiple of 16 whose state and field buffers fit the smaller of the two size limits', () => {
    for (const [binding, buffer] of [
      [128 * MiB, 256 * MiB],
      [1024 * MiB, 1024 * MiB],
      [256 * MiB, 100 * MiB],
      [2047 * MiB, 4096 * MiB],
    ]) {
      const side = maxLatticeSide(limits(binding, buffer));
      const bytes = Math.min(binding, buffer);
      expect(side % 16).toBe(0);
      // Both the state (2 u32 per site) and the fields (FIELD_WORDS u32 per site) are bound whole.
      expect(side * side * 8, `${binding}/${buffer}: state fits`).toBeLessThanOrEqual(bytes);
      expect(side * side * 4 * FIELD_WORDS, `${binding}/${buffer}: fields fit`).toBeLessThanOrEqual(bytes);
      expect(
        (side + 16) * (side + 16) * LARGEST_BINDING_BYTES_PER_SITE,
        `${binding}/${buffer}: the next size would not`,
      ).toBeGreaterThan(bytes);
    }
  });

  it('gives 3344 for the WebGPU default limits (128 MiB bindings, 256 MiB buffers; six fields packed in three words take 12 B a site)', () => {
    expect(maxLatticeSide(limits(128 * MiB, 256 * MiB))).toBe(3344);
  });

  it('is also bounded by the dispatch size (8 sites per workgroup per dimension)', () => {
    expect(maxLatticeSide(limits(1024 * MiB, 1024 * MiB, 100))).toBe(800);
  });

  it('matches what the device reports and allows at least the default 512² lattice on this adapter', async () => {
    await withDevice(async ({ gpu, device }) => {
      expect(gpu.maxSide).toBe(maxLatticeSide(device.limits));
      expect(gpu.maxSide).toBeGreaterThanOrEqual(512);
    });
  });
});

describe('latticeSizeProblem', () => {
  it('accepts sides up to the largest and names the largest when refusing', () => {
    expect(latticeSizeProblem(64, 64)).toBeNull();
    expect(latticeSizeProblem(4096, 4096)).toBeNull();
    const message = latticeSizeProblem(4112, 4096);
    expect(message).toContain('4112 × 4112');
    expect(message).toContain('4096 × 4096');
  });
});

describe('GpuStepper.reset with a lattice beyond the device limit', () => {
  it('rejects with the message naming the largest side, and keeps the running lattice', async () => {
    await withDevice(async ({ gpu, simulation }) => {
      const small = { ...gpu, maxSide: 64 };
      const sim = simulation(small);
      const values = testValues({ latticeSize: 64, fieldResetSweeps: 50, ctlRecruitmentRate: 0.5 });
      await sim.reset(values);
      await sim.step(3);
      const running = await sim.readState();

      const refused = sim.reset({ ...values, latticeSize: 80 });
      await expect(refused).rejects.toThrow(RangeError);
      await expect(refused).rejects.toThrow(latticeSizeProblem(80, 64)!);
      await expect(refused).rejects.toThrow('64 × 64');

      expect(describeDifference(await sim.readState(), running, ['after the refused reset', 'before'])).toBeNull();
      expect(await sim.step(1)).toHaveLength(1);
    });
  });

  it('refuses before allocating anything on a fresh simulation', async () => {
    await withDevice(async ({ gpu, simulation }) => {
      const sim = simulation({ ...gpu, maxSide: 64 });
      await expect(sim.reset(testValues({ latticeSize: 128 }))).rejects.toThrow('64 × 64');
      await expect(sim.readState()).rejects.toThrow(/reset/);
    });
  });
});
