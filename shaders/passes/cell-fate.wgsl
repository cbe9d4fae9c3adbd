// Cell fate: hourly rules that need no neighbour (model.md §4) — tumour apoptosis and hypoxic
// necrosis, debris clearance, CTL death and engagement countdown. Reads stateIn and O2, writes stateOut.
@group(1) @binding(0) var<storage, read> stateIn: array<vec2u>;
@group(1) @binding(1) var<storage, read_write> stateOut: array<vec2u>;
@group(1) @binding(2) var<storage, read> fields: array<u32>;

@compute @workgroup_size(WG, WG)
fn main(@builtin(global_invocation_id) gid: vec3u) {
  if (!inLattice(gid)) { return; }
  let i = siteIndex(gid.x, gid.y);
  var a = stateIn[i].x;
  var b = stateIn[i].y;
  let site = a & SITE_BITS;
  switch (cellType(a)) {
    case TYPE_TUMOR: {
      let o2 = fields[FIELD_O2 * P.width * P.height + i];
      if (draw(clock.key, i, PURPOSE_APOPTOSIS) < P.thrApoptosis) {
        a = site;
        b = 0u;
      } else if (draw(clock.key, i, PURPOSE_NECROSIS) < lut[LUT_NECROSIS + (o2 >> 8u)]) {
        a = site | TYPE_NECROTIC;
        b = 0u;
      }
    }
    case TYPE_NECROTIC: {
      if (draw(clock.key, i, PURPOSE_CLEARANCE) < P.thrClearance) { a = site; }
    }
    case TYPE_CTL: {
      let engaged = field(a, ENGAGED_SHIFT, ENGAGED_MASK);
      if (draw(clock.key, i, PURPOSE_CTL_DEATH) < P.thrCtlDeath) {
        a = site;
        b = 0u;
      } else if (engaged > 0u) {
        a = withField(a, ENGAGED_SHIFT, ENGAGED_MASK, engaged - 1u);
      }
    }
    default: {}
  }
  stateOut[i] = vec2u(a, b);
}
