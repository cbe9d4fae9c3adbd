/**
 * Therapy helpers shared by the twin's fate, intent and kill passes (model.md §5); twin of
 * shaders/common/therapy.wgsl. They read the hour's exposure from ctx.dose.
 */
import { scaleBy, scaleQ16 } from '../fixed';
import { cellState, cellType, TUMOR_RESISTANT, TYPE_TUMOR } from '../layout';
import { LUT_OFFSETS } from '../luts';
import { countAround, type TwinContext } from './context';

/** Division chance (threshold) of a tumour cell at O2 o2: drug-resistant clones divide slower. */
export function divisionThreshold(ctx: TwinContext, a: number, o2: number): number {
  const thr = ctx.lut[LUT_OFFSETS.LUT_DIVISION + (o2 >>> 8)];
  return (cellState(a) & TUMOR_RESISTANT) !== 0 ? scaleQ16(thr, ctx.params.resistantDivisionQ16) : thr;
}

/** The PD-L1 (Q16) a T cell feels from a tumour cell: checkpoint antibodies block its share. */
export const engagedPdl1 = (ctx: TwinContext, pdl1: number): number => scaleBy(pdl1, ctx.dose.checkpointFree);

/**
 * Whether (x, y) lies in this hour's radiotherapy field: a rectangle, or (rtRegionMax 0) the whole
 * tumour — its cells and the sites touching them.
 */
export function inRadiationField(ctx: TwinContext, x: number, y: number): boolean {
  const lo = ctx.dose.rtRegionMin;
  const hi = ctx.dose.rtRegionMax;
  if (hi === 0)
    return (
      cellType(ctx.lattice.state[2 * (y * ctx.lattice.width + x)]) === TYPE_TUMOR ||
      countAround(ctx, x, y, TYPE_TUMOR) > 0
    );
  return x >= (lo & 0xffff) && y >= lo >>> 16 && x < (hi & 0xffff) && y < hi >>> 16;
}
