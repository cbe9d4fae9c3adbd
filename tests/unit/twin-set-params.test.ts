/**
 * setParams on the CPU twin: live parameters act from the next hour and keep the lattice; reset-only
 * parameters wait for the next reset, as they do on the GPU engine (src/engine/gpu-stepper.ts pins
 * the seed) — otherwise the twin stops being the GPU's oracle.
 */
import { describe, expect, it } from 'vitest';
import { describeDifference } from '../helpers/lattice';
import { testValues, total, twinAt } from '../helpers/twin';

const values = testValues({
  tumorRadius: 150,
  vesselDensity: 0.01,
  ctlRecruitmentRate: 0.5,
  fieldResetSweeps: 200,
  seed: 3,
});

describe('CpuStepper.setParams', () => {
  it('applies a live rate from the next hour and keeps the lattice', async () => {
    const twin = await twinAt(values);
    const before = await twin.step(15);
    expect(total(before, 'recruited')).toBeGreaterThan(0);
    const mid = await twin.readState();
    twin.setParams({ ...values, ctlRecruitmentRate: 0 });
    expect(describeDifference(await twin.readState(), mid), 'setParams must not touch the lattice').toBeNull();
    const after = await twin.step(15);
    expect(total(after, 'recruited')).toBe(0);
    expect(after[0].counts.CTL).toBeGreaterThan(0);
  }, 60_000);

  it('keeps the seed (a reset parameter) until the next reset, as the GPU engine does', async () => {
    const plain = await twinAt(values);
    await plain.step(10);
    plain.setParams({ ...values, ctlKillRate: 2 });
    await plain.step(10);
    const edited = await twinAt(values);
    await edited.step(10);
    edited.setParams({ ...values, ctlKillRate: 2, seed: 99 });
    await edited.step(10);
    expect(
      describeDifference(await edited.readState(), await plain.readState(), ['seed edited', 'seed kept']),
    ).toBeNull();
  }, 60_000);
});
