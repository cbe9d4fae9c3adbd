// Resolve (architecture.md §3): every site computes its own next state from the intents around it.
// A free site takes its winning claimant; a mover or attacker learns it won by running the same
// arbitration for its target; a CTL next to recognisable tumour activates. Twin: reference/resolve.ts.
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
    if (action == ACTION_NONE || intentDir(it) != 7u - k) { continue; }
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

fn freshCtl() -> u32 {
  return TYPE_CTL | (CTL_EFFECTOR << STATE_SHIFT) | (P.killCapacity << KCAP_SHIFT);
}

fn activate(x: u32, y: u32, a: u32) -> u32 {
  if (cellType(a) != TYPE_CTL || cellState(a) != CTL_EFFECTOR) { return a; }
  for (var k = 0u; k < 8u; k++) {
    let j = neighbourOf(x, y, k);
    if (j < 0 || cellType(stateIn[j].x) != TYPE_TUMOR) { continue; }
    if (field(stateIn[j].y, ANTIGEN_SHIFT, ANTIGEN_MASK) >= P.antigenThreshold) {
      return withField(a, STATE_SHIFT, STATE_MASK, CTL_ACTIVATED);
    }
  }
  return a;
}

fn afterKill(a: u32) -> u32 {
  let kcap = field(a, KCAP_SHIFT, KCAP_MASK) - 1u;
  var out = withField(a, KCAP_SHIFT, KCAP_MASK, kcap);
  out = withField(out, ENGAGED_SHIFT, ENGAGED_MASK, P.engagementHours);
  return select(out, withField(out, STATE_SHIFT, STATE_MASK, CTL_EXHAUSTED), kcap == 0u);
}

fn count(stat: u32) {
  atomicAdd(&stats[clock.slot * STAT_COUNT + stat], 1u);
}

@compute @workgroup_size(WG, WG)
fn main(@builtin(global_invocation_id) gid: vec3u) {
  if (!inLattice(gid)) { return; }
  let x = gid.x;
  let y = gid.y;
  let i = siteIndex(x, y);
  var a = stateIn[i].x;
  var b = stateIn[i].y;
  let site = a & SITE_BITS;
  let kind = cellType(a);
  let own = intents[i];
  if (kind == TYPE_EMPTY) {
    let k = winner(x, y, false);
    if (k != NO_WINNER) {
      let j = neighbourOf(x, y, k);
      let action = intentAction(intents[j]);
      if (action == ACTION_RECRUIT) {
        a = site | freshCtl();
        b = 0u;
        count(STAT_RECRUITED);
      } else {
        a = site | (stateIn[j].x & ~SITE_BITS);
        b = stateIn[j].y;
        if (action == ACTION_DIVIDE) { count(STAT_DIVISIONS); }
      }
    }
  } else if (kind == TYPE_TUMOR && winner(x, y, true) != NO_WINNER) {
    // Killed by a T cell: apoptotic death frees the site.
    a = site;
    b = 0u;
    count(STAT_KILLS);
  } else if (intentAction(own) == ACTION_MOVE && wonTarget(x, y, own)) {
    a = site;
    b = 0u;
  } else if (intentAction(own) == ACTION_ATTACK && wonTarget(x, y, own)) {
    a = afterKill(a);
  }
  stateOut[i] = vec2u(activate(x, y, a), b);
}
