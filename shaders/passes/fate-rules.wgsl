// Hourly fate rules (model.md §4, therapies §5), used by cell-fate.wgsl; twin of
// src/model/reference/cell-fate.ts.

// Chemotherapy: a sensitive tumour cell entering division this hour (the very draw of its division
// intent) dies at the local free drug or nanoparticle payload.
fn chemoKills(a: u32, i: u32, o2: u32) -> bool {
  if ((cellState(a) & TUMOR_RESISTANT) != 0u) { return false; }
  let drug = fieldAt(FIELD_DRUG, i);
  let nano = fieldAt(FIELD_NANO, i);
  if (drug == 0u && nano == 0u) { return false; }
  if (draw(clock.key, i, PURPOSE_DIVIDE) >= divisionThreshold(a, o2)) { return false; }
  return draw(clock.key, i, PURPOSE_CHEMO) < lut[LUT_CHEMO_TUMOR + (drug >> 8u)] || draw(clock.key, i, PURPOSE_NANO) < lut[LUT_NANO_TUMOR + (nano >> 8u)];
}

// Radiotherapy in its field, and free drug for cycling cells, kill immune cells (toxicity).
fn immuneHit(x: u32, y: u32, i: u32, cycling: bool) -> bool {
  let irradiated = inRadiationField(x, y) && draw(clock.key, i, PURPOSE_RADIATION) < clock.dose.rtLymphThr;
  return irradiated || (cycling && draw(clock.key, i, PURPOSE_CHEMO) < lut[LUT_CHEMO_LYMPH + (fieldAt(FIELD_DRUG, i) >> 8u)]);
}

// Highest PD-L1 (Q16) among the tumour cells around (x, y).
fn pdl1Around(x: u32, y: u32) -> u32 {
  var best = 0u;
  for (var k = 0u; k < 8u; k++) {
    let j = neighbourOf(x, y, k);
    if (j >= 0 && cellType(stateIn[j].x) == TYPE_TUMOR) { best = max(best, field(stateIn[j].y, PDL1_SHIFT, PDL1_MASK)); }
  }
  return best;
}

// Apoptosis frees the site; necrosis leaves debris; a doomed cell counts down its last hours;
// radiotherapy dooms, chemotherapy kills; otherwise PD-L1 decays towards its driven level.
fn tumourFate(x: u32, y: u32, i: u32, w: vec2u) -> vec2u {
  let o2 = fieldAt(FIELD_O2, i);
  let site = w.x & SITE_BITS;
  if (draw(clock.key, i, PURPOSE_APOPTOSIS) < P.thrApoptosis) { return vec2u(site, 0u); }
  if (draw(clock.key, i, PURPOSE_NECROSIS) < lut[LUT_NECROSIS + (o2 >> 8u)]) {
    count(STAT_NECROSES);
    return vec2u(site | TYPE_NECROTIC, 0u);
  }
  let hypoxic = o2 < P.hypoxiaQ16;
  var a = w.x;
  let doom = field(a, DOOM_SHIFT, DOOM_MASK);
  if (doom == 1u) {
    count(STAT_RT_DEATHS);
    return vec2u(site, 0u);
  }
  if (doom > 1u) {
    a = withField(a, DOOM_SHIFT, DOOM_MASK, doom - 1u);
  } else if (inRadiationField(x, y) && draw(clock.key, i, PURPOSE_RADIATION) < select(clock.dose.rtDoomThr, clock.dose.rtDoomHypoxicThr, hypoxic)) {
    count(STAT_RT_DOOMED);
    a = withField(a, DOOM_SHIFT, DOOM_MASK, P.doomMin + draw(clock.key, i, PURPOSE_DOOM) % P.doomSpan);
  } else if (chemoKills(a, i, o2)) {
    count(STAT_DRUG_KILLS);
    return vec2u(site, 0u);
  }
  let driven = lut[LUT_PDL1_TARGET + select(0u, 256u, hypoxic) + (fieldAt(FIELD_IFN, i) >> 8u)];
  let pdl1 = max(mulQ16(field(w.y, PDL1_SHIFT, PDL1_MASK), P.pdl1DecayQ16), driven);
  return vec2u(a, withField(w.y, PDL1_SHIFT, PDL1_MASK, pdl1));
}

