// CTL intents per motility sub-step (model.md §4): an activated, free CTL touching a recognisable
// tumour cell tries to kill it; otherwise it moves with p to the free neighbour maximising
// (1 − w)·C_j / max C + w·U. Reads state and chemokine, writes intents.
@group(1) @binding(0) var<storage, read> state: array<vec2u>;
@group(1) @binding(1) var<storage, read> fields: array<u32>;
@group(1) @binding(2) var<storage, read_write> intents: array<u32>;

// Intent of an activated CTL in contact with recognisable tumour, or NO_WINNER when not in contact.
fn killIntent(x: u32, y: u32, i: u32, priority: u32) -> u32 {
  var targets: array<u32, 8>;
  var count = 0u;
  for (var k = 0u; k < 8u; k++) {
    let j = neighbourOf(x, y, k);
    if (j < 0 || cellType(state[j].x) != TYPE_TUMOR) { continue; }
    if (field(state[j].y, ANTIGEN_SHIFT, ANTIGEN_MASK) >= P.antigenThreshold) {
      targets[count] = k;
      count++;
    }
  }
  if (count == 0u) { return NO_WINNER; }
  let k = targets[draw(clock.key, i, PURPOSE_DIRECTION) % count];
  let b = state[neighbourOf(x, y, k)].y;
  let antigen = field(b, ANTIGEN_SHIFT, ANTIGEN_MASK);
  let pdl1 = field(b, PDL1_SHIFT, PDL1_MASK);
  if (draw(clock.key, i, PURPOSE_KILL) < lut[LUT_KILL + antigen * 32u + (pdl1 >> 11u)]) {
    return intentWord(priority, ACTION_ATTACK, k);
  }
  return 0u;
}

@compute @workgroup_size(WG, WG)
fn main(@builtin(global_invocation_id) gid: vec3u) {
  if (!inLattice(gid)) { return; }
  let i = siteIndex(gid.x, gid.y);
  intents[i] = 0u;
  let a = state[i].x;
  if (cellType(a) != TYPE_CTL || field(a, ENGAGED_SHIFT, ENGAGED_MASK) > 0u) { return; }
  let priority = draw(clock.key, i, PURPOSE_PRIORITY);
  if (cellState(a) == CTL_ACTIVATED && field(a, KCAP_SHIFT, KCAP_MASK) > 0u) {
    let kill = killIntent(gid.x, gid.y, i, priority);
    if (kill != NO_WINNER) {
      intents[i] = kill;
      return;
    }
  }
  if (draw(clock.key, i, PURPOSE_CTL_MOVE) >= P.thrCtlMove) { return; }
  let plane = FIELD_CHEMOKINE * P.width * P.height;
  var maxC = 0u;
  for (var k = 0u; k < 8u; k++) {
    let j = neighbourOf(gid.x, gid.y, k);
    if (j >= 0 && cellType(state[j].x) == TYPE_EMPTY) { maxC = max(maxC, fields[plane + u32(j)]); }
  }
  var best = NO_WINNER;
  var bestScore = 0u;
  for (var k = 0u; k < 8u; k++) {
    let j = neighbourOf(gid.x, gid.y, k);
    if (j < 0 || cellType(state[j].x) != TYPE_EMPTY) { continue; }
    let gradient = select(0u, (fields[plane + u32(j)] * 256u) / max(maxC, 1u), maxC > 0u);
    let noise = draw(clock.key, i, PURPOSE_NEIGHBOUR + k) >> 24u;
    let score = (256u - P.randomWeightQ8) * gradient + P.randomWeightQ8 * noise;
    if (best == NO_WINNER || score > bestScore) {
      best = k;
      bestScore = score;
    }
  }
  if (best != NO_WINNER) { intents[i] = intentWord(priority, ACTION_MOVE, best); }
}
