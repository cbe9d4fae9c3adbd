// Hourly intents (model.md §4): a tumour cell divides (O2-gated) or migrates into a free neighbour;
// a vessel recruits a CTL into one (chemokine-gated). Reads state and fields, writes intents.
@group(1) @binding(0) var<storage, read> state: array<vec2u>;
@group(1) @binding(1) var<storage, read> fields: array<u32>;
@group(1) @binding(2) var<storage, read_write> intents: array<u32>;

@compute @workgroup_size(WG, WG)
fn main(@builtin(global_invocation_id) gid: vec3u) {
  if (!inLattice(gid)) { return; }
  let i = siteIndex(gid.x, gid.y);
  intents[i] = 0u;
  let kind = cellType(state[i].x);
  if (kind != TYPE_TUMOR && kind != TYPE_VESSEL) { return; }
  var free: array<u32, 8>;
  var freeCount = 0u;
  for (var k = 0u; k < 8u; k++) {
    let j = neighbourOf(gid.x, gid.y, k);
    if (j >= 0 && cellType(state[j].x) == TYPE_EMPTY) {
      free[freeCount] = k;
      freeCount++;
    }
  }
  if (freeCount == 0u) { return; }
  let n = P.width * P.height;
  var action = ACTION_NONE;
  if (kind == TYPE_TUMOR) {
    let o2 = fields[FIELD_O2 * n + i];
    if (draw(clock.key, i, PURPOSE_DIVIDE) < lut[LUT_DIVISION + (o2 >> 8u)]) {
      action = ACTION_DIVIDE;
    } else if (draw(clock.key, i, PURPOSE_MIGRATE) < P.thrMigration) {
      action = ACTION_MOVE;
    }
  } else {
    let chemokine = fields[FIELD_CHEMOKINE * n + i];
    if (draw(clock.key, i, PURPOSE_RECRUIT) < lut[LUT_RECRUIT + (chemokine >> 8u)]) { action = ACTION_RECRUIT; }
  }
  if (action == ACTION_NONE) { return; }
  let dir = free[draw(clock.key, i, PURPOSE_DIRECTION) % freeCount];
  intents[i] = intentWord(draw(clock.key, i, PURPOSE_PRIORITY), action, dir);
}
