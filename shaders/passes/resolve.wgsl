// Resolve (architecture.md §3): every site computes its own next state from the intents around it.
// A free site takes its winning claimant (mover, daughter, recruit); a mover, dividing mother or
// attacker learns it won by running the same arbitration for its target. Twin: reference/resolve.ts.
@group(1) @binding(0) var<storage, read> stateIn: array<vec2u>;
@group(1) @binding(1) var<storage, read_write> stateOut: array<vec2u>;
@group(1) @binding(2) var<storage, read> intents: array<u32>;
// Per-hour statistics records; resolve counts kills, recruits and divisions.
@group(1) @binding(3) var<storage, read_write> stats: array<atomic<u32>>;

// The neighbour k (from the target's side) whose claim on (x, y) wins, or NO_WINNER.
fn winner(x: u32, y: u32, attack: bool) -> u32 {
  var best = NO_WINNER;
  var bestKey = 0u;
  for (var k = 0u; k < 8u; k++) {
    let j = neighbourOf(x, y, k);
    if (j < 0) { continue; }
    let it = intents[j];
    let action = intentAction(it);
    if (action == ACTION_NONE || action == ACTION_DIE || intentDir(it) != 7u - k) { continue; }
    if ((action == ACTION_ATTACK) != attack) { continue; }
    let key = (it & 0xffffff00u) | k;
    if (best == NO_WINNER || key > bestKey) {
      best = k;
      bestKey = key;
    }
  }
  return best;
}

fn wonTarget(x: u32, y: u32, it: u32) -> bool {
  let k = intentDir(it);
  let t = vec2i(i32(x), i32(y)) + hoodOffset(k);
  return winner(u32(t.x), u32(t.y), intentAction(it) == ACTION_ATTACK) == 7u - k;
}

// What a free site at (x, y) becomes: its winning claimant, or itself.
fn claim(x: u32, y: u32, w: vec2u) -> vec2u {
  let k = winner(x, y, false);
  if (k == NO_WINNER) { return w; }
  let j = u32(neighbourOf(x, y, k));
  let it = intents[j];
  let site = w.x & SITE_BITS;
  let mother = stateIn[j];
  switch (intentAction(it)) {
    case ACTION_RECRUIT: {
      count(STAT_RECRUITED_CTL + intentRecruit(it));
      return vec2u(site | recruitedCell(intentRecruit(it)), 0u);
    }
    case ACTION_DIVIDE: {
      if (cellType(mother.x) == TYPE_CTL) {
        count(STAT_CTL_DIVISIONS);
        return vec2u(site | (afterDivision(mother.x) & ~SITE_BITS), mother.y);
      }
      count(STAT_DIVISIONS);
      let d = tumourDaughter(j, mother);
      return vec2u(site | (d.x & ~SITE_BITS), d.y);
    }
    default: { return vec2u(site | (mother.x & ~SITE_BITS), mother.y); }
  }
}

@compute @workgroup_size(WG, WG)
fn main(@builtin(global_invocation_id) gid: vec3u) {
  if (!inLattice(gid)) { return; }
  let x = gid.x;
  let y = gid.y;
  let i = siteIndex(x, y);
  var w = stateIn[i];
  let site = w.x & SITE_BITS;
  let own = intents[i];
  let action = intentAction(own);
  if (cellType(w.x) == TYPE_EMPTY) {
    w = claim(x, y, w);
  } else if (cellType(w.x) == TYPE_TUMOR && winner(x, y, true) != NO_WINNER) {
    let attacker = stateIn[neighbourOf(x, y, winner(x, y, true))].x;
    count(select(STAT_KILLS_M1, STAT_KILLS, cellType(attacker) == TYPE_CTL));
    w = vec2u(site, 0u); // killed: apoptotic death frees the site
  } else if (action == ACTION_DIE) {
    w = vec2u(site, 0u);
  } else if (action == ACTION_MOVE && wonTarget(x, y, own)) {
    w = vec2u(site, 0u);
  } else if (action == ACTION_ATTACK && wonTarget(x, y, own)) {
    w.x = afterKill(w.x);
  } else if (action == ACTION_DIVIDE && wonTarget(x, y, own)) {
    w.x = afterDivision(w.x);
  }
  stateOut[i] = vec2u(activate(x, y, w.x), w.y);
}
