// The view: one full-screen triangle; the fragment shader reads the state buffer directly, maps
// type and state to a colour and blends an optional field overlay through a colormap. Nearest-site
// lookup keeps every zoom crisp. f32 here is for display only; nothing feeds back to the model.

// struct View and the PALETTE_*_SLOT constants are generated into view-uniform.wgsl from
// src/engine/view-uniform.ts and src/engine/palette.ts.
@group(0) @binding(0) var<uniform> view: View;
@group(0) @binding(1) var<storage, read> state: array<vec2u>;
// FIELD_WORDS planes of packed fields (field-pack.wgsl).
@group(0) @binding(2) var<storage, read> fields: array<u32>;

@vertex
fn vs(@builtin(vertex_index) i: u32) -> @builtin(position) vec4f {
  let xy = vec2f(f32((i << 1u) & 2u), f32(i & 2u));
  return vec4f(xy * 2.0 - 1.0, 0.0, 1.0);
}

// Viridis, polynomial fit (Matt Zucker, shadertoy WlfXRN), t in 0..1.
fn viridis(t: f32) -> vec3f {
  let c0 = vec3f(0.2777273, 0.0054073, 0.3340998);
  let c1 = vec3f(0.1050930, 1.4046135, 1.3845901);
  let c2 = vec3f(-0.3308618, 0.2148475, 0.0950952);
  let c3 = vec3f(-4.6342305, -5.7991009, -19.3324409);
  let c4 = vec3f(6.2282699, 14.1799334, 56.6905526);
  let c5 = vec3f(4.7763850, -13.7451454, -65.3530326);
  let c6 = vec3f(-5.4354559, 4.6458525, 26.3124352);
  return c0 + t * (c1 + t * (c2 + t * (c3 + t * (c4 + t * (c5 + t * c6)))));
}

fn cellColour(w: vec2u) -> vec3f {
  let kind = cellType(w.x);
  if (kind == TYPE_TUMOR) {
    // Doomed (irradiated) cells, then drug-resistant clones, in two spare type slots.
    if (field(w.x, DOOM_SHIFT, DOOM_MASK) > 0u) { return view.palette[PALETTE_DOOMED_SLOT].rgb; }
    if ((cellState(w.x) & TUMOR_RESISTANT) != 0u) { return view.palette[PALETTE_RESISTANT_SLOT].rgb; }
  }
  if (kind == TYPE_CTL) { return view.palette[PALETTE_CTL_SLOT + min(cellState(w.x), 3u)].rgb; }
  if (kind == TYPE_MACROPHAGE) { return view.palette[PALETTE_MAC_SLOT + min(cellState(w.x), 2u)].rgb; }
  if (kind == TYPE_EMPTY) {
    // Free tissue shows its stroma: blended towards the ECM colour by density.
    return mix(view.palette[TYPE_EMPTY].rgb, view.palette[PALETTE_ECM_SLOT].rgb, f32(field(w.x, ECM_SHIFT, ECM_MASK)) / 255.0);
  }
  return view.palette[kind].rgb;
}

@fragment
fn fs(@builtin(position) frag: vec4f) -> @location(0) vec4f {
  let p = view.centre + (frag.xy - view.origin - 0.5 * view.canvas) / view.zoom;
  if (p.x < 0.0 || p.y < 0.0 || p.x >= view.lattice.x || p.y >= view.lattice.y) {
    return vec4f(0.09, 0.1, 0.12, 1.0);
  }
  let site = vec2u(floor(p));
  let i = site.y * u32(view.lattice.x) + site.x;
  var colour = cellColour(state[i]);
  if (view.overlay > 0u) {
    let f = view.overlay - 1u;
    let plane = (f >> 1u) * u32(view.lattice.x * view.lattice.y);
    let t = clamp(f32(fieldHalf(fields[plane + i], f)) / view.overlayMax, 0.0, 1.0);
    colour = mix(colour, viridis(t), view.overlayAlpha);
  }
  return vec4f(colour, 1.0);
}
