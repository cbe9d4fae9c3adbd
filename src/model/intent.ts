/**
 * Intent words (architecture.md §3, "intent then resolve"): a cell that wants a neighbouring site
 * writes one u32 — bits 0..2 the direction k, bits 3..5 the action, bits 6..7 what a vessel recruits,
 * bits 8..31 a hashed priority.
 * The target's arbitration picks the highest (priority, k) key, so no atomics decide outcomes.
 * Mirrored by shaders/common/intent.wgsl.
 */
import { DX, DY, neighbourOf } from './lattice';

export const ACTION_NONE = 0;
export const ACTION_MOVE = 1;
export const ACTION_DIVIDE = 2;
export const ACTION_RECRUIT = 3;
export const ACTION_ATTACK = 4;
/** A non-stem tumour cell with no divisions left dies when it tries to divide (no target). */
export const ACTION_DIE = 5;

/** What a vessel recruits (intent bits 6..7). */
export const RECRUIT_CTL = 0;
export const RECRUIT_TREG = 1;
export const RECRUIT_MDSC = 2;
export const RECRUIT_MAC = 3;

export const NO_WINNER = 8;

export const intentWord = (priorityHash: number, action: number, dir: number, recruit = 0): number =>
  ((priorityHash & 0xffffff00) | (recruit << 6) | (action << 3) | dir) >>> 0;
export const intentRecruit = (it: number): number => (it >>> 6) & 3;
export const intentAction = (it: number): number => (it >>> 3) & 7;
export const intentDir = (it: number): number => it & 7;

/**
 * The neighbour index k (from the target's side) whose claim on site (x, y) wins, or NO_WINNER.
 * `attack` selects which claims count: attacks on a tumour cell, or moves/divisions/recruits into
 * a free site.
 */
export function winner(
  intents: Uint32Array,
  width: number,
  height: number,
  x: number,
  y: number,
  attack: boolean,
): number {
  let best = NO_WINNER;
  let bestKey = 0;
  for (let k = 0; k < 8; k++) {
    const j = neighbourOf(width, height, x, y, k);
    if (j < 0) continue;
    const it = intents[j];
    const action = intentAction(it);
    if (action === ACTION_NONE || action === ACTION_DIE || intentDir(it) !== 7 - k) continue;
    if ((action === ACTION_ATTACK) !== attack) continue;
    const key = ((it & 0xffffff00) | k) >>> 0;
    if (best === NO_WINNER || key > bestKey) {
      best = k;
      bestKey = key;
    }
  }
  return best;
}

/** Whether the cell at (x, y), whose intent targets direction k, won its target. */
export function wonTarget(
  intents: Uint32Array,
  width: number,
  height: number,
  x: number,
  y: number,
  it: number,
): boolean {
  const k = intentDir(it);
  const tx = x + DX[k];
  const ty = y + DY[k];
  return winner(intents, width, height, tx, ty, intentAction(it) === ACTION_ATTACK) === 7 - k;
}
