/**
 * How much of each field half-sweep changes anything (docs/performance.md, "What the figures say").
 * Runs the benchmark's scenario in the CPU twin and, for the sweeps that open each of the first timed
 * hours, counts the field words a half-sweep changes among those it relaxes, and its dispatch blocks
 * (a workgroup of the half-sweep kernel: 2·WORKGROUP × WORKGROUP sites):
 * - unchanged: no word of the block changed (an upper bound on what any skipping could save);
 * - skippable: provably so beforehand — the block's sites did not change in the half-sweep before
 *   last (its own colour) and its 3 × 3 block neighbourhood did not change in the last one (the
 *   other colour), so its inputs are those of its last half-sweep, which changed nothing.
 *
 *   npx tsx scripts/sweep-activity.ts [side=256] [hours=2]
 */
import { benchValues, WARMUP_HOURS } from '../src/bench/scenario';
import { WORKGROUP } from '../src/engine/pass-table';
import type { TwinContext } from '../src/model/reference/context';
import { fieldMode, fieldSweep } from '../src/model/reference/field-sweep';
import { contextFor } from '../src/model/reference/context';
import { CpuStepper } from '../src/model/reference/cpu-stepper';
import { FIELD_WORDS } from '../src/model/fields';
import { FIELD_SKIP } from '../src/model/therapy/exposure';

function argument(index: number, name: string, fallback: number, least: number): number {
  const text = process.argv[index];
  const v = text === undefined ? fallback : Number(text);
  if (!Number.isInteger(v) || v < least) {
    console.error(
      `${name}: expected an integer of at least ${least}, got '${text}'\nusage: npx tsx scripts/sweep-activity.ts [side=256] [hours=2]`,
    );
    process.exit(2);
  }
  return v;
}

const side = argument(2, 'side', 256, 16);
const hours = argument(3, 'hours', 2, 1);
const values = benchValues(side);
const blockW = 2 * WORKGROUP;
const blockH = WORKGROUP;
const bx = Math.ceil(side / blockW);
const by = Math.ceil(side / blockH);
const sites = side * side;

/** Whether the half-sweep touches word plane p (fields 2p and 2p + 1) at all. */
const planeActive = (ctx: TwinContext, p: number): boolean =>
  fieldMode(ctx, 2 * p) !== FIELD_SKIP || fieldMode(ctx, 2 * p + 1) !== FIELD_SKIP;

/** One half-sweep: which blocks changed a word, how many words changed and how many it relaxes. */
function halfSweep(ctx: TwinContext, parity: number): { blocks: Uint8Array; changed: number; relaxed: number } {
  const fields = ctx.lattice.fields;
  const before = fields.slice();
  fieldSweep(ctx, parity);
  const blocks = new Uint8Array(bx * by);
  let changed = 0;
  let relaxed = 0;
  for (let p = 0; p < FIELD_WORDS; p++) {
    if (!planeActive(ctx, p)) continue;
    relaxed += sites / 2;
    for (let site = 0; site < sites; site++) {
      const lo = 2 * p * sites + site;
      const hi = lo + sites;
      if (fields[lo] === before[lo] && fields[hi] === before[hi]) continue;
      changed++;
      blocks[Math.floor(Math.floor(site / side) / blockH) * bx + Math.floor((site % side) / blockW)] = 1;
    }
  }
  return { blocks, changed, relaxed };
}

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
let changed = 0;
let relaxed = 0;
let blocks = 0;
let unchanged = 0;
let skippable = 0;
for (let h = 0; h < hours; h++) {
  // The hour's sweeps on a copy (contextFor sets the hour's exposure), then the twin's own hour.
  const ctx = contextFor(await stepper.readState(), values);
  const history: Uint8Array[] = [];
  for (let k = 0; k < 2 * values.fieldSweepsPerHour; k++) {
    const half = halfSweep(ctx, k & 1);
    changed += half.changed;
    relaxed += half.relaxed;
    // The first two half-sweeps of an hour follow the cell passes, which change the sources: no skip rule applies.
    if (k >= 2) {
      for (let b = 0; b < by; b++) {
        for (let a = 0; a < bx; a++) {
          blocks++;
          if (!half.blocks[b * bx + a]) unchanged++;
          if (!history[k - 2][b * bx + a] && !changedAround(history[k - 1], a, b)) skippable++;
        }
      }
    }
    history.push(half.blocks);
  }
  await stepper.step(1);
}
const pct = (part: number, whole: number): string => `${((100 * part) / whole).toFixed(1)} %`;
console.log(
  `${side}², ${hours} h after the ${WARMUP_HOURS} h warm-up: ${pct(changed, relaxed)} of the field words a half-sweep relaxes change;`,
);
console.log(
  `of its ${blockW} × ${blockH}-site blocks (from the third half-sweep of each hour), ${pct(unchanged, blocks)} change nothing and ${pct(skippable, blocks)} could have been skipped`,
);
