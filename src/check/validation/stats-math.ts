/** Small statistics for the validation report: median and interquartile range. */

export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}

export const median = (values: readonly number[]): number => quantile(values, 0.5);

export interface Summary {
  median: number;
  q1: number;
  q3: number;
}

export const summarise = (values: readonly number[]): Summary => ({
  median: median(values),
  q1: quantile(values, 0.25),
  q3: quantile(values, 0.75),
});

export const fmt = (x: number, digits = 3): string => (Number.isFinite(x) ? String(+x.toPrecision(digits)) : '—');
export const fmtSummary = (s: Summary, digits = 3): string =>
  `${fmt(s.median, digits)} [${fmt(s.q1, digits)}–${fmt(s.q3, digits)}]`;
