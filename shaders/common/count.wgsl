// One event of the hour into its statistics record; for passes that bind `stats` as atomics.
fn count(stat: u32) {
  atomicAdd(&stats[clock.slot * STAT_COUNT + stat], 1u);
}
