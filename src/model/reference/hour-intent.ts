/**
 * Hourly intents (model.md §4): tumour division (O2-gated; a spent non-stem cell dies trying) or
 * migration, both slowed by ECM; recruitment at vessels (CTL by priming and chemokine, Treg by
 * chemokine, MDSC and macrophage by tumour burden); division of activated CTLs (slowed by S).
 * Attacks happen only in the sub-steps, so a tumour cell never both moves and dies in one resolve.
 * Twin of shaders/passes/hour-intent.wgsl.
 */
import { scaleBy } from '../fixed';
import {
  CAPACITY_MASK,
  CAPACITY_SHIFT,
  cellState,
  cellType,
  CTL_ACTIVATED,
  DIVISIONS_MASK,
  DIVISIONS_SHIFT,
  DOOM_MASK,
  DOOM_SHIFT,
  ECM_MASK,
  ECM_SHIFT,
  field,
  TUMOR_STEM,
  TYPE_CTL,
  TYPE_EMPTY,
  TYPE_TUMOR,
  TYPE_VESSEL,
} from '../layout';
import { neighbourOf } from '../lattice';
import {
  ACTION_DIE,
  ACTION_DIVIDE,
  ACTION_MOVE,
  ACTION_NONE,
  ACTION_RECRUIT,
  intentWord,
  RECRUIT_CTL,
  RECRUIT_MAC,
  RECRUIT_MDSC,
  RECRUIT_TREG,
} from '../intent';
import { LUT_OFFSETS } from '../luts';
import * as R from '../rng';
import { FIELD_CHEMOKINE, FIELD_O2, FIELD_SUPPRESSIVE } from '../fields';
import { SYS_BURDEN, SYS_BURDEN_MDSC, SYS_PRIMING_LEVEL } from '../systemic-words';
import { dirsAround, fieldAt, pickDir, type TwinContext } from './context';
import { divisionThreshold } from './therapy';

const L = LUT_OFFSETS;

interface Choice {
  action: number;
  dir: number;
  recruit?: number;
}

/** Whether a tumour cell gets into the free site in direction k (ECM porosity). */
function enters(ctx: TwinContext, key: number, x: number, y: number, i: number, k: number): boolean {
  const j = neighbourOf(ctx.lattice.width, ctx.lattice.height, x, y, k);
  return (
    R.draw(key, i, R.PURPOSE_ENTER) < ctx.lut[L.LUT_ECM_TUMOR + field(ctx.lattice.state[2 * j], ECM_SHIFT, ECM_MASK)]
  );
}

export function tumourIntent(ctx: TwinContext, key: number, x: number, y: number, i: number, a: number): Choice | null {
  // A doomed (lethally irradiated) cell neither divides nor moves.
  if (field(a, DOOM_SHIFT, DOOM_MASK) > 0) return null;
  const free = dirsAround(ctx, x, y, TYPE_EMPTY);
  if (free.length === 0) return null;
  const o2 = fieldAt(ctx, FIELD_O2, i);
  const dir = pickDir(free, R.draw(key, i, R.PURPOSE_DIRECTION));
  if (R.draw(key, i, R.PURPOSE_DIVIDE) < divisionThreshold(ctx, a, o2)) {
    const spent =
      ctx.params.stemHierarchy === 1 &&
      (cellState(a) & TUMOR_STEM) === 0 &&
      field(a, CAPACITY_SHIFT, CAPACITY_MASK) === 0;
    if (spent) return { action: ACTION_DIE, dir: 0 };
    return enters(ctx, key, x, y, i, dir) ? { action: ACTION_DIVIDE, dir } : null;
  }
  if (R.draw(key, i, R.PURPOSE_MIGRATE) < ctx.params.thrMigration && enters(ctx, key, x, y, i, dir))
    return { action: ACTION_MOVE, dir };
  return null;
}

export function vesselIntent(ctx: TwinContext, key: number, x: number, y: number, i: number): Choice | null {
  const free = dirsAround(ctx, x, y, TYPE_EMPTY);
  if (free.length === 0) return null;
  const { lut } = ctx;
  const sys = ctx.lattice.systemic;
  const c = fieldAt(ctx, FIELD_CHEMOKINE, i) >>> 8;
  const dir = pickDir(free, R.draw(key, i, R.PURPOSE_DIRECTION));
  if (R.draw(key, i, R.PURPOSE_RECRUIT) < lut[L.LUT_RECRUIT_CTL + sys[SYS_PRIMING_LEVEL] * 256 + c])
    return { action: ACTION_RECRUIT, dir, recruit: RECRUIT_CTL };
  if (R.draw(key, i, R.PURPOSE_RECRUIT_TREG) < scaleBy(lut[L.LUT_RECRUIT_TREG + c], ctx.dose.tregRecruitQ16))
    return { action: ACTION_RECRUIT, dir, recruit: RECRUIT_TREG };
  if (
    R.draw(key, i, R.PURPOSE_RECRUIT_MDSC) <
    scaleBy(lut[L.LUT_RECRUIT_MDSC + sys[SYS_BURDEN_MDSC]], ctx.dose.mdscRecruitQ16)
  )
    return { action: ACTION_RECRUIT, dir, recruit: RECRUIT_MDSC };
  if (R.draw(key, i, R.PURPOSE_RECRUIT_MAC) < lut[L.LUT_RECRUIT_MAC + sys[SYS_BURDEN]])
    return { action: ACTION_RECRUIT, dir, recruit: RECRUIT_MAC };
  return null;
}

export function ctlIntent(ctx: TwinContext, key: number, x: number, y: number, i: number, a: number): Choice | null {
  if (cellState(a) !== CTL_ACTIVATED || field(a, DIVISIONS_SHIFT, DIVISIONS_MASK) === 0) return null;
  const free = dirsAround(ctx, x, y, TYPE_EMPTY);
  if (free.length === 0) return null;
  if (R.draw(key, i, R.PURPOSE_DIVIDE) >= ctx.lut[L.LUT_CTL_DIVIDE + (fieldAt(ctx, FIELD_SUPPRESSIVE, i) >>> 8)])
    return null;
  return { action: ACTION_DIVIDE, dir: pickDir(free, R.draw(key, i, R.PURPOSE_DIRECTION)) };
}

export function hourIntent(ctx: TwinContext, key: number): void {
  const { width, height, state } = ctx.lattice;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      const a = state[2 * i];
      let choice: Choice | null = null;
      switch (cellType(a)) {
        case TYPE_TUMOR:
          choice = tumourIntent(ctx, key, x, y, i, a);
          break;
        case TYPE_VESSEL:
          choice = vesselIntent(ctx, key, x, y, i);
          break;
        case TYPE_CTL:
          choice = ctlIntent(ctx, key, x, y, i, a);
          break;
      }
      ctx.intents[i] =
        choice && choice.action !== ACTION_NONE
          ? intentWord(R.draw(key, i, R.PURPOSE_PRIORITY), choice.action, choice.dir, choice.recruit ?? 0)
          : 0;
    }
  }
}
