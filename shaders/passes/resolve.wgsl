// Resolve (architecture.md §3): every site computes its own next state from the intents around it.
// A free site takes its winning claimant (mover, daughter, recruit); a mover, dividing mother or
// attacker learns it won by running the same arbitration for its target. Twin: reference/resolve.ts.
// resolveSite reads the intents through ownIntent and intentNear, which the kernel defines: from the
// intents buffer (resolve-pass.wgsl) or from workgroup memory (intent-resolve.wgsl). It writes
// stateOut and counts kills, recruits and divisions into `stats`.

// The neighbours k (from the target's side) whose claims on (x, y) win, or NO_WINNER, in one look
// at the eight intents around it: .x among moves, divisions and recruits into a free site, .y among
// attacks on a tumour cell. The highest (priority, k) wins.
fn winners(x: u32, y: u32) -> vec2u {
  var best = vec2u(NO_WINNER);
  var bestKey = vec2u(0u);
  for (var k = 0u; k < 8u; k++) {
    let j = neighbourOf(x, y, k);
    if (j < 0) { continue; }
    let it = intentNear(x, y, k, u32(j));
    let action = intentAction(it);
    if (action == ACTION_NONE || action == ACTION_DIE || intentDir(it) != 7u - k) { continue; }
    let kind = select(0u, 1u, action == ACTION_ATTACK);
    let key = (it & 0xffffff00u) | k;
    if (best[kind] == NO_WINNER || key > bestKey[kind]) {
      best[kind] = k;
      bestKey[kind] = key;
    }
  }
  return best;
}

// Whether the cell at (x, y), whose intent `it` targets a neighbour, won that target.
fn wonTarget(x: u32, y: u32, it: u32) -> bool {
  let k = intentDir(it);
  let t = vec2i(i32(x), i32(y)) + hoodOffset(k);
  return winners(u32(t.x), u32(t.y))[select(0u, 1u, intentAction(it) == ACTION_ATTACK)] == 7u - k;
}

// What a free site at (x, y) becomes: its winning claimant k, or itself.
fn claim(x: u32, y: u32, w: vec2u, k: u32) -> vec2u {
  if (k == NO_WINNER) { return w; }
  let j = u32(neighbourOf(x, y, k));
  let it = intentNear(x, y, k, j);
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

// The next state of site (x, y) into stateOut.
fn resolveSite(x: u32, y: u32) {
  let i = siteIndex(x, y);
  var w = stateIn[i];
  let site = w.x & SITE_BITS;
  let own = ownIntent(x, y, i);
  let action = intentAction(own);
  let won = winners(x, y);
  if (cellType(w.x) == TYPE_EMPTY) {
    w = claim(x, y, w, won.x);
  } else if (cellType(w.x) == TYPE_TUMOR && won.y != NO_WINNER) {
    let attacker = stateIn[neighbourOf(x, y, won.y)].x;
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
