/**
 * A ring of MAP_READ buffers for statistics (architecture.md §3): each submit copies its hours'
 * records into a free buffer and maps it without awaiting; results arrive in submission order. When
 * every buffer is in flight, acquire() says so and the caller simply submits later — the frame
 * loop never waits on the GPU.
 */
import { STAT_COUNT } from '../model/stats';

export interface StatsBatch {
  /** Model hour before the first record (records are hours firstHour+1 … firstHour+records.length). */
  firstHour: number;
  records: Uint32Array[];
}

export class StatsRing {
  private readonly free: GPUBuffer[];
  private chain: Promise<void> = Promise.resolve();

  constructor(device: GPUDevice, maxHours: number, size = 4) {
    this.free = Array.from({ length: size }, (_, i) =>
      device.createBuffer({
        label: `statsRing.${i}`,
        size: maxHours * STAT_COUNT * 4,
        usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST,
      }),
    );
    this.all = [...this.free];
  }

  private readonly all: GPUBuffer[];

  /** A buffer to copy the next batch into, or null while all are in flight. */
  acquire(): GPUBuffer | null {
    return this.free.pop() ?? null;
  }

  /** Maps `buffer` once the queue reaches it and hands the records over, in submission order. */
  collect(buffer: GPUBuffer, firstHour: number, hours: number): Promise<StatsBatch> {
    const mapped = buffer.mapAsync(GPUMapMode.READ, 0, hours * STAT_COUNT * 4);
    const result = this.chain.then(async () => {
      try {
        await mapped;
        const words = new Uint32Array(buffer.getMappedRange(0, hours * STAT_COUNT * 4).slice(0));
        buffer.unmap();
        const records = Array.from({ length: hours }, (_, h) => words.subarray(h * STAT_COUNT, (h + 1) * STAT_COUNT));
        return { firstHour, records };
      } finally {
        this.free.push(buffer);
      }
    });
    this.chain = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }

  get inFlight(): number {
    return this.all.length - this.free.length;
  }

  destroy(): void {
    for (const b of this.all) b.destroy();
  }
}
