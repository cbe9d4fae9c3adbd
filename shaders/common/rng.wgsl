// Counter-based random numbers, the twin of src/model/rng.ts: a draw is a hash of (seed, tick,
// site, purpose), never state carried in a buffer, so thread scheduling cannot change a result.
const PURPOSE_APOPTOSIS: u32 = 1u;
const PURPOSE_NECROSIS: u32 = 2u;
const PURPOSE_CLEARANCE: u32 = 3u;
const PURPOSE_DIVIDE: u32 = 4u;
const PURPOSE_MIGRATE: u32 = 5u;
const PURPOSE_RECRUIT: u32 = 6u;
const PURPOSE_DIRECTION: u32 = 7u;
const PURPOSE_PRIORITY: u32 = 8u;
const PURPOSE_CTL_MOVE: u32 = 9u;
const PURPOSE_KILL: u32 = 10u;
const PURPOSE_CTL_DEATH: u32 = 11u;
const PURPOSE_INIT_VESSEL: u32 = 12u;
const PURPOSE_MUTATE: u32 = 13u;
const PURPOSE_STEM: u32 = 14u;
const PURPOSE_ANTIGEN_SIGN: u32 = 15u;
const PURPOSE_EXHAUST_PDL1: u32 = 24u;
const PURPOSE_EXHAUST_TREG: u32 = 25u;
const PURPOSE_EXHAUST_S: u32 = 26u;
const PURPOSE_FIBROSIS: u32 = 27u;
const PURPOSE_POLARISE: u32 = 28u;
const PURPOSE_ECM: u32 = 29u;
const PURPOSE_ENTER: u32 = 30u;
const PURPOSE_RECRUIT_TREG: u32 = 31u;
const PURPOSE_RECRUIT_MDSC: u32 = 32u;
const PURPOSE_RECRUIT_MAC: u32 = 33u;
const PURPOSE_INIT: u32 = 34u;
const PURPOSE_CELL_DEATH: u32 = 35u;
const PURPOSE_POLARISE_M1: u32 = 36u;
const PURPOSE_DAUGHTER: u32 = 37u;
const PURPOSE_RESISTANT: u32 = 38u;
const PURPOSE_CHEMO: u32 = 39u;
const PURPOSE_NANO: u32 = 40u;
const PURPOSE_RADIATION: u32 = 41u;
const PURPOSE_DOOM: u32 = 42u;
const PURPOSE_DEPLETE: u32 = 43u;
const PURPOSE_REPROGRAM: u32 = 44u;
const PURPOSE_REINVIGORATE: u32 = 45u;
const PURPOSE_NEIGHBOUR: u32 = 16u;

// PCG-RXS-M-XS 32-bit output permutation (Jarzynski & Olano 2020).
fn pcg(v: u32) -> u32 {
  let state = v * 747796405u + 2891336453u;
  let word = ((state >> ((state >> 28u) + 4u)) ^ state) * 277803737u;
  return (word >> 22u) ^ word;
}

// key = pcg(seed ^ pcg(tick)), computed once per dispatch on the host (clock.key).
fn draw(key: u32, site: u32, purpose: u32) -> u32 {
  return pcg(pcg(key ^ site) ^ purpose);
}
