/**
 * GPU time of one compute pass from timestamp queries (style.md §11: an optional feature in a class
 * that does nothing without it). Without 'timestamp-query', writes() is undefined and read() null,
 * and the benchmark falls back to batched CPU timing.
 */
export class GpuTimer {
  private readonly querySet: GPUQuerySet | null;
  private readonly resolveBuffer: GPUBuffer | null;
  private readonly readBuffer: GPUBuffer | null;

  constructor(private readonly device: GPUDevice) {
    const on = device.features.has('timestamp-query');
    this.querySet = on ? device.createQuerySet({ label: 'GpuTimer.queries', type: 'timestamp', count: 2 }) : null;
    this.resolveBuffer = on
      ? device.createBuffer({
          label: 'GpuTimer.resolve',
          size: 16,
          usage: GPUBufferUsage.QUERY_RESOLVE | GPUBufferUsage.COPY_SRC,
        })
      : null;
    this.readBuffer = on
      ? device.createBuffer({
          label: 'GpuTimer.read',
          size: 16,
          usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST,
        })
      : null;
  }

  get available(): boolean {
    return this.querySet !== null;
  }

  /** Timestamp writes for the beginning and end of one compute pass. */
  writes(): GPUComputePassTimestampWrites | undefined {
    return this.querySet
      ? { querySet: this.querySet, beginningOfPassWriteIndex: 0, endOfPassWriteIndex: 1 }
      : undefined;
  }

  /** Milliseconds between the two timestamps of the last pass submitted with writes(); null without timestamps. */
  async read(): Promise<number | null> {
    if (!this.querySet || !this.resolveBuffer || !this.readBuffer) return null;
    const encoder = this.device.createCommandEncoder({ label: 'GpuTimer.resolve' });
    encoder.resolveQuerySet(this.querySet, 0, 2, this.resolveBuffer, 0);
    encoder.copyBufferToBuffer(this.resolveBuffer, 0, this.readBuffer, 0, 16);
    this.device.queue.submit([encoder.finish()]);
    await this.readBuffer.mapAsync(GPUMapMode.READ);
    const [begin, end] = new BigUint64Array(this.readBuffer.getMappedRange());
    this.readBuffer.unmap();
    // Some implementations report 0 or an end before the beginning when a pass is too short to resolve.
    return end > begin ? Number(end - begin) / 1e6 : null;
  }

  destroy(): void {
    this.querySet?.destroy();
    this.resolveBuffer?.destroy();
    this.readBuffer?.destroy();
  }
}
