/**
 * CTL intents per motility sub-step (model.md §4): an activated, free CTL touching a recognisable
 * tumour cell tries to kill it; otherwise it moves with p to the free neighbour maximising
 * (1 − w)·C_j / max C + w·U. Twin of shaders/passes/ctl-intent.wgsl.
 */
import { ANTIGEN_MASK, ANTIGEN_SHIFT, cellState, cellType, CTL_ACTIVATED, ENGAGED_MASK, ENGAGED_SHIFT, field, KCAP_MASK, KCAP_SHIFT, PDL1_MASK, PDL1_SHIFT, TYPE_CTL, TYPE_EMPTY, TYPE_TUMOR } from '../layout';
import { neighbourOf } from '../lattice';
import { ACTION_ATTACK, ACTION_MOVE, intentWord } from '../intent';
import { draw, PURPOSE_CTL_MOVE, PURPOSE_DIRECTION, PURPOSE_KILL, PURPOSE_NEIGHBOUR, PURPOSE_PRIORITY } from '../rng';
import { FIELD_CHEMOKINE, LUT_KILL } from '../tables';
import type { TwinContext } from './context';

export function ctlIntent(ctx: TwinContext, key: number): void {
  const { width, height, state, fields } = ctx.lattice;
  const { params: P, lut, intents } = ctx;
  const plane = FIELD_CHEMOKINE * width * height;
  const targets = new Int32Array(8);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      const a = state[2 * i];
      intents[i] = 0;
      if (cellType(a) !== TYPE_CTL || field(a, ENGAGED_SHIFT, ENGAGED_MASK) > 0) continue;
      const priority = draw(key, i, PURPOSE_PRIORITY);
      if (cellState(a) === CTL_ACTIVATED && field(a, KCAP_SHIFT, KCAP_MASK) > 0) {
        let count = 0;
        for (let k = 0; k < 8; k++) {
          const j = neighbourOf(width, height, x, y, k);
          if (j < 0 || cellType(state[2 * j]) !== TYPE_TUMOR) continue;
          if (field(state[2 * j + 1], ANTIGEN_SHIFT, ANTIGEN_MASK) >= P.antigenThreshold) targets[count++] = k;
        }
        if (count > 0) {
          // In contact: stay and try to kill one recognisable neighbour.
          const k = targets[draw(key, i, PURPOSE_DIRECTION) % count];
          const b = state[2 * neighbourOf(width, height, x, y, k) + 1];
          const antigen = field(b, ANTIGEN_SHIFT, ANTIGEN_MASK);
          const pdl1 = field(b, PDL1_SHIFT, PDL1_MASK);
          if (draw(key, i, PURPOSE_KILL) < lut[LUT_KILL + antigen * 32 + (pdl1 >>> 11)]) intents[i] = intentWord(priority, ACTION_ATTACK, k);
          continue;
        }
      }
      if (draw(key, i, PURPOSE_CTL_MOVE) >= P.thrCtlMove) continue;
      let maxC = 0;
      for (let k = 0; k < 8; k++) {
        const j = neighbourOf(width, height, x, y, k);
        if (j >= 0 && cellType(state[2 * j]) === TYPE_EMPTY) maxC = Math.max(maxC, fields[plane + j]);
      }
      let best = -1;
      let bestScore = 0;
      for (let k = 0; k < 8; k++) {
        const j = neighbourOf(width, height, x, y, k);
        if (j < 0 || cellType(state[2 * j]) !== TYPE_EMPTY) continue;
        const gradient = maxC > 0 ? Math.floor((fields[plane + j] * 256) / maxC) : 0;
        const noise = draw(key, i, PURPOSE_NEIGHBOUR + k) >>> 24;
        const score = (256 - P.randomWeightQ8) * gradient + P.randomWeightQ8 * noise;
        if (best < 0 || score > bestScore) {
          best = k;
          bestScore = score;
        }
      }
      if (best >= 0) intents[i] = intentWord(priority, ACTION_MOVE, best);
    }
  }
}
