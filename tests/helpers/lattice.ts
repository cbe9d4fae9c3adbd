/**
 * Lattice helpers shared by the unit and GPU tests: a census recounted from the words themselves,
 * and a readable description of where two lattices first differ.
 */
import {
  ANTIGEN_MASK,
  ANTIGEN_SHIFT,
  cellState,
  cellType,
  CTL_ACTIVATED,
  CTL_EFFECTOR,
  CTL_EXHAUSTED,
  field,
  MAC_M0,
  MAC_M1,
  MAC_M2,
  PDL1_MASK,
  PDL1_SHIFT,
  TUMOR_STEM,
  TYPE_COUNT,
  TYPE_CTL,
  TYPE_MACROPHAGE,
  TYPE_NAMES,
  TYPE_NECROTIC,
  TYPE_TREG,
  TYPE_TUMOR,
} from '../../src/model/layout';
import type { Lattice } from '../../src/model/lattice';
import { FIELD_COUNT, FIELD_O2 } from '../../src/model/fields';
import { q16of01 } from '../../src/model/thresholds';

/** PD-L1 (Q16) above which a tumour cell is PD-L1+ (model.md §4: pdl1 > 0.1). */
const PDL1_POSITIVE_Q16 = q16of01(0.1);

/** Summed-area table of tumour and debris sites: entry (y + 1)·(w + 1) + x + 1 counts those in [0, x] × [0, y]. */
function tumourTable(lattice: Lattice): Int32Array {
  const w = lattice.width;
  const table = new Int32Array((w + 1) * (lattice.height + 1));
  for (let y = 0; y < lattice.height; y++) {
    for (let x = 0; x < w; x++) {
      const type = cellType(lattice.state[2 * (y * w + x)]);
      const here = type === TYPE_TUMOR || type === TYPE_NECROTIC ? 1 : 0;
      table[(y + 1) * (w + 1) + x + 1] =
        here + table[y * (w + 1) + x + 1] + table[(y + 1) * (w + 1) + x] - table[y * (w + 1) + x];
    }
  }
  return table;
}

/** Tumour or debris sites within `reach` (Chebyshev) of a CD8/Treg site (x, y); the site itself holds neither. */
function tumourWithin(table: Int32Array, lattice: Lattice, x: number, y: number, reach: number): number {
  const w = lattice.width + 1;
  const x0 = Math.max(0, x - reach);
  const y0 = Math.max(0, y - reach);
  const x1 = Math.min(lattice.width - 1, x + reach) + 1;
  const y1 = Math.min(lattice.height - 1, y + reach) + 1;
  return table[y1 * w + x1] - table[y0 * w + x1] - table[y1 * w + x0] + table[y0 * w + x0];
}

/**
 * What the end-of-hour census should say about `lattice`, counted site by site (HourStats keys):
 * cells per type and state, hypoxic / PD-L1+ / stem tumour cells, antigen and PD-L1 sums, and CD8
 * and Treg cells inside the tumour (≥ 12 of the 24 sites around them tumour or debris), at its
 * margin (1–11) or near it (tumour or debris within 10 sites).
 */
export function recount(lattice: Lattice, hypoxiaQ16: number): Record<string, number> {
  const n = lattice.width * lattice.height;
  const perType = new Array<number>(TYPE_COUNT).fill(0);
  const zero = [
    'hypoxic_tumour',
    'pdl1_positive',
    'stem',
    'antigen_sum',
    'pdl1_sum',
    'cd8_inside',
    'cd8_margin',
    'cd8_near',
    'treg_inside',
    'treg_margin',
  ];
  const out: Record<string, number> = {
    ctl_effector: 0,
    ctl_activated: 0,
    ctl_exhausted: 0,
    mac_m0: 0,
    mac_m1: 0,
    mac_m2: 0,
  };
  for (const key of zero) out[key] = 0;
  const stateKey: Record<number, Record<number, string>> = {
    [TYPE_CTL]: { [CTL_EFFECTOR]: 'ctl_effector', [CTL_ACTIVATED]: 'ctl_activated', [CTL_EXHAUSTED]: 'ctl_exhausted' },
    [TYPE_MACROPHAGE]: { [MAC_M0]: 'mac_m0', [MAC_M1]: 'mac_m1', [MAC_M2]: 'mac_m2' },
  };
  const table = tumourTable(lattice);
  for (let i = 0; i < n; i++) {
    const a = lattice.state[2 * i];
    const b = lattice.state[2 * i + 1];
    const type = cellType(a);
    const x = i % lattice.width;
    const y = Math.floor(i / lattice.width);
    perType[type]++;
    if (stateKey[type]) {
      const key = stateKey[type][cellState(a)] ?? `${TYPE_NAMES[type]}_unknown_state`;
      out[key] = (out[key] ?? 0) + 1;
    }
    if (type === TYPE_TUMOR) {
      if (lattice.fields[FIELD_O2 * n + i] < hypoxiaQ16) out.hypoxic_tumour++;
      if (field(b, PDL1_SHIFT, PDL1_MASK) > PDL1_POSITIVE_Q16) out.pdl1_positive++;
      if ((cellState(a) & TUMOR_STEM) !== 0) out.stem++;
      out.antigen_sum += field(b, ANTIGEN_SHIFT, ANTIGEN_MASK);
      out.pdl1_sum += field(b, PDL1_SHIFT, PDL1_MASK) >>> 8;
    }
    if (type === TYPE_CTL || type === TYPE_TREG) {
      const around = tumourWithin(table, lattice, x, y, 2);
      const prefix = type === TYPE_CTL ? 'cd8' : 'treg';
      if (around >= 12) out[`${prefix}_inside`]++;
      else if (around > 0) out[`${prefix}_margin`]++;
      if (type === TYPE_CTL && tumourWithin(table, lattice, x, y, 10) > 0) out.cd8_near++;
    }
  }
  for (const [type, name] of Object.entries(TYPE_NAMES)) out[name] = perType[Number(type)];
  out.unnamedTypes = perType.reduce((sum, count, type) => (TYPE_NAMES[type] === undefined ? sum + count : sum), 0);
  return out;
}

/** Every column recount() reproduces, for comparing it with a census record. */
export const RECOUNTED_COLUMNS: readonly string[] = [
  ...Object.values(TYPE_NAMES),
  'ctl_effector',
  'ctl_activated',
  'ctl_exhausted',
  'mac_m0',
  'mac_m1',
  'mac_m2',
  'hypoxic_tumour',
  'pdl1_positive',
  'stem',
  'antigen_sum',
  'pdl1_sum',
  'cd8_inside',
  'cd8_margin',
  'cd8_near',
  'treg_inside',
  'treg_margin',
];

const hex = (x: number | undefined): string =>
  x === undefined ? 'missing' : '0x' + (x >>> 0).toString(16).padStart(8, '0');

/**
 * null when the two lattices are identical bit for bit (size, hour, every state word, field value
 * and systemic word); otherwise where they first differ — array, index, site (x, y), both values — and how many
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
    { name: 'systemic', a: actual.systemic, b: expected.systemic },
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
    if (name === 'systemic') {
      problems.push(
        `systemic[${first}] (SYS word ${first}): ${hex(a[first])} (${na}) vs ${hex(b[first])} (${nb}); ${count} of ${length} words differ`,
      );
      continue;
    }
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
