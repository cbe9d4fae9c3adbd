/**
 * `window.tme`: the page's scripting API, for the browser tests (tests/e2e/page.ts) and by hand in
 * the console. Built from the owners; it adds no behaviour of its own.
 */
import { latticeHash } from '../model/lattice-hash';
import type { Schedule } from '../model/therapy/schedule';
import type { PageOwners } from './owners';

export function testApi(page: PageOwners) {
  const { params, live, loop, display, playback } = page;
  return {
    /** The last hour whose statistics arrived (the counter). */
    get hour() {
      return display.hour;
    },
    get values() {
      return params.values;
    },
    get ui() {
      return page.ui;
    },
    get camera() {
      return loop.camera;
    },
    get framesDrawn() {
      return loop.framesDrawn;
    },
    /** The comparison's treated arm: the hour it reported last; null without a comparison. */
    get compareHour() {
      return live.compareHour;
    },
    get schedule() {
      return params.schedule;
    },
    get scenario() {
      return params.scenario;
    },
    get nextHour() {
      return live.nextHour;
    },
    get busy() {
      return live.busy;
    },
    setPlaying: (playing: boolean) => playback.setPlaying(playing),
    stepOnce: () => playback.stepOnce(),
    playUntil: (hour: number) => page.playUntil(hour),
    setParam: (key: string, value: number) => page.setParam(key, value),
    setSchedule: (schedule: Schedule) => page.setSchedule(schedule),
    applyScenario: (id: string | null) => page.applyScenario(id),
    applyView: () => page.applyView(),
    reset: () => live.reset(),
    readState: () => live.readState(),
    latticeHash: async () => latticeHash(await live.readState()),
    latestCounts: () => display.chart.latest(),
    /** The comparison's treated arm: its latest compared counts (nulls without a comparison). */
    latestCompareCounts: () => display.chart.latestCompare(),
    checkTwin: (hours: number, size?: number) => page.checkTwin(hours, size),
    /** Destroys the GPU device, as a driver reset would: the page should recover by itself. */
    simulateDeviceLoss: () => page.session.gpu.device.destroy(),
    startComparison: () => live.startComparison(),
    stopComparison: () => live.stopComparison(),
  };
}
