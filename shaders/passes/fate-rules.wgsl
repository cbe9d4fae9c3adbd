// Hourly fate rules (model.md §4), used by cell-fate.wgsl; twin of src/model/reference/cell-fate.ts.

// Highest PD-L1 (Q16) among the tumour cells around (x, y).
fn pdl1Around(x: u32, y: u32) -> u32 {
  var best = 0u;
  for (var k = 0u; k < 8u; k++) {
    let j = neighbourOf(x, y, k);
    if (j >= 0 && cellType(stateIn[j].x) == TYPE_TUMOR) { best = max(best, field(stateIn[j].y, PDL1_SHIFT, PDL1_MASK)); }
  }
  return best;
}

// Apoptosis frees the site; necrosis leaves debris; otherwise PD-L1 decays towards its driven level.
fn tumourFate(i: u32, w: vec2u) -> vec2u {
  let o2 = fieldAt(FIELD_O2, i);
  let site = w.x & SITE_BITS;
  if (draw(clock.key, i, PURPOSE_APOPTOSIS) < P.thrApoptosis) { return vec2u(site, 0u); }
  if (draw(clock.key, i, PURPOSE_NECROSIS) < lut[LUT_NECROSIS + (o2 >> 8u)]) {
    atomicAdd(&stats[clock.slot * STAT_COUNT + STAT_NECROSES], 1u);
    return vec2u(site | TYPE_NECROTIC, 0u);
  }
  let hypoxic = select(0u, 256u, o2 < P.hypoxiaQ16);
  let driven = lut[LUT_PDL1_TARGET + hypoxic + (fieldAt(FIELD_IFN, i) >> 8u)];
  let pdl1 = max(mulQ16(field(w.y, PDL1_SHIFT, PDL1_MASK), P.pdl1DecayQ16), driven);
  return vec2u(w.x, withField(w.y, PDL1_SHIFT, PDL1_MASK, pdl1));
}

fn ctlFate(x: u32, y: u32, i: u32, a: u32) -> u32 {
  let site = a & SITE_BITS;
  let exhausted = cellState(a) == CTL_EXHAUSTED;
  if (draw(clock.key, i, PURPOSE_CTL_DEATH) < P.thrCtlDeath) {
    // An exhausted T cell may leave a stroma patch where it dies (Kather fibrosis).
    if (!exhausted || draw(clock.key, i, PURPOSE_FIBROSIS) >= P.thrFibrosis) { return site; }
    return withField(site, ECM_SHIFT, ECM_MASK, min(255u, field(a, ECM_SHIFT, ECM_MASK) + P.fibrosisEcm));
  }
  var out = withField(a, ENGAGED_SHIFT, ENGAGED_MASK, max(field(a, ENGAGED_SHIFT, ENGAGED_MASK), 1u) - 1u);
  out = withField(out, TIMER_SHIFT, TIMER_MASK, max(field(a, TIMER_SHIFT, TIMER_MASK), 1u) - 1u);
  if (exhausted) { return out; }
  let pdl1 = pdl1Around(x, y);
  let tregs = countAround(x, y, TYPE_TREG);
  let s = fieldAt(FIELD_SUPPRESSIVE, i);
  let byPdl1 = draw(clock.key, i, PURPOSE_EXHAUST_PDL1) < lut[LUT_EXHAUST_PDL1 + (pdl1 >> 8u)];
  let byTreg = draw(clock.key, i, PURPOSE_EXHAUST_TREG) < lut[LUT_EXHAUST_TREG + tregs * 32u + (pdl1 >> 11u)];
  let byS = draw(clock.key, i, PURPOSE_EXHAUST_S) < lut[LUT_EXHAUST_S + (s >> 8u)];
  return select(out, withField(out, STATE_SHIFT, STATE_MASK, CTL_EXHAUSTED), byPdl1 || byTreg || byS);
}

fn macrophageFate(x: u32, y: u32, i: u32, a: u32) -> u32 {
  if (draw(clock.key, i, PURPOSE_CELL_DEATH) < P.thrMacDeath) { return a & SITE_BITS; }
  let roll = draw(clock.key, i, PURPOSE_POLARISE);
  let state = cellState(a);
  var next = state;
  if (state == MAC_M2) {
    if (roll < P.thrM2ToM0) { next = MAC_M0; }
  } else if (roll < lut[LUT_M2 + (fieldAt(FIELD_O2, i) >> 8u)]) {
    next = MAC_M2;
  } else if (state == MAC_M0) {
    let dead = select(0u, 256u, countAround(x, y, TYPE_NECROTIC) > 0u);
    if (draw(clock.key, i, PURPOSE_POLARISE_M1) < lut[LUT_M1 + dead + (fieldAt(FIELD_IFN, i) >> 8u)]) { next = MAC_M1; }
  }
  return withField(a, STATE_SHIFT, STATE_MASK, next);
}

// ECM laid on this site by the fibroblasts around it, saturating at 255.
fn depositEcm(x: u32, y: u32, i: u32, a: u32) -> u32 {
  let cafs = countAround(x, y, TYPE_CAF);
  if (cafs == 0u) { return a; }
  let extra = lut[LUT_ECM_WHOLE + cafs] + select(0u, 1u, draw(clock.key, i, PURPOSE_ECM) < lut[LUT_ECM_FRACTION + cafs]);
  return withField(a, ECM_SHIFT, ECM_MASK, min(255u, field(a, ECM_SHIFT, ECM_MASK) + extra));
}
