// Bit layout of one lattice site (two u32 words). Mirrors src/model/layout.ts, which documents
// every field; tests/unit/layout-mirror.test.ts checks that the two agree name for name.
const TYPE_EMPTY: u32 = 0u;
const TYPE_TUMOR: u32 = 1u;
const TYPE_NECROTIC: u32 = 2u;
const TYPE_VESSEL: u32 = 3u;
const TYPE_CTL: u32 = 4u;
const TYPE_TREG: u32 = 5u;
const TYPE_MACROPHAGE: u32 = 6u;
const TYPE_MDSC: u32 = 7u;
const TYPE_CAF: u32 = 8u;
const TYPE_COUNT: u32 = 16u;

const CTL_EFFECTOR: u32 = 0u;
const CTL_ACTIVATED: u32 = 1u;
const CTL_EXHAUSTED: u32 = 2u;

const MAC_M0: u32 = 0u;
const MAC_M1: u32 = 1u;
const MAC_M2: u32 = 2u;

const TUMOR_STEM: u32 = 1u;
const TUMOR_RESISTANT: u32 = 2u;

const TYPE_SHIFT: u32 = 0u;
const TYPE_MASK: u32 = 0xfu;
const STATE_SHIFT: u32 = 4u;
const STATE_MASK: u32 = 0xfu;
const KCAP_SHIFT: u32 = 8u;
const KCAP_MASK: u32 = 0xfu;
const DIVISIONS_SHIFT: u32 = 12u;
const DIVISIONS_MASK: u32 = 0xfu;
const ENGAGED_SHIFT: u32 = 16u;
const ENGAGED_MASK: u32 = 0xfu;
const TIMER_SHIFT: u32 = 20u;
const TIMER_MASK: u32 = 0xfu;
const CAPACITY_SHIFT: u32 = 8u;
const CAPACITY_MASK: u32 = 0xffu;
const DOOM_SHIFT: u32 = 16u;
const DOOM_MASK: u32 = 0xffu;
const LEAKY_SHIFT: u32 = 8u;
const LEAKY_MASK: u32 = 0x1u;
const ECM_SHIFT: u32 = 24u;
const ECM_MASK: u32 = 0xffu;

const CLONE_SHIFT: u32 = 0u;
const CLONE_MASK: u32 = 0xffu;
const ANTIGEN_SHIFT: u32 = 8u;
const ANTIGEN_MASK: u32 = 0xffu;
const PDL1_SHIFT: u32 = 16u;
const PDL1_MASK: u32 = 0xffffu;

const SITE_BITS: u32 = 0xff000000u;

fn field(word: u32, shift: u32, mask: u32) -> u32 { return (word >> shift) & mask; }
fn withField(word: u32, shift: u32, mask: u32, value: u32) -> u32 {
  return (word & ~(mask << shift)) | ((value & mask) << shift);
}
fn cellType(a: u32) -> u32 { return a & TYPE_MASK; }
fn cellState(a: u32) -> u32 { return (a >> STATE_SHIFT) & STATE_MASK; }

// Row of the field tables a cell secretes and consumes by (see secretorIndex in layout.ts).
const SECRETOR_QUIET_CTL: u32 = 3u;
fn secretorIndex(a: u32) -> u32 {
  let kind = cellType(a);
  var state = min(cellState(a), 3u);
  if (kind == TYPE_CTL && state == CTL_ACTIVATED && field(a, TIMER_SHIFT, TIMER_MASK) == 0u) { state = SECRETOR_QUIET_CTL; }
  return kind * 4u + state;
}