fn ctlFate(x: u32, y: u32, i: u32, a: u32) -> u32 {
  let site = a & SITE_BITS;
  let exhausted = cellState(a) == CTL_EXHAUSTED;
  if (draw(clock.key, i, PURPOSE_CTL_DEATH) < P.thrCtlDeath) {
    // An exhausted T cell may leave a stroma patch where it dies (Kather fibrosis).
    if (!exhausted || draw(clock.key, i, PURPOSE_FIBROSIS) >= P.thrFibrosis) { return site; }
    return withField(site, ECM_SHIFT, ECM_MASK, min(255u, field(a, ECM_SHIFT, ECM_MASK) + P.fibrosisEcm));
  }
  let cycling = cellState(a) == CTL_ACTIVATED && field(a, DIVISIONS_SHIFT, DIVISIONS_MASK) > 0u;
  if (immuneHit(x, y, i, cycling)) {
    count(STAT_LYMPH_LOST);
    return site;
  }
  var out = withField(a, ENGAGED_SHIFT, ENGAGED_MASK, max(field(a, ENGAGED_SHIFT, ENGAGED_MASK), 1u) - 1u);
  out = withField(out, TIMER_SHIFT, TIMER_MASK, max(field(a, TIMER_SHIFT, TIMER_MASK), 1u) - 1u);
  if (exhausted) {
    // Under PD-1/PD-L1 blockade an exhausted cell may be reinvigorated: an activated killer again.
    if (draw(clock.key, i, PURPOSE_REINVIGORATE) >= clock.dose.reinvigorateThr) { return out; }
    return withField(withField(out, STATE_SHIFT, STATE_MASK, CTL_ACTIVATED), KCAP_SHIFT, KCAP_MASK, P.killCapacity);
  }
  let pdl1 = engagedPdl1(pdl1Around(x, y));
  let tregs = countAround(x, y, TYPE_TREG);
  let s = fieldAt(FIELD_SUPPRESSIVE, i);
  let byPdl1 = draw(clock.key, i, PURPOSE_EXHAUST_PDL1) < lut[LUT_EXHAUST_PDL1 + (pdl1 >> 8u)];
  let byTreg = draw(clock.key, i, PURPOSE_EXHAUST_TREG) < lut[LUT_EXHAUST_TREG + tregs * 32u + (pdl1 >> 11u)];
  let byS = draw(clock.key, i, PURPOSE_EXHAUST_S) < lut[LUT_EXHAUST_S + (s >> 8u)];
  return select(out, withField(out, STATE_SHIFT, STATE_MASK, CTL_EXHAUSTED), byPdl1 || byTreg || byS);
}

fn macrophageFate(x: u32, y: u32, i: u32, a: u32) -> u32 {
  if (draw(clock.key, i, PURPOSE_CELL_DEATH) < P.thrMacDeath) { return a & SITE_BITS; }
  let state = cellState(a);
  // Reprogramming therapy turns M2 and M0 macrophages M1 first.
  if (state != MAC_M1 && draw(clock.key, i, PURPOSE_REPROGRAM) < clock.dose.reprogramThr) { return withField(a, STATE_SHIFT, STATE_MASK, MAC_M1); }
  let roll = draw(clock.key, i, PURPOSE_POLARISE);
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

// ECM of the site after the hour: laid by the fibroblasts around it (saturating at 255), then
// thinned by stroma-targeting therapy.
fn siteEcm(x: u32, y: u32, i: u32, a: u32) -> u32 {
  var ecm = field(a, ECM_SHIFT, ECM_MASK);
  let cafs = countAround(x, y, TYPE_CAF);
  if (cafs > 0u) {
    let extra = lut[LUT_ECM_WHOLE + cafs] + select(0u, 1u, draw(clock.key, i, PURPOSE_ECM) < lut[LUT_ECM_FRACTION + cafs]);
    ecm = min(255u, ecm + extra);
  }
  return withField(a, ECM_SHIFT, ECM_MASK, scaleBy(ecm, clock.dose.ecmKeepQ16));
}

// Treg or MDSC: natural death, depletion by therapy, radiation (Treg) or cycling-cell chemo (MDSC).
fn suppressorFate(x: u32, y: u32, i: u32, a: u32, deathThr: u32, depleteThr: u32) -> u32 {
  if (draw(clock.key, i, PURPOSE_CELL_DEATH) < deathThr || draw(clock.key, i, PURPOSE_DEPLETE) < depleteThr) { return a & SITE_BITS; }
  let treg = cellType(a) == TYPE_TREG;
  if (immuneHit(x, y, i, !treg)) {
    if (treg) { count(STAT_LYMPH_LOST); }
    return a & SITE_BITS;
  }
  return a;
}
