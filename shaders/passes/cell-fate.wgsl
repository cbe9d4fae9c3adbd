// Cell fate: the hourly rules of model.md §4 and the therapies of §5 that change a site by itself
// (fate-rules.wgsl), reading its neighbours, fields and the hour's exposure. Reads stateIn and
// fields, writes stateOut; counts necroses and therapy deaths.
@group(1) @binding(0) var<storage, read> stateIn: array<vec2u>;
@group(1) @binding(1) var<storage, read_write> stateOut: array<vec2u>;
@group(1) @binding(2) var<storage, read> fields: array<u32>;
@group(1) @binding(3) var<storage, read_write> stats: array<atomic<u32>>;

@compute @workgroup_size(WG, WG)
fn main(@builtin(global_invocation_id) gid: vec3u) {
  if (!inLattice(gid)) { return; }
  let x = gid.x;
  let y = gid.y;
  let i = siteIndex(x, y);
  var w = vec2u(siteEcm(x, y, i, stateIn[i].x), stateIn[i].y);
  switch (cellType(w.x)) {
    case TYPE_TUMOR: { w = tumourFate(x, y, i, w); }
    case TYPE_NECROTIC: {
      if (draw(clock.key, i, PURPOSE_CLEARANCE) < lut[LUT_CLEARANCE + countAround(x, y, TYPE_MACROPHAGE)]) { w.x &= SITE_BITS; }
    }
    case TYPE_CTL: { w.x = ctlFate(x, y, i, w.x); }
    case TYPE_TREG: { w.x = suppressorFate(x, y, i, w.x, P.thrTregDeath, clock.dose.tregKillThr); }
    case TYPE_MDSC: { w.x = suppressorFate(x, y, i, w.x, P.thrMdscDeath, clock.dose.mdscKillThr); }
    case TYPE_MACROPHAGE: { w.x = macrophageFate(x, y, i, w.x); }
    default: {}
  }
  if ((w.x & ~SITE_BITS) == 0u) { w.y = 0u; }
  stateOut[i] = w;
}
