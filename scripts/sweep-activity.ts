/**
 * How much of each field half-sweep changes anything (docs/performance.md, "What the figures say"):
 * runs the benchmark's scenario in the CPU twin and, for the sweeps that open each of the first
 * timed hours, counts the field words a half-sweep changes and the dispatch blocks (a workgroup of
 * the half-sweep kernel: 2·WORKGROUP × WORKGROUP sites) that could have been skipped exactly: a
 * block whose sites did not change in the half-sweep before last (its own colour) and whose 3 × 3
 * block neighbourhood did not change in the last one (the other colour) cannot change now.
 *
 *   npx tsx scripts/sweep-activity.ts [side=256] [hours=2]
 */
import { benchValues, WARMUP_HOURS } from '../src/bench/scenario';
import { FIELD_DRUG, FIELD_NANO, FIELD_WORDS } from '../src/model/tables';
import { FIELD_SKIP, FIELD_SOLVE } from '../src/model/therapy/exposure';
import { WORKGROUP } from '../src/engine/lattice-pass';
import { contextFor, CpuStepper } from '../src/model/reference/twin';
import { fieldSweep } from '../src/model/reference/field-sweep';
import { exposureAt, Pharmacokinetics } from '../src/model/therapy/exposure';

const side = Number(process.argv[2] ?? 256);
const hours = Number(process.argv[3] ?? 2);
const values = benchValues(side);
const blockW = 2 * WORKGROUP;
const blockH = WORKGROUP;
const bx = Math.ceil(side / blockW);
const by = Math.ceil(side / blockH);

/**
 * Which blocks of a half-sweep changed a field value, and how many of the GPU's packed words (two
 * fields of a site, src/engine/field-pack.ts) changed.
 */
function halfSweep(ctx: ReturnType<typeof contextFor>, parity: number): { blocks: Uint8Array; words: number } {
  const fields = ctx.lattice.fields;
  const before = fields.slice();
  fieldSweep(ctx, parity);
  const n = side * side;
  const blocks = new Uint8Array(bx * by);
  let words = 0;
  for (let p = 0; p < FIELD_WORDS; p++) {
    if (!planeActive(ctx, p)) continue;
    for (let site = 0; site < n; site++) {
      const lo = 2 * p * n + site;
      const hi = lo + n;
      if (fields[lo] === before[lo] && fields[hi] === before[hi]) continue;
      words++;
      blocks[Math.floor(Math.floor(site / side) / blockH) * bx + Math.floor((site % side) / blockW)] = 1;
    }
  }
  return { blocks, words };
}

/** Whether the half-sweep touches word plane p at all (fieldMode in sweep-word.wgsl). */
const planeActive = (ctx: ReturnType<typeof contextFor>, p: number): boolean =>
  [2 * p, 2 * p + 1].some((f) => (f === FIELD_DRUG ? ctx.dose.drugMode : f === FIELD_NANO ? ctx.dose.nanoMode : FIELD_SOLVE) !== FIELD_SKIP);

const changedAround = (blocks: Uint8Array, a: number, b: number): boolean => {
  for (let db = -1; db <= 1; db++) {
    for (let da = -1; da <= 1; da++) {
      const aa = a + da;
      const bb = b + db;
      if (aa >= 0 && bb >= 0 && aa < bx && bb < by && blocks[bb * bx + aa]) return true;
    }
  }
  return false;
};

const stepper = new CpuStepper();
await stepper.reset(values);
await stepper.step(WARMUP_HOURS);
let words = 0;
let activeWords = 0;
let skippable = 0;
let blocks = 0;
for (let h = 0; h < hours; h++) {
  const lattice = await stepper.readState();
  const ctx = contextFor(lattice, values);
  ctx.dose = exposureAt(new Pharmacokinetics(values, []), lattice.hour);
  const history: Uint8Array[] = [];
  for (let k = 0; k < 2 * values.fieldSweepsPerHour; k++) {
    const half = halfSweep(ctx, k & 1);
    words += half.words;
    for (let p = 0; p < FIELD_WORDS; p++) if (planeActive(ctx, p)) activeWords += (side * side) / 2;
    // The first two half-sweeps of an hour follow the cell passes, which change the sources.
    if (k >= 2) {
      for (let b = 0; b < by; b++) {
        for (let a = 0; a < bx; a++) {
          blocks++;
          if (!history[k - 2][b * bx + a] && !changedAround(history[k - 1], a, b)) skippable++;
        }
      }
    }
    history.push(half.blocks);
  }
  await stepper.step(1);
}
console.log(
  `${side}²: ${((100 * words) / activeWords).toFixed(1)} % of the field words a half-sweep relaxes change; ` +
    `${((100 * skippable) / blocks).toFixed(1)} % of its ${blockW} × ${blockH}-site blocks could have been skipped`,
);
