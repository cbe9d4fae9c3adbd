/**
 * Work that replaces the lattice (reset, edits, loading a snapshot) must not interleave with itself
 * or with stepping: tasks run one at a time, in order, and the frame loop does not step while any
 * is queued or running. A recovery after device loss holds stepping too, but does not queue: a task
 * stuck on the lost device must not block it.
 */
export class TaskQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private holds = 0;

  /** True while a task is queued or running, or a hold is in place. */
  get busy(): boolean {
    return this.holds > 0;
  }

  /** Runs `task` after every earlier one; its result or error goes to the caller. */
  run<T>(task: () => Promise<T>): Promise<T> {
    this.holds++;
    const result = this.tail.then(task).finally(() => this.holds--);
    this.tail = result.catch(() => undefined);
    return result;
  }

  /** Holds stepping while `work` runs, without waiting for queued tasks. */
  async hold<T>(work: () => Promise<T>): Promise<T> {
    this.holds++;
    try {
      return await work();
    } finally {
      this.holds--;
    }
  }
}
