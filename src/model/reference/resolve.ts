/**
 * Resolve (architecture.md §3): every site computes its own next state from the intents around it.
 * A free site takes its winning claimant (a mover, a daughter or a recruited cell); a mover, a
 * dividing mother or an attacker learns that it won by running the same arbitration for its
 * target. A CTL next to a recognisable tumour cell activates. Twin of shaders/passes/resolve.wgsl.
 */
import * as Y from '../layout';
import { neighbourOf } from '../lattice';
import {
  ACTION_ATTACK,
  ACTION_DIE,
  ACTION_DIVIDE,
  ACTION_MOVE,
  ACTION_RECRUIT,
  intentAction,
  intentRecruit,
  NO_WINNER,
  RECRUIT_CTL,
  RECRUIT_MAC,
  RECRUIT_MDSC,
  RECRUIT_TREG,
  winner,
  wonTarget,
} from '../intent';
import * as R from '../rng';
import * as S from '../stats';
import type { Packed } from '../gpu-params';
import type { TwinContext } from './context';

const { field, withField, cellType, cellState } = Y;

/** Word A of a cell fresh from a vessel. */
export function recruitedCell(P: Packed, recruit: number): number {
  switch (recruit) {
    case RECRUIT_CTL:
      return (Y.TYPE_CTL | (Y.CTL_EFFECTOR << Y.STATE_SHIFT) | (P.killCapacity << Y.KCAP_SHIFT)) >>> 0;
    case RECRUIT_TREG:
      return Y.TYPE_TREG;
    case RECRUIT_MDSC:
      return Y.TYPE_MDSC;
    default:
      return Y.TYPE_MACROPHAGE | (Y.MAC_M0 << Y.STATE_SHIFT);
  }
}

const RECRUIT_STAT = {
  [RECRUIT_CTL]: S.STAT_RECRUITED_CTL,
  [RECRUIT_TREG]: S.STAT_RECRUITED_TREG,
  [RECRUIT_MDSC]: S.STAT_RECRUITED_MDSC,
  [RECRUIT_MAC]: S.STAT_RECRUITED_MAC,
} as Record<number, number>;

/** The daughter of a tumour mother (words a, b at site j): stem fate, capacity and antigen mutation. */
export function tumourDaughter(P: Packed, key: number, j: number, a: number, b: number): [number, number] {
  let da = a;
  if (P.stemHierarchy === 1) {
    const stem = (cellState(a) & Y.TUMOR_STEM) !== 0;
    if (!stem) da = withField(a, Y.CAPACITY_SHIFT, Y.CAPACITY_MASK, field(a, Y.CAPACITY_SHIFT, Y.CAPACITY_MASK) - 1);
    else if (R.draw(key, j, R.PURPOSE_STEM) >= P.thrStemSymmetric) {
      da = withField(
        withField(a, Y.STATE_SHIFT, Y.STATE_MASK, cellState(a) & ~Y.TUMOR_STEM),
        Y.CAPACITY_SHIFT,
        Y.CAPACITY_MASK,
        P.proliferationCapacity,
      );
    }
  }
  if (R.draw(key, j, R.PURPOSE_MUTATE) >= P.thrMutation) return [da, b];
  const sign = R.draw(key, j, R.PURPOSE_ANTIGEN_SIGN);
  const antigen = field(b, Y.ANTIGEN_SHIFT, Y.ANTIGEN_MASK);
  const shifted =
    sign < P.thrAntigenLoss ? Math.max(0, antigen - P.mutationShift) : Math.min(255, antigen + P.mutationShift);
  const clone = (sign >>> 8) & Y.CLONE_MASK; // a mutated daughter founds a new clone
  return [da, withField(withField(b, Y.ANTIGEN_SHIFT, Y.ANTIGEN_MASK, shifted), Y.CLONE_SHIFT, Y.CLONE_MASK, clone)];
}

/** The mother after its division won: a non-stem tumour cell spends a division; a CTL its count. */
export function afterDivision(P: Packed, a: number): number {
  if (cellType(a) === Y.TYPE_CTL)
    return withField(a, Y.DIVISIONS_SHIFT, Y.DIVISIONS_MASK, field(a, Y.DIVISIONS_SHIFT, Y.DIVISIONS_MASK) - 1);
  if (P.stemHierarchy === 1 && (cellState(a) & Y.TUMOR_STEM) === 0)
    return withField(a, Y.CAPACITY_SHIFT, Y.CAPACITY_MASK, field(a, Y.CAPACITY_SHIFT, Y.CAPACITY_MASK) - 1);
  return a;
}

