/**
 * Rates become u32 thresholds (event ⇔ hash < threshold): if threshold() or chance() were off, every
 * rule would fire at the wrong rate on the GPU and in the twin alike, so only these tests would notice.
 */
import { describe, expect, it } from 'vitest';
import { draw, tickKey } from '../../src/model/rng';
import { chance, threshold } from '../../src/model/thresholds';

describe('threshold() and chance()', () => {
  it('maps probability 0 to 0 (never) and 1 to 0xffffffff', () => {
    expect(threshold(0)).toBe(0);
    expect(threshold(1)).toBe(0xffffffff);
    expect(threshold(-0.5)).toBe(0);
    expect(threshold(NaN)).toBe(0);
    expect(threshold(3)).toBe(0xffffffff);
    expect(threshold(0.5)).toBe(2 ** 31);
  });

  it('is monotone in p and stays a u32', () => {
    let last = -1;
    for (let i = 0; i <= 10000; i++) {
      const t = threshold(i / 10000);
      expect(Number.isInteger(t) && t >= 0 && t <= 0xffffffff).toBe(true);
      expect(t).toBeGreaterThanOrEqual(last);
      last = t;
    }
    expect(threshold(1e-9)).toBeGreaterThan(0);
    expect(threshold(1 - 1e-9)).toBeLessThan(0xffffffff);
  });

  it('makes events happen with probability p when compared with real draws', () => {
    const key = tickKey(1, 3);
    for (const p of [0.01, 0.3, 0.9]) {
      const thr = threshold(p);
      let hits = 0;
      const n = 200_000;
      for (let site = 0; site < n; site++) if (draw(key, site, 4) < thr) hits++;
      const sigma = Math.sqrt((p * (1 - p)) / n);
      expect(Math.abs(hits / n - p), `p = ${p}`).toBeLessThan(5 * sigma);
    }
  });

  it('chance() is 1 − exp(−rate·hours), zero for zero or negative rates', () => {
    expect(chance(0)).toBe(0);
    expect(chance(-3)).toBe(0);
    expect(chance(Math.LN2)).toBeCloseTo(0.5, 12);
    expect(chance(1, 2)).toBeCloseTo(1 - Math.exp(-2), 12);
    expect(chance(0.3, 1 / 8)).toBeCloseTo(1 - Math.exp(-0.3 / 8), 12);
    expect(chance(1e6)).toBe(1);
  });
});
