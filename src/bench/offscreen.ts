/**
 * Times the page's renderer without a page: it draws into a texture standing in for the canvas, one
 * pixel per site (capped at the texture limit), so the figure does not depend on a window's size.
 * Always timed on the CPU: frames submitted back to back, then awaited together.
 */
import { Renderer } from '../engine/renderer';
import type { GpuStepper } from '../engine/gpu-stepper';

const FORMAT: GPUTextureFormat = 'rgba8unorm';
const MAX_FRAMES = 64;

/** Milliseconds per frame of `source`, drawing about `budgetMs` worth of frames (at least two). */
export async function renderFrames(
  device: GPUDevice,
  source: GpuStepper['view'],
  budgetMs: number,
  report: (message: string) => void,
): Promise<number> {
  const side = Math.min(source.width, device.limits.maxTextureDimension2D);
  const texture = device.createTexture({
    label: 'bench.offscreen',
    size: [side, side],
    format: FORMAT,
    usage: GPUTextureUsage.RENDER_ATTACHMENT,
  });
  // The renderer needs only these two methods of a canvas context.
  const context = { configure: () => undefined, getCurrentTexture: () => texture } as unknown as GPUCanvasContext;
  const renderer = new Renderer(device, context, FORMAT, report);
  const view = {
    centreX: source.width / 2,
    centreY: source.height / 2,
    zoom: 1,
    overlay: 0,
    overlayAlpha: 0,
    overlayMax: 1,
  };
  const frames = async (n: number): Promise<number> => {
    const t = performance.now();
    for (let f = 0; f < n; f++) renderer.render(source, side, side, view);
    await device.queue.onSubmittedWorkDone();
    return (performance.now() - t) / n;
  };
  try {
    const first = await frames(2);
    return await frames(Math.min(MAX_FRAMES, Math.max(2, Math.floor(budgetMs / first))));
  } finally {
    renderer.destroy();
    texture.destroy();
  }
}
