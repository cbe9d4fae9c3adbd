/** Comparing per-hour statistics of two steppers, with the first difference spelled out. */
import type { HourStats } from '../../src/model/stats';

/** null when both series are equal hour for hour and column for column; otherwise the first difference. */
export function describeStatsDifference(
  actual: HourStats[],
  expected: HourStats[],
  names = ['actual', 'expected'],
): string | null {
  if (actual.length !== expected.length)
    return `${actual.length} hours (${names[0]}) vs ${expected.length} (${names[1]})`;
  for (let h = 0; h < actual.length; h++) {
    const a = actual[h];
    const b = expected[h];
    if (a.hour !== b.hour) return `record ${h}: hour ${a.hour} (${names[0]}) vs ${b.hour} (${names[1]})`;
    for (const column of new Set([...Object.keys(a.counts), ...Object.keys(b.counts)])) {
      if (a.counts[column] !== b.counts[column]) {
        return `hour ${a.hour}, ${column}: ${a.counts[column]} (${names[0]}) vs ${b.counts[column]} (${names[1]})`;
      }
    }
  }
  return null;
}
