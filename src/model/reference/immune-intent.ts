/**
 * Immune-cell intents per motility sub-step (model.md §4): an activated, free CTL touching a
 * recognisable tumour cell tries to kill it, with the chance a(antigen)·(1 − PD-L1 suppression)·m_S;
 * an M1 macrophage touching tumour tries a slow kill; otherwise CTLs, Tregs, MDSCs and macrophages move with their chance to the free neighbour
 * maximising (1 − w)·C_j / max C + w·U, and get in if the site's ECM lets them.
 * Twin of shaders/passes/immune-intent.wgsl.
 */
import {
  ANTIGEN_MASK,
  ANTIGEN_SHIFT,
  cellState,
  cellType,
  CTL_ACTIVATED,
  ECM_MASK,
  ECM_SHIFT,
  ENGAGED_MASK,
  ENGAGED_SHIFT,
  field,
  KCAP_MASK,
  KCAP_SHIFT,
  MAC_M1,
  PDL1_MASK,
  PDL1_SHIFT,
  TYPE_CTL,
  TYPE_EMPTY,
  TYPE_MACROPHAGE,
  TYPE_MDSC,
  TYPE_TREG,
  TYPE_TUMOR,
} from '../layout';
import { neighbourOf } from '../lattice';
import { ACTION_ATTACK, ACTION_MOVE, intentWord } from '../intent';
import { LUT_OFFSETS } from '../luts';
import * as R from '../rng';
import { FIELD_CHEMOKINE, FIELD_SUPPRESSIVE } from '../fields';
import { dirsAround, fieldAt, pickDir, type TwinContext } from './context';
import { engagedPdl1 } from './therapy';

const L = LUT_OFFSETS;
/** Cells that act in the sub-steps (move, kill); the rest of the lattice writes no intent. */
const IMMUNE_TYPES = [TYPE_CTL, TYPE_TREG, TYPE_MDSC, TYPE_MACROPHAGE];
/** Returned by killIntent when the CTL touches no recognisable tumour cell. */
const NOT_IN_CONTACT = -1;

/** Intent of an activated CTL in contact with recognisable tumour (0: stays without killing). */
export function killIntent(ctx: TwinContext, key: number, x: number, y: number, i: number, priority: number): number {
  const { width, height, state } = ctx.lattice;
  const { lut } = ctx;
  const targets: number[] = [];
  for (let k = 0; k < 8; k++) {
    const j = neighbourOf(width, height, x, y, k);
    if (j < 0 || cellType(state[2 * j]) !== TYPE_TUMOR) continue;
    if (field(state[2 * j + 1], ANTIGEN_SHIFT, ANTIGEN_MASK) >= ctx.params.antigenThreshold) targets.push(k);
  }
  if (targets.length === 0) return NOT_IN_CONTACT;
  const k = targets[R.draw(key, i, R.PURPOSE_DIRECTION) % targets.length];
  const b = state[2 * neighbourOf(width, height, x, y, k) + 1];
  const antigen = lut[L.LUT_ANTIGEN_DRIVE + field(b, ANTIGEN_SHIFT, ANTIGEN_MASK)];
  const pdl1 = lut[L.LUT_PDL1_PERMIT + (engagedPdl1(ctx, field(b, PDL1_SHIFT, PDL1_MASK)) >>> 8)];
  const s = lut[L.LUT_S_PERMIT + (fieldAt(ctx, FIELD_SUPPRESSIVE, i) >>> 8)];
  const drive = (antigen * pdl1 * s) >>> 12;
  return R.draw(key, i, R.PURPOSE_KILL) < lut[L.LUT_KILL + drive] ? intentWord(priority, ACTION_ATTACK, k) : 0;
}

/** Move intent: the best free neighbour by chemokine and noise, if the cell moves and gets in. */
export function moveIntent(
  ctx: TwinContext,
  key: number,
  x: number,
  y: number,
  i: number,
  type: number,
  priority: number,
): number {
  const { width, height, state, fields } = ctx.lattice;
  const { lut } = ctx;
  if (R.draw(key, i, R.PURPOSE_CTL_MOVE) >= lut[L.LUT_MOVE + type]) return 0;
  const plane = FIELD_CHEMOKINE * width * height;
  let maxC = 0;
  for (let k = 0; k < 8; k++) {
    const j = neighbourOf(width, height, x, y, k);
    if (j >= 0 && cellType(state[2 * j]) === TYPE_EMPTY) maxC = Math.max(maxC, fields[plane + j]);
  }
  const weight = lut[L.LUT_RANDOM_WEIGHT + type];
  let best = -1;
  let bestScore = 0;
  for (let k = 0; k < 8; k++) {
    const j = neighbourOf(width, height, x, y, k);
    if (j < 0 || cellType(state[2 * j]) !== TYPE_EMPTY) continue;
    const gradient = maxC > 0 ? Math.floor((fields[plane + j] * 256) / maxC) : 0;
    const score = (256 - weight) * gradient + weight * (R.draw(key, i, R.PURPOSE_NEIGHBOUR + k) >>> 24);
    if (best < 0 || score > bestScore) {
      best = k;
      bestScore = score;
    }
  }
  if (best < 0) return 0;
  const ecm = field(state[2 * neighbourOf(width, height, x, y, best)], ECM_SHIFT, ECM_MASK);
  return R.draw(key, i, R.PURPOSE_ENTER) < lut[L.LUT_ECM_IMMUNE + ecm] ? intentWord(priority, ACTION_MOVE, best) : 0;
}

export function immuneIntent(ctx: TwinContext, key: number): void {
  const { width, height, state } = ctx.lattice;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      const a = state[2 * i];
      const type = cellType(a);
      ctx.intents[i] = 0;
      if (!IMMUNE_TYPES.includes(type)) continue;
      if (type === TYPE_CTL && field(a, ENGAGED_SHIFT, ENGAGED_MASK) > 0) continue;
      const priority = R.draw(key, i, R.PURPOSE_PRIORITY);
      if (type === TYPE_CTL && cellState(a) === CTL_ACTIVATED && field(a, KCAP_SHIFT, KCAP_MASK) > 0) {
        const kill = killIntent(ctx, key, x, y, i, priority);
        if (kill !== NOT_IN_CONTACT) {
          ctx.intents[i] = kill;
          continue;
        }
      }
      if (type === TYPE_MACROPHAGE && cellState(a) === MAC_M1) {
        // An M1 macrophage touching tumour tries a (slow) kill in each sub-step, and otherwise moves.
        const tumour = dirsAround(ctx, x, y, TYPE_TUMOR);
        if (tumour.length > 0 && R.draw(key, i, R.PURPOSE_KILL) < ctx.params.thrM1Kill) {
          ctx.intents[i] = intentWord(priority, ACTION_ATTACK, pickDir(tumour, R.draw(key, i, R.PURPOSE_DIRECTION)));
          continue;
        }
      }
      ctx.intents[i] = moveIntent(ctx, key, x, y, i, type, priority);
    }
  }
}
