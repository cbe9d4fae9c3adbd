/**
 * Resolve (architecture.md §3): every site computes its own next state from the intents around it.
 * A free site takes its winning claimant (a mover, a daughter or a recruited T cell); a mover or an
 * attacker learns that it won by running the same arbitration for its target. A CTL next to a
 * recognisable tumour cell activates. Twin of shaders/passes/resolve.wgsl.
 */
import { ANTIGEN_MASK, ANTIGEN_SHIFT, cellState, cellType, CTL_ACTIVATED, CTL_EFFECTOR, CTL_EXHAUSTED, ENGAGED_MASK, ENGAGED_SHIFT, field, KCAP_MASK, KCAP_SHIFT, SITE_BITS, STATE_MASK, STATE_SHIFT, TYPE_CTL, TYPE_EMPTY, TYPE_TUMOR, withField } from '../layout';
import { neighbourOf } from '../lattice';
import { ACTION_ATTACK, ACTION_DIVIDE, ACTION_MOVE, ACTION_RECRUIT, intentAction, NO_WINNER, winner, wonTarget } from '../intent';
import type { Packed } from '../tables';
import { STAT_DIVISIONS, STAT_KILLS, STAT_RECRUITED } from '../stats';
import type { TwinContext } from './context';

/** Word A of a T cell fresh from a vessel. */
export const freshCtl = (P: Packed): number => (TYPE_CTL | (CTL_EFFECTOR << STATE_SHIFT) | (P.killCapacity << KCAP_SHIFT)) >>> 0;

/** An effector CTL at (x, y) touching a tumour cell it recognises becomes activated. */
function activate(ctx: TwinContext, x: number, y: number, a: number): number {
  if (cellType(a) !== TYPE_CTL || cellState(a) !== CTL_EFFECTOR) return a;
  const { width, height, state } = ctx.lattice;
  for (let k = 0; k < 8; k++) {
    const j = neighbourOf(width, height, x, y, k);
    if (j < 0 || cellType(state[2 * j]) !== TYPE_TUMOR) continue;
    if (field(state[2 * j + 1], ANTIGEN_SHIFT, ANTIGEN_MASK) >= ctx.params.antigenThreshold) return withField(a, STATE_SHIFT, STATE_MASK, CTL_ACTIVATED);
  }
  return a;
}

/** A CTL that won its attack spends one kill and is engaged; with no kills left it is exhausted. */
function afterKill(P: Packed, a: number): number {
  const kcap = field(a, KCAP_SHIFT, KCAP_MASK) - 1;
  let out = withField(a, KCAP_SHIFT, KCAP_MASK, kcap);
  out = withField(out, ENGAGED_SHIFT, ENGAGED_MASK, P.engagementHours);
  return kcap === 0 ? withField(out, STATE_SHIFT, STATE_MASK, CTL_EXHAUSTED) : out;
}

export function resolve(ctx: TwinContext): void {
  const { width, height, state } = ctx.lattice;
  const { intents, next, params: P, stats } = ctx;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      let a = state[2 * i];
      let b = state[2 * i + 1];
      const site = a & SITE_BITS;
      const type = cellType(a);
      const own = intents[i];
      if (type === TYPE_EMPTY) {
        const k = winner(intents, width, height, x, y, false);
        if (k !== NO_WINNER) {
          const j = neighbourOf(width, height, x, y, k);
          const action = intentAction(intents[j]);
          if (action === ACTION_RECRUIT) {
            a = site | freshCtl(P);
            b = 0;
            stats[STAT_RECRUITED]++;
          } else {
            a = site | (state[2 * j] & ~SITE_BITS);
            b = state[2 * j + 1];
            if (action === ACTION_DIVIDE) stats[STAT_DIVISIONS]++;
          }
        }
      } else if (type === TYPE_TUMOR && winner(intents, width, height, x, y, true) !== NO_WINNER) {
        a = site; // killed by a T cell: apoptotic death frees the site
        b = 0;
        stats[STAT_KILLS]++;
      } else if (intentAction(own) === ACTION_MOVE && wonTarget(intents, width, height, x, y, own)) {
        a = site;
        b = 0;
      } else if (intentAction(own) === ACTION_ATTACK && wonTarget(intents, width, height, x, y, own)) {
        a = afterKill(P, a);
      }
      next[2 * i] = activate(ctx, x, y, a >>> 0) >>> 0;
      next[2 * i + 1] = b >>> 0;
    }
  }
}
