// Immune-cell intents per motility sub-step (model.md §4): an activated, free CTL touching a
// recognisable tumour cell tries to kill it with chance a(antigen)·(1 − PD-L1 suppression)·m_S; an
// M1 macrophage touching tumour tries a slow kill; otherwise CTLs, Tregs, MDSCs and macrophages move to the free neighbour maximising
// (1 − w)·C_j / max C + w·U and get in if the site's ECM lets them. intentAt is one site's intent,
// for intent-pass.wgsl or intent-resolve.wgsl (see hour-intent.wgsl), which share bindings 0 and 1.
@group(1) @binding(0) var<storage, read> stateIn: array<vec2u>;
@group(1) @binding(1) var<storage, read> fields: array<u32>;

// Returned by killIntent when the CTL touches no recognisable tumour cell (never a valid intent:
// an attack has action bits 4).
const NOT_IN_CONTACT: u32 = 0xffffffffu;

fn killIntent(x: u32, y: u32, i: u32, priority: u32) -> u32 {
  var targets = Dirs(0u, 0u);
  for (var k = 0u; k < 8u; k++) {
    let j = neighbourOf(x, y, k);
    if (j < 0 || cellType(stateIn[j].x) != TYPE_TUMOR) { continue; }
    if (field(stateIn[j].y, ANTIGEN_SHIFT, ANTIGEN_MASK) >= P.antigenThreshold) {
      targets.packed |= k << (4u * targets.count);
      targets.count++;
    }
  }
  if (targets.count == 0u) { return NOT_IN_CONTACT; }
  let k = pickDir(targets, draw(clock.key, i, PURPOSE_DIRECTION));
  let b = stateIn[neighbourOf(x, y, k)].y;
  let antigen = lut[LUT_ANTIGEN_DRIVE + field(b, ANTIGEN_SHIFT, ANTIGEN_MASK)];
  let pdl1 = lut[LUT_PDL1_PERMIT + (engagedPdl1(field(b, PDL1_SHIFT, PDL1_MASK)) >> 8u)];
  let s = lut[LUT_S_PERMIT + (fieldAt(FIELD_SUPPRESSIVE, i) >> 8u)];
  let drive = (antigen * pdl1 * s) >> 12u;
  return select(0u, intentWord(priority, ACTION_ATTACK, k, 0u), draw(clock.key, i, PURPOSE_KILL) < lut[LUT_KILL + drive]);
}

fn moveIntent(x: u32, y: u32, i: u32, kind: u32, priority: u32) -> u32 {
  if (draw(clock.key, i, PURPOSE_CTL_MOVE) >= lut[LUT_MOVE + kind]) { return 0u; }
  var maxC = 0u;
  for (var k = 0u; k < 8u; k++) {
    let j = neighbourOf(x, y, k);
    if (j >= 0 && cellType(stateIn[j].x) == TYPE_EMPTY) { maxC = max(maxC, fieldAt(FIELD_CHEMOKINE, u32(j))); }
  }
  let weight = lut[LUT_RANDOM_WEIGHT + kind];
  var best = NO_WINNER;
  var bestScore = 0u;
  for (var k = 0u; k < 8u; k++) {
    let j = neighbourOf(x, y, k);
    if (j < 0 || cellType(stateIn[j].x) != TYPE_EMPTY) { continue; }
    let gradient = select(0u, (fieldAt(FIELD_CHEMOKINE, u32(j)) * 256u) / max(maxC, 1u), maxC > 0u);
    let score = (256u - weight) * gradient + weight * (draw(clock.key, i, PURPOSE_NEIGHBOUR + k) >> 24u);
    if (best == NO_WINNER || score > bestScore) {
      best = k;
      bestScore = score;
    }
  }
  if (best == NO_WINNER) { return 0u; }
  let ecm = field(stateIn[neighbourOf(x, y, best)].x, ECM_SHIFT, ECM_MASK);
  return select(0u, intentWord(priority, ACTION_MOVE, best, 0u), draw(clock.key, i, PURPOSE_ENTER) < lut[LUT_ECM_IMMUNE + ecm]);
}

fn intentAt(x: u32, y: u32, i: u32) -> u32 {
  let a = stateIn[i].x;
  let kind = cellType(a);
  // Only immune cells act in the sub-steps; the rest of the lattice has no intent.
  if (kind != TYPE_CTL && kind != TYPE_TREG && kind != TYPE_MDSC && kind != TYPE_MACROPHAGE) { return 0u; }
  if (kind == TYPE_CTL && field(a, ENGAGED_SHIFT, ENGAGED_MASK) > 0u) { return 0u; }
  let priority = draw(clock.key, i, PURPOSE_PRIORITY);
  if (kind == TYPE_CTL && cellState(a) == CTL_ACTIVATED && field(a, KCAP_SHIFT, KCAP_MASK) > 0u) {
    let kill = killIntent(x, y, i, priority);
    if (kill != NOT_IN_CONTACT) { return kill; }
  }
  if (kind == TYPE_MACROPHAGE && cellState(a) == MAC_M1) {
    // An M1 macrophage touching tumour tries a (slow) kill in each sub-step, and otherwise moves.
    let tumour = dirsAround(x, y, TYPE_TUMOR);
    if (tumour.count > 0u && draw(clock.key, i, PURPOSE_KILL) < P.thrM1Kill) {
      return intentWord(priority, ACTION_ATTACK, pickDir(tumour, draw(clock.key, i, PURPOSE_DIRECTION)), 0u);
    }
  }
  return moveIntent(x, y, i, kind, priority);
}
