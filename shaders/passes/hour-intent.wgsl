// Hourly intents (model.md §4): tumour division (O2-gated; a spent non-stem cell dies trying) or
// migration, slowed by ECM; recruitment at vessels (CTL by priming and chemokine, Treg by chemokine,
// MDSC and macrophage by burden); division of activated CTLs (slowed by S). Attacks happen only in
// the sub-steps. Reads state, fields and the systemic compartment. intentAt is one site's intent:
// intent-pass.wgsl writes it for the whole lattice, intent-resolve.wgsl computes it in workgroup
// memory and resolves it in the same dispatch. The bindings both kernels share (0, 1, 3) are
// declared here.
@group(1) @binding(0) var<storage, read> stateIn: array<vec2u>;
@group(1) @binding(1) var<storage, read> fields: array<u32>;
// Priming level and burden (SYS_* words), updated by systemic.wgsl at the end of each hour.
@group(1) @binding(3) var<storage, read> systemic: array<u32, SYS_WORDS>;

// An intent: action, direction and (for vessels) what is recruited; action 0 = none.
struct Choice {
  action: u32,
  dir: u32,
  recruit: u32,
}
const NO_CHOICE = Choice(ACTION_NONE, 0u, 0u);

// Whether a tumour cell gets into the free site in direction k (ECM porosity).
fn enters(x: u32, y: u32, i: u32, k: u32) -> bool {
  let ecm = field(stateIn[neighbourOf(x, y, k)].x, ECM_SHIFT, ECM_MASK);
  return draw(clock.key, i, PURPOSE_ENTER) < lut[LUT_ECM_TUMOR + ecm];
}

fn tumourIntent(x: u32, y: u32, i: u32, a: u32) -> Choice {
  // A doomed (lethally irradiated) cell neither divides nor moves.
  if (field(a, DOOM_SHIFT, DOOM_MASK) > 0u) { return NO_CHOICE; }
  let free = dirsAround(x, y, TYPE_EMPTY);
  if (free.count == 0u) { return NO_CHOICE; }
  let o2 = fieldAt(FIELD_O2, i);
  let dir = pickDir(free, draw(clock.key, i, PURPOSE_DIRECTION));
  if (draw(clock.key, i, PURPOSE_DIVIDE) < divisionThreshold(a, o2)) {
    let spent = P.stemHierarchy == 1u && (cellState(a) & TUMOR_STEM) == 0u && field(a, CAPACITY_SHIFT, CAPACITY_MASK) == 0u;
    if (spent) { return Choice(ACTION_DIE, 0u, 0u); }
    if (enters(x, y, i, dir)) { return Choice(ACTION_DIVIDE, dir, 0u); }
    return NO_CHOICE;
  }
  if (draw(clock.key, i, PURPOSE_MIGRATE) < P.thrMigration && enters(x, y, i, dir)) { return Choice(ACTION_MOVE, dir, 0u); }
  return NO_CHOICE;
}

fn vesselIntent(x: u32, y: u32, i: u32) -> Choice {
  let free = dirsAround(x, y, TYPE_EMPTY);
  if (free.count == 0u) { return NO_CHOICE; }
  let c = fieldAt(FIELD_CHEMOKINE, i) >> 8u;
  let dir = pickDir(free, draw(clock.key, i, PURPOSE_DIRECTION));
  if (draw(clock.key, i, PURPOSE_RECRUIT) < lut[LUT_RECRUIT_CTL + systemic[SYS_PRIMING_LEVEL] * 256u + c]) { return Choice(ACTION_RECRUIT, dir, RECRUIT_CTL); }
  if (draw(clock.key, i, PURPOSE_RECRUIT_TREG) < scaleBy(lut[LUT_RECRUIT_TREG + c], clock.dose.tregRecruitQ16)) { return Choice(ACTION_RECRUIT, dir, RECRUIT_TREG); }
  if (draw(clock.key, i, PURPOSE_RECRUIT_MDSC) < scaleBy(lut[LUT_RECRUIT_MDSC + systemic[SYS_BURDEN_MDSC]], clock.dose.mdscRecruitQ16)) { return Choice(ACTION_RECRUIT, dir, RECRUIT_MDSC); }
  if (draw(clock.key, i, PURPOSE_RECRUIT_MAC) < lut[LUT_RECRUIT_MAC + systemic[SYS_BURDEN]]) { return Choice(ACTION_RECRUIT, dir, RECRUIT_MAC); }
  return NO_CHOICE;
}

fn ctlIntent(x: u32, y: u32, i: u32, a: u32) -> Choice {
  if (cellState(a) != CTL_ACTIVATED || field(a, DIVISIONS_SHIFT, DIVISIONS_MASK) == 0u) { return NO_CHOICE; }
  let free = dirsAround(x, y, TYPE_EMPTY);
  if (free.count == 0u) { return NO_CHOICE; }
  if (draw(clock.key, i, PURPOSE_DIVIDE) >= lut[LUT_CTL_DIVIDE + (fieldAt(FIELD_SUPPRESSIVE, i) >> 8u)]) { return NO_CHOICE; }
  return Choice(ACTION_DIVIDE, pickDir(free, draw(clock.key, i, PURPOSE_DIRECTION)), 0u);
}

fn intentAt(x: u32, y: u32, i: u32) -> u32 {
  let a = stateIn[i].x;
  var choice = NO_CHOICE;
  switch (cellType(a)) {
    case TYPE_TUMOR: { choice = tumourIntent(x, y, i, a); }
    case TYPE_VESSEL: { choice = vesselIntent(x, y, i); }
    case TYPE_CTL: { choice = ctlIntent(x, y, i, a); }
    default: {}
  }
  return select(0u, intentWord(draw(clock.key, i, PURPOSE_PRIORITY), choice.action, choice.dir, choice.recruit), choice.action != ACTION_NONE);
}
