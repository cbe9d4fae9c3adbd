/**
 * Rates and fractions as the integers kernels compare against: u32 thresholds (event ⇔ hash <
 * threshold) and fixed-point bytes and Q16 values. Kernels never see a float, so every adapter and
 * the CPU twin make the same decisions.
 */
import { FIELD_MAX } from './fields';

/** Probability of at least one event of a Poisson process with `ratePerH` over `hours`. */
export const chance = (ratePerH: number, hours = 1): number => 1 - Math.exp(-Math.max(0, ratePerH) * hours);

/** u32 threshold for `hash < threshold` to happen with probability p. */
export function threshold(p: number): number {
  if (!(p > 0)) return 0;
  if (p >= 1) return 0xffffffff;
  return Math.min(0xffffffff, Math.floor(p * 4294967296));
}

export const hill = (x: number, half: number, n: number): number => {
  if (x <= 0) return 0;
  const r = Math.pow(x / half, n);
  return r / (1 + r);
};

export const byte01 = (x: number): number => Math.min(255, Math.max(0, Math.round(x * 255)));
export const q16of01 = (x: number): number => Math.min(FIELD_MAX, Math.max(0, Math.round(x * FIELD_MAX)));
/** Multiplier per hour of a decay with `ratePerH`, in Q16. */
export const decayQ16 = (ratePerH: number): number => Math.min(65535, Math.round(Math.exp(-ratePerH) * 65536));
