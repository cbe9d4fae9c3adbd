/** End-of-hour census (model.md §6), the twin of shaders/passes/stats.wgsl. */
import { cellState, cellType, CTL_ACTIVATED, CTL_EFFECTOR, CTL_EXHAUSTED, TYPE_CTL, TYPE_TUMOR } from '../layout';
import { STAT_CTL_ACTIVATED, STAT_CTL_EFFECTOR, STAT_CTL_EXHAUSTED, STAT_HYPOXIC_TUMOR } from '../stats';
import { FIELD_O2 } from '../tables';
import type { TwinContext } from './context';

const CTL_STAT = { [CTL_EFFECTOR]: STAT_CTL_EFFECTOR, [CTL_ACTIVATED]: STAT_CTL_ACTIVATED, [CTL_EXHAUSTED]: STAT_CTL_EXHAUSTED } as Record<number, number>;

export function census(ctx: TwinContext): void {
  const { width, height, state, fields } = ctx.lattice;
  const { stats } = ctx;
  const n = width * height;
  for (let i = 0; i < n; i++) {
    const a = state[2 * i];
    const type = cellType(a);
    stats[type]++;
    if (type === TYPE_CTL) {
      const s = CTL_STAT[cellState(a)];
      if (s !== undefined) stats[s]++;
    } else if (type === TYPE_TUMOR && fields[FIELD_O2 * n + i] < ctx.params.hypoxiaQ16) {
      stats[STAT_HYPOXIC_TUMOR]++;
    }
  }
}
