// Therapy helpers shared by the fate, intent and kill passes (model.md §5); twin of
// src/model/reference/therapy.ts. Read the hour's exposure from clock.dose.

// Division chance (threshold) of a tumour cell at O2 o2: drug-resistant clones divide slower.
fn divisionThreshold(a: u32, o2: u32) -> u32 {
  let thr = lut[LUT_DIVISION + (o2 >> 8u)];
  return select(thr, scaleQ16(thr, P.resistantDivisionQ16), (cellState(a) & TUMOR_RESISTANT) != 0u);
}

// The PD-L1 (Q16) a T cell feels from a tumour cell: checkpoint antibodies block its share.
fn engagedPdl1(pdl1: u32) -> u32 {
  return scaleBy(pdl1, clock.dose.checkpointFree);
}

// Whether (x, y) lies in this hour's radiotherapy field: a rectangle, or (rtRegionMax 0) the whole
// tumour — its cells and the sites touching them.
fn inRadiationField(x: u32, y: u32) -> bool {
  let lo = clock.dose.rtRegionMin;
  let hi = clock.dose.rtRegionMax;
  if (hi == 0u) { return cellType(stateIn[siteIndex(x, y)].x) == TYPE_TUMOR || countAround(x, y, TYPE_TUMOR) > 0u; }
  return x >= (lo & 0xffffu) && y >= (lo >> 16u) && x < (hi & 0xffffu) && y < (hi >> 16u);
}
