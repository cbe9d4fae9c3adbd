// Intent words, mirrored by src/model/intent.ts: bits 0..2 direction k, bits 3..5 action, bits 6..7
// what a vessel recruits, bits 8..31 hashed priority. The target picks the highest (priority, k) claim.
const ACTION_NONE: u32 = 0u;
const ACTION_MOVE: u32 = 1u;
const ACTION_DIVIDE: u32 = 2u;
const ACTION_RECRUIT: u32 = 3u;
const ACTION_ATTACK: u32 = 4u;
const ACTION_DIE: u32 = 5u;

const RECRUIT_CTL: u32 = 0u;
const RECRUIT_TREG: u32 = 1u;
const RECRUIT_MDSC: u32 = 2u;
const RECRUIT_MAC: u32 = 3u;
const NO_WINNER: u32 = 8u;

fn intentWord(priorityHash: u32, action: u32, dir: u32, recruit: u32) -> u32 {
  return (priorityHash & 0xffffff00u) | (recruit << 6u) | (action << 3u) | dir;
}
fn intentRecruit(it: u32) -> u32 { return (it >> 6u) & 3u; }
fn intentAction(it: u32) -> u32 { return (it >> 3u) & 7u; }
fn intentDir(it: u32) -> u32 { return it & 7u; }
