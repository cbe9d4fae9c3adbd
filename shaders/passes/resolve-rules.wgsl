// Cell changes applied by resolve.wgsl; twin of the helpers in src/model/reference/resolve.ts.

fn recruitedCell(recruit: u32) -> u32 {
  switch (recruit) {
    case RECRUIT_CTL: { return TYPE_CTL | (CTL_EFFECTOR << STATE_SHIFT) | (P.killCapacity << KCAP_SHIFT); }
    case RECRUIT_TREG: { return TYPE_TREG; }
    case RECRUIT_MDSC: { return TYPE_MDSC; }
    default: { return TYPE_MACROPHAGE | (MAC_M0 << STATE_SHIFT); }
  }
}

// The daughter of the tumour mother at site j: stem fate, capacity and antigen mutation.
fn tumourDaughter(j: u32, mother: vec2u) -> vec2u {
  var da = mother.x;
  if (P.stemHierarchy == 1u) {
    let stem = (cellState(da) & TUMOR_STEM) != 0u;
    if (!stem) {
      da = withField(da, CAPACITY_SHIFT, CAPACITY_MASK, field(da, CAPACITY_SHIFT, CAPACITY_MASK) - 1u);
    } else if (draw(clock.key, j, PURPOSE_STEM) >= P.thrStemSymmetric) {
      da = withField(withField(da, STATE_SHIFT, STATE_MASK, cellState(da) & ~TUMOR_STEM), CAPACITY_SHIFT, CAPACITY_MASK, P.proliferationCapacity);
    }
  }
  if (draw(clock.key, j, PURPOSE_MUTATE) >= P.thrMutation) { return vec2u(da, mother.y); }
  let sign = draw(clock.key, j, PURPOSE_ANTIGEN_SIGN);
  let antigen = field(mother.y, ANTIGEN_SHIFT, ANTIGEN_MASK);
  let shifted = select(min(255u, antigen + P.mutationShift), max(antigen, P.mutationShift) - P.mutationShift, sign < P.thrAntigenLoss);
  let clone = (sign >> 8u) & CLONE_MASK; // a mutated daughter founds a new clone
  return vec2u(da, withField(withField(mother.y, ANTIGEN_SHIFT, ANTIGEN_MASK, shifted), CLONE_SHIFT, CLONE_MASK, clone));
}

// The mother after its division won: a non-stem tumour cell spends a division, a CTL its count.
fn afterDivision(a: u32) -> u32 {
  if (cellType(a) == TYPE_CTL) { return withField(a, DIVISIONS_SHIFT, DIVISIONS_MASK, field(a, DIVISIONS_SHIFT, DIVISIONS_MASK) - 1u); }
  if (P.stemHierarchy == 1u && (cellState(a) & TUMOR_STEM) == 0u) {
    return withField(a, CAPACITY_SHIFT, CAPACITY_MASK, field(a, CAPACITY_SHIFT, CAPACITY_MASK) - 1u);
  }
  return a;
}

// A CTL that won its attack spends a kill, is engaged and secretes IFN-γ; with none left it is exhausted.
fn afterKill(a: u32) -> u32 {
  if (cellType(a) != TYPE_CTL) { return a; }
  let kcap = field(a, KCAP_SHIFT, KCAP_MASK) - 1u;
  var out = withField(a, KCAP_SHIFT, KCAP_MASK, kcap);
  out = withField(out, ENGAGED_SHIFT, ENGAGED_MASK, P.engagementHours);
  out = withField(out, TIMER_SHIFT, TIMER_MASK, P.ifnHours);
  return select(out, withField(out, STATE_SHIFT, STATE_MASK, CTL_EXHAUSTED), kcap == 0u);
}

// An effector CTL touching a tumour cell it recognises activates: divisions and IFN-γ window start.
fn activate(x: u32, y: u32, a: u32) -> u32 {
  if (cellType(a) != TYPE_CTL || cellState(a) != CTL_EFFECTOR) { return a; }
  for (var k = 0u; k < 8u; k++) {
    let j = neighbourOf(x, y, k);
    if (j < 0 || cellType(stateIn[j].x) != TYPE_TUMOR) { continue; }
    if (field(stateIn[j].y, ANTIGEN_SHIFT, ANTIGEN_MASK) < P.antigenThreshold) { continue; }
    let out = withField(withField(a, STATE_SHIFT, STATE_MASK, CTL_ACTIVATED), DIVISIONS_SHIFT, DIVISIONS_MASK, P.ctlDivisions);
    return withField(out, TIMER_SHIFT, TIMER_MASK, P.ifnHours);
  }
  return a;
}