/** A CTL that won its attack spends a kill, is engaged and secretes IFN-γ; with none left it is exhausted. */
export function afterKill(P: Packed, a: number): number {
  if (cellType(a) !== Y.TYPE_CTL) return a;
  const kcap = field(a, Y.KCAP_SHIFT, Y.KCAP_MASK) - 1;
  let out = withField(a, Y.KCAP_SHIFT, Y.KCAP_MASK, kcap);
  out = withField(out, Y.ENGAGED_SHIFT, Y.ENGAGED_MASK, P.engagementHours);
  out = withField(out, Y.TIMER_SHIFT, Y.TIMER_MASK, P.ifnHours);
  return kcap === 0 ? withField(out, Y.STATE_SHIFT, Y.STATE_MASK, Y.CTL_EXHAUSTED) : out;
}

/** An effector CTL at (x, y) touching a tumour cell it recognises activates: divisions and IFN-γ window start. */
export function activate(ctx: TwinContext, x: number, y: number, a: number): number {
  if (cellType(a) !== Y.TYPE_CTL || cellState(a) !== Y.CTL_EFFECTOR) return a;
  const { width, height, state } = ctx.lattice;
  const P = ctx.params;
  for (let k = 0; k < 8; k++) {
    const j = neighbourOf(width, height, x, y, k);
    if (j < 0 || cellType(state[2 * j]) !== Y.TYPE_TUMOR) continue;
    if (field(state[2 * j + 1], Y.ANTIGEN_SHIFT, Y.ANTIGEN_MASK) < P.antigenThreshold) continue;
    const out = withField(
      withField(a, Y.STATE_SHIFT, Y.STATE_MASK, Y.CTL_ACTIVATED),
      Y.DIVISIONS_SHIFT,
      Y.DIVISIONS_MASK,
      P.ctlDivisions,
    );
    return withField(out, Y.TIMER_SHIFT, Y.TIMER_MASK, P.ifnHours);
  }
  return a;
}

/** What a free site at (x, y) becomes: its winning claimant, or itself. */
export function claim(ctx: TwinContext, key: number, x: number, y: number, a: number, b: number): [number, number] {
  const { width, height, state } = ctx.lattice;
  const k = winner(ctx.intents, width, height, x, y, false);
  if (k === NO_WINNER) return [a, b];
  const j = neighbourOf(width, height, x, y, k);
  const it = ctx.intents[j];
  const site = a & Y.SITE_BITS;
  const [ma, mb] = [state[2 * j], state[2 * j + 1]];
  switch (intentAction(it)) {
    case ACTION_RECRUIT:
      ctx.stats[RECRUIT_STAT[intentRecruit(it)]]++;
      return [site | recruitedCell(ctx.params, intentRecruit(it)), 0];
    case ACTION_DIVIDE: {
      if (cellType(ma) === Y.TYPE_CTL) {
        ctx.stats[S.STAT_CTL_DIVISIONS]++;
        return [site | (afterDivision(ctx.params, ma) & ~Y.SITE_BITS), mb];
      }
      ctx.stats[S.STAT_DIVISIONS]++;
      const [da, db] = tumourDaughter(ctx.params, key, j, ma, mb);
      return [site | (da & ~Y.SITE_BITS), db];
    }
    default:
      return [site | (ma & ~Y.SITE_BITS), mb];
  }
}

export function resolve(ctx: TwinContext, key: number): void {
  const { width, height, state } = ctx.lattice;
  const { intents, next, params: P, stats } = ctx;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      let a = state[2 * i];
      let b = state[2 * i + 1];
      const site = a & Y.SITE_BITS;
      const own = intents[i];
      const action = intentAction(own);
      if (cellType(a) === Y.TYPE_EMPTY) {
        [a, b] = claim(ctx, key, x, y, a, b);
      } else if (cellType(a) === Y.TYPE_TUMOR && winner(intents, width, height, x, y, true) !== NO_WINNER) {
        const k = winner(intents, width, height, x, y, true);
        const attacker = state[2 * neighbourOf(width, height, x, y, k)];
        stats[cellType(attacker) === Y.TYPE_CTL ? S.STAT_KILLS : S.STAT_KILLS_M1]++;
        [a, b] = [site, 0]; // killed: apoptotic death frees the site
      } else if (action === ACTION_DIE) {
        [a, b] = [site, 0];
      } else if (action === ACTION_MOVE && wonTarget(intents, width, height, x, y, own)) {
        [a, b] = [site, 0];
      } else if (action === ACTION_ATTACK && wonTarget(intents, width, height, x, y, own)) {
        a = afterKill(P, a);
      } else if (action === ACTION_DIVIDE && wonTarget(intents, width, height, x, y, own)) {
        a = afterDivision(P, a);
      }
      next[2 * i] = activate(ctx, x, y, a >>> 0) >>> 0;
      next[2 * i + 1] = b >>> 0;
    }
  }
}
