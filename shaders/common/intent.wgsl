// Intent words, the twin of src/model/intent.ts: bits 0..2 direction k, bits 3..5 action, bits 6..7
// what a vessel recruits, bits 8..31 hashed priority. The target picks the highest (priority, k) claim.
// The ACTION_*, RECRUIT_* and NO_WINNER constants are generated from intent.ts into constants.wgsl.
fn intentWord(priorityHash: u32, action: u32, dir: u32, recruit: u32) -> u32 {
  return (priorityHash & 0xffffff00u) | (recruit << 6u) | (action << 3u) | dir;
}
fn intentRecruit(it: u32) -> u32 { return (it >> 6u) & 3u; }
fn intentAction(it: u32) -> u32 { return (it >> 3u) & 7u; }
fn intentDir(it: u32) -> u32 { return it & 7u; }
