// Neighbourhood queries on the current state. Every pass that includes this file binds its current
// lattice as `stateIn` (see bindings.wgsl).

// Cells of `kind` among the eight neighbours of (x, y).
fn countAround(x: u32, y: u32, kind: u32) -> u32 {
  var n = 0u;
  for (var k = 0u; k < 8u; k++) {
    let j = neighbourOf(x, y, k);
    if (j >= 0 && cellType(stateIn[j].x) == kind) { n++; }
  }
  return n;
}

// Directions of the neighbours of (x, y) holding `kind`, packed 4 bits each, and their count.
struct Dirs {
  packed: u32,
  count: u32,
}

fn dirsAround(x: u32, y: u32, kind: u32) -> Dirs {
  var d = Dirs(0u, 0u);
  for (var k = 0u; k < 8u; k++) {
    let j = neighbourOf(x, y, k);
    if (j >= 0 && cellType(stateIn[j].x) == kind) {
      d.packed |= k << (4u * d.count);
      d.count++;
    }
  }
  return d;
}

// The direction a hash picks among `d` (d.count > 0).
fn pickDir(d: Dirs, hash: u32) -> u32 {
  return (d.packed >> (4u * (hash % d.count))) & 0xfu;
}
