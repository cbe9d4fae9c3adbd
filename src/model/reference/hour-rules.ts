/**
 * The CPU twin's hour: every rule of the hour plan (src/model/hour-plan.ts) as the twin function
 * that runs it, on the same lattice, packed parameters and tables as the GPU's passes
 * (src/engine/hour-passes.ts), so its lattice is the GPU's test oracle bit for bit.
 */
import type { HourPlan, HourRule } from '../hour-plan';
import { tickKey, tickOf } from '../rng';
import { cellFate } from './cell-fate';
import { swapState, type TwinContext } from './context';
import { fieldSweep } from './field-sweep';
import { hourIntent } from './hour-intent';
import { immuneIntent } from './immune-intent';
import { resolve } from './resolve';
import { census } from './stats';
import { updateSystemic } from './systemic';

/** One run of each rule; a rule that writes the next state swaps it in after. */
const TWIN_RULES: Readonly<Record<HourRule, (ctx: TwinContext, key: number) => void>> = {
  fieldSweep: (ctx) => {
    fieldSweep(ctx, 0);
    fieldSweep(ctx, 1);
  },
  cellFate: (ctx, key) => {
    cellFate(ctx, key);
    swapState(ctx);
  },
  hourIntent,
  immuneIntent,
  resolve: (ctx, key) => {
    resolve(ctx, key);
    swapState(ctx);
  },
  census: (ctx) => census(ctx.lattice, ctx.params, ctx.stats),
  systemic: (ctx) => updateSystemic(ctx.params, ctx.lattice.systemic, ctx.stats, ctx.dose.primingScaleQ8),
};

/** Runs `plan` on the context's lattice at its current hour, each step with its phase's key. */
export function runPlan(ctx: TwinContext, plan: HourPlan, seed: number): void {
  const hour = ctx.lattice.hour;
  for (const step of plan) {
    const key = tickKey(seed, tickOf(hour, step.phase));
    for (let t = 0; t < step.times; t++) TWIN_RULES[step.rule](ctx, key);
  }
}
