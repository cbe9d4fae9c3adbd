/**
 * Background snapshots for recovering from a lost device (architecture.md §4): every
 * SNAPSHOT_EVERY_H model hours the lattice is read back without pausing, and a lattice the user
 * set (an edit, a loaded file) replaces it at once, so a recovery never undoes the user's work.
 */
import type { Lattice } from '../model/lattice';
import type { LatticeReader } from './ports';

/** Hours between background snapshots: a few seconds of simulated time on most GPUs. */
const SNAPSHOT_EVERY_H = 24;

export class RecoveryPoint {
  /** The latest snapshot; null: none since the last reset (recovery then resets). */
  lattice: Lattice | null = null;
  private taking = false;

  constructor(private readonly currentSim: () => LatticeReader) {}

  /** Called as hours are reported; starts a background snapshot when the last is old enough. */
  onHour(hour: number): void {
    if (hour - (this.lattice?.hour ?? 0) >= SNAPSHOT_EVERY_H) void this.take();
  }

  private async take(): Promise<void> {
    if (this.taking) return;
    this.taking = true;
    const sim = this.currentSim();
    try {
      const snap = await sim.readState();
      if (sim === this.currentSim()) this.lattice = snap;
    } catch {
      // A failed snapshot (e.g. during device loss) keeps the previous one.
    } finally {
      this.taking = false;
    }
  }
}
