/**
 * Hourly intents (model.md §4): tumour division (O2-gated) or migration into a free neighbour, and
 * CTL recruitment from vessels (chemokine-gated). Twin of shaders/passes/hour-intent.wgsl.
 */
import { cellType, TYPE_EMPTY, TYPE_TUMOR, TYPE_VESSEL } from '../layout';
import { neighbourOf } from '../lattice';
import { ACTION_DIVIDE, ACTION_MOVE, ACTION_NONE, ACTION_RECRUIT, intentWord } from '../intent';
import { draw, PURPOSE_DIRECTION, PURPOSE_DIVIDE, PURPOSE_MIGRATE, PURPOSE_PRIORITY, PURPOSE_RECRUIT } from '../rng';
import { FIELD_CHEMOKINE, FIELD_O2, LUT_DIVISION, LUT_RECRUIT } from '../tables';
import type { TwinContext } from './context';

export function hourIntent(ctx: TwinContext, key: number): void {
  const { width, height, state, fields } = ctx.lattice;
  const { params: P, lut, intents } = ctx;
  const n = width * height;
  const free = new Int32Array(8);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      const type = cellType(state[2 * i]);
      intents[i] = 0;
      if (type !== TYPE_TUMOR && type !== TYPE_VESSEL) continue;
      let freeCount = 0;
      for (let k = 0; k < 8; k++) {
        const j = neighbourOf(width, height, x, y, k);
        if (j >= 0 && cellType(state[2 * j]) === TYPE_EMPTY) free[freeCount++] = k;
      }
      if (freeCount === 0) continue;
      let action = ACTION_NONE;
      if (type === TYPE_TUMOR) {
        const o2 = fields[FIELD_O2 * n + i];
        if (draw(key, i, PURPOSE_DIVIDE) < lut[LUT_DIVISION + (o2 >>> 8)]) action = ACTION_DIVIDE;
        else if (draw(key, i, PURPOSE_MIGRATE) < P.thrMigration) action = ACTION_MOVE;
      } else {
        const chemokine = fields[FIELD_CHEMOKINE * n + i];
        if (draw(key, i, PURPOSE_RECRUIT) < lut[LUT_RECRUIT + (chemokine >>> 8)]) action = ACTION_RECRUIT;
      }
      if (action === ACTION_NONE) continue;
      const dir = free[draw(key, i, PURPOSE_DIRECTION) % freeCount];
      intents[i] = intentWord(draw(key, i, PURPOSE_PRIORITY), action, dir);
    }
  }
}
