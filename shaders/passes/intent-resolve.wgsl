// Intents and their resolve in one dispatch (GpuStepper's fusedIntents option). Each workgroup
// computes the intents (intentAt: hour-intent.wgsl for the hourly rules, immune-intent.wgsl for a
// motility sub-step) of its WG × WG tile and a two-site margin into workgroup memory, then resolves
// its tile (resolve.wgsl). A mover, dividing mother or attacker learns whether it won by arbitrating
// for its target, whose claimants lie up to two sites away: hence the margin. An intent is a pure
// function of the current state, so a margin site's intent is the one its own workgroup computes,
// and the lattice is the same as with the two passes. The intent rules' file declares bindings 0 and
// 1 (state, fields) and, for the hourly rules, 3 (the systemic words; the sub-step's kernel has no
// binding 3); this file declares 2 and 4 (src/engine/pass-table.ts).
@group(1) @binding(2) var<storage, read_write> stateOut: array<vec2u>;
// Per-hour statistics records.
@group(1) @binding(4) var<storage, read_write> stats: array<atomic<u32>>;

const MARGIN: u32 = 2u;
// Derived from the workgroup size (an override only because WG is one): never set it.
override TILE: u32 = WG + 2u * MARGIN;
// Intents of the tile and its margin, row by row; 0 off the lattice.
var<workgroup> tileIntents: array<u32, TILE * TILE>;
// Lattice position of tileIntents[0].
var<private> tileOrigin: vec2i;

fn tileIntent(x: u32, y: u32) -> u32 {
  let t = vec2i(i32(x), i32(y)) - tileOrigin;
  return tileIntents[u32(t.y) * TILE + u32(t.x)];
}

// The intent of site (x, y) (index i, not needed here).
fn ownIntent(x: u32, y: u32, i: u32) -> u32 {
  return tileIntent(x, y);
}

// The intent of neighbour k of (x, y) (index j, not needed here).
fn intentNear(x: u32, y: u32, k: u32, j: u32) -> u32 {
  let p = vec2i(i32(x), i32(y)) + hoodOffset(k);
  return tileIntent(u32(p.x), u32(p.y));
}

@compute @workgroup_size(WG, WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(local_invocation_id) lid: vec3u, @builtin(local_invocation_index) li: u32) {
  tileOrigin = vec2i(wid.xy * WG) - vec2i(i32(MARGIN));
  for (var t = li; t < TILE * TILE; t += WG * WG) {
    let p = tileOrigin + vec2i(i32(t % TILE), i32(t / TILE));
    var it = 0u;
    if (p.x >= 0 && p.y >= 0 && p.x < i32(P.width) && p.y < i32(P.height)) {
      it = intentAt(u32(p.x), u32(p.y), siteIndex(u32(p.x), u32(p.y)));
    }
    tileIntents[t] = it;
  }
  workgroupBarrier();
  let x = wid.x * WG + lid.x;
  let y = wid.y * WG + lid.y;
  if (x < P.width && y < P.height) { resolveSite(x, y); }
}
