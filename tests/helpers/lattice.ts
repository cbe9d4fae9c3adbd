/**
 * Lattice helpers shared by the unit and GPU tests: a census recounted from the words themselves,
 * and a readable description of where two lattices first differ.
 */
import {
  cellState,
  cellType,
  CTL_ACTIVATED,
  CTL_EFFECTOR,
  CTL_EXHAUSTED,
  TYPE_COUNT,
  TYPE_CTL,
  TYPE_NAMES,
  TYPE_TUMOR,
} from '../../src/model/layout';
import type { Lattice } from '../../src/model/lattice';
import { FIELD_COUNT, FIELD_O2 } from '../../src/model/tables';

/** What the end-of-hour census should say about `lattice`, counted site by site (HourStats keys). */
export function recount(lattice: Lattice, hypoxiaQ16: number): Record<string, number> {
  const n = lattice.width * lattice.height;
  const perType = new Array<number>(TYPE_COUNT).fill(0);
  const out: Record<string, number> = { ctl_effector: 0, ctl_activated: 0, ctl_exhausted: 0, hypoxic_tumour: 0 };
  const ctlKey: Record<number, string> = {
    [CTL_EFFECTOR]: 'ctl_effector',
    [CTL_ACTIVATED]: 'ctl_activated',
    [CTL_EXHAUSTED]: 'ctl_exhausted',
  };
  for (let i = 0; i < n; i++) {
    const a = lattice.state[2 * i];
    const type = cellType(a);
    perType[type]++;
    if (type === TYPE_CTL) {
      const key = ctlKey[cellState(a)] ?? 'ctl_unknown_state';
      out[key] = (out[key] ?? 0) + 1;
    }
    if (type === TYPE_TUMOR && lattice.fields[FIELD_O2 * n + i] < hypoxiaQ16) out.hypoxic_tumour++;
  }
  for (const [type, name] of Object.entries(TYPE_NAMES)) out[name] = perType[Number(type)];
  out.unnamedTypes = perType.reduce((sum, count, type) => (TYPE_NAMES[type] === undefined ? sum + count : sum), 0);
  return out;
}

const hex = (x: number | undefined): string => (x === undefined ? 'missing' : '0x' + (x >>> 0).toString(16).padStart(8, '0'));

/**
 * null when the two lattices are identical bit for bit (size, hour, every state word and field
 * value); otherwise where they first differ — array, index, site (x, y), both values — and how many
 * words differ, so a failing comparison says which rule to look at.
 */
export function describeDifference(actual: Lattice, expected: Lattice, names = ['actual', 'expected']): string | null {
  const [na, nb] = names;
  if (actual.width !== expected.width || actual.height !== expected.height) {
    return `size ${actual.width}×${actual.height} (${na}) vs ${expected.width}×${expected.height} (${nb})`;
  }
  const n = actual.width * actual.height;
  const problems: string[] = [];
  if (actual.hour !== expected.hour) problems.push(`hour ${actual.hour} (${na}) vs ${expected.hour} (${nb})`);
  const arrays = [
    { name: 'state', a: actual.state, b: expected.state },
    { name: 'fields', a: actual.fields, b: expected.fields },
  ];
  for (const { name, a, b } of arrays) {
    let first = -1;
    let count = 0;
    const length = Math.max(a.length, b.length);
    for (let i = 0; i < length; i++) {
      if (a[i] !== b[i]) {
        if (first < 0) first = i;
        count++;
      }
    }
    if (first < 0) continue;
    const site = name === 'state' ? Math.floor(first / 2) : first % n;
    const where =
      name === 'state'
        ? `site ${site} word ${first % 2 === 0 ? 'A' : 'B'}`
        : `field ${Math.floor(first / n)} of ${FIELD_COUNT} at site ${site}`;
    const x = site % actual.width;
    const y = Math.floor(site / actual.width);
    problems.push(
      `${name}[${first}] (${where}, x ${x}, y ${y}): ${hex(a[first])} (${na}) vs ${hex(b[first])} (${nb}); ${count} of ${length} ${name} words differ`,
    );
  }
  return problems.length ? problems.join('\n') : null;
}
