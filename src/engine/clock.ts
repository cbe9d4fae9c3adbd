/**
 * The clock records (architecture.md §3): which hour and phase a dispatch belongs to, one 256-byte
 * record per (hour, phase) of a batch, bound with a dynamic uniform offset so one writeBuffer and
 * one compute pass hold many hours. Each record carries the hour's therapy exposure. `struct Clock`
 * is generated from CLOCK_HEADER into shaders/common/params.wgsl (scripts/generate.ts).
 */
import { tickKey, tickOf } from '../model/rng';
import { EXPOSURE_COUNT, exposureAt, exposureWords, type Pharmacokinetics } from '../model/therapy/exposure';

/** The words of a record before the exposure, in order. */
export const CLOCK_HEADER = [
  { name: 'key', doc: 'pcg(seed ^ pcg(tick)): the per-dispatch key of every random draw' },
  { name: 'hour', doc: 'model hour being simulated (0-based)' },
  { name: 'slot', doc: 'statistics record of this hour within the batch' },
  { name: 'phase', doc: '0 = hourly rules, 1..substeps = motility sub-step' },
] as const;
const CLOCK_HEADER_WORDS = CLOCK_HEADER.length;
/** Bytes between clock records: the largest minUniformBufferOffsetAlignment WebGPU allows. */
export const CLOCK_STRIDE = 256;
export const MAX_BATCH_HOURS = 64;
export const MAX_SUBSTEPS = 32;
export const CLOCK_RECORDS = MAX_BATCH_HOURS * (MAX_SUBSTEPS + 1);
/** Bytes of struct Clock: the header and the hour's exposure, padded to 16. */
export const CLOCK_BYTES = Math.ceil(((CLOCK_HEADER_WORDS + EXPOSURE_COUNT) * 4) / 16) * 16;
if (CLOCK_BYTES > CLOCK_STRIDE) throw new Error('clock record larger than its stride');

/** Byte offset of the record of phase `phase` of the batch's hour `slot`, `phases` records an hour. */
export const clockOffset = (slot: number, phases: number, phase: number): number =>
  (slot * phases + phase) * CLOCK_STRIDE;

/**
 * Writes the records of `hours` hours from `firstHour` into `words`, `phases` per hour; returns the
 * words to upload.
 */
export function writeClock(
  words: Uint32Array,
  batch: { seed: number; firstHour: number; hours: number; phases: number },
  pk: Pharmacokinetics,
): number {
  const { seed, firstHour, hours, phases } = batch;
  for (let slot = 0; slot < hours; slot++) {
    const hour = firstHour + slot;
    const exposure = exposureAt(pk, hour);
    for (let phase = 0; phase < phases; phase++) {
      const o = clockOffset(slot, phases, phase) / 4;
      const header: Record<(typeof CLOCK_HEADER)[number]['name'], number> = {
        key: tickKey(seed, tickOf(hour, phase)),
        hour,
        slot,
        phase,
      };
      CLOCK_HEADER.forEach((w, i) => (words[o + i] = header[w.name]));
      exposureWords(exposure, words, o + CLOCK_HEADER_WORDS);
    }
  }
  return clockOffset(hours, phases, 0) / 4;
}
