// Field sweeps tiled in workgroup memory (architecture.md §3): HALF_SWEEPS half-sweeps of the
// red-black SOR (red first, colours alternating) in one dispatch. Each workgroup loads a block of
// CORE² sites and a margin of HALF_SWEEPS sites on every side into workgroup memory, relaxes every
// in-lattice site of the block HALF_SWEEPS times with the rules of sweep-word.wgsl, and writes back
// its core. A site's value after h half-sweeps depends only on sites within h of it, all loaded, so
// every core site ends exactly as HALF_SWEEPS half-sweeps over the whole lattice leave it; the
// margin's values go stale from the block's edge inwards and are dropped. Blocks overlap, so they
// read one field buffer and write the other (a block must not see a neighbour's finished core).
@group(1) @binding(0) var<storage, read> stateIn: array<vec2u>;
@group(1) @binding(1) var<storage, read> fieldsIn: array<u32>;
@group(1) @binding(2) var<storage, read_write> fieldsOut: array<u32>;

// An even number, so every dispatch starts with the red sites as a whole sweep does.
override HALF_SWEEPS: u32 = 4u;
// Sites per side a workgroup writes.
override CORE: u32 = 24u;
override BLOCK: u32 = CORE + 2u * HALF_SWEEPS;
// Threads per side of a workgroup; each walks the block THREADS sites apart.
const GROUP_SIDE: u32 = 16u;
const THREADS: u32 = GROUP_SIDE * GROUP_SIDE;

// The block's cell words (for sources, sinks and vessel holds) and field words, row by row.
var<workgroup> cells: array<u32, BLOCK * BLOCK>;
var<workgroup> words: array<u32, BLOCK * BLOCK * FIELD_WORDS>;

fn inside(g: vec2i) -> bool {
  return g.x >= 0 && g.y >= 0 && g.x < i32(P.width) && g.y < i32(P.height);
}

@compute @workgroup_size(GROUP_SIDE, GROUP_SIDE)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(local_invocation_index) li: u32) {
  let origin = vec2i(wid.xy * CORE) - vec2i(i32(HALF_SWEEPS));
  let n = P.width * P.height;
  let area = BLOCK * BLOCK;
  for (var t = li; t < area; t += THREADS) {
    let g = origin + vec2i(i32(t % BLOCK), i32(t / BLOCK));
    if (inside(g)) {
      let i = u32(g.y) * P.width + u32(g.x);
      cells[t] = stateIn[i].x;
      for (var p = 0u; p < FIELD_WORDS; p++) {
        if (planeActive(p)) { words[p * area + t] = fieldsIn[p * n + i]; }
      }
    }
  }
  workgroupBarrier();
  for (var h = 0u; h < HALF_SWEEPS; h++) {
    for (var t = li; t < area; t += THREADS) {
      let b = vec2u(t % BLOCK, t / BLOCK);
      let g = origin + vec2i(b);
      if (!inside(g) || ((u32(g.x) + u32(g.y)) & 1u) != (h & 1u)) { continue; }
      // Zero flux across the lattice's boundary; at the block's edge the site itself stands in
      // for the neighbour not loaded (only margin sites read it, and they are dropped).
      let hood = vec4u(
        select(t - BLOCK, t, g.y == 0 || b.y == 0u),
        select(t - 1u, t, g.x == 0 || b.x == 0u),
        select(t + 1u, t, u32(g.x) + 1u == P.width || b.x + 1u == BLOCK),
        select(t + BLOCK, t, u32(g.y) + 1u == P.height || b.y + 1u == BLOCK),
      );
      let a = cells[t];
      let secretor = secretorIndex(a);
      for (var p = 0u; p < FIELD_WORDS; p++) {
        if (!planeActive(p)) { continue; }
        let o = p * area;
        let w = words[o + t];
        let plan = planWord(p, a, w);
        var next = plan.next.x | (plan.next.y << FIELD_HALF_BITS);
        if (any(plan.solve)) {
          next = finishWord(p, plan, secretor, w, vec4u(words[o + hood.x], words[o + hood.y], words[o + hood.z], words[o + hood.w]));
        }
        words[o + t] = next;
      }
    }
    workgroupBarrier();
  }
  for (var t = li; t < CORE * CORE; t += THREADS) {
    let b = vec2u(t % CORE, t / CORE) + vec2u(HALF_SWEEPS);
    let g = origin + vec2i(b);
    if (!inside(g)) { continue; }
    let k = b.y * BLOCK + b.x;
    let i = u32(g.y) * P.width + u32(g.x);
    for (var p = 0u; p < FIELD_WORDS; p++) {
      if (planeActive(p)) { fieldsOut[p * n + i] = words[p * area + k]; }
    }
  }
}
