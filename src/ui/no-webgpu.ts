/** The page shown instead of a blank canvas when WebGPU is missing (architecture.md §4). */
import type { NoWebGpuError } from '../engine/device';

const REASONS: Record<NoWebGpuError['reason'], string> = {
  'no-api': 'This browser does not offer WebGPU (navigator.gpu is missing).',
  'no-adapter':
    'This browser has WebGPU, but it found no usable graphics adapter — it may be switched off, or your GPU or driver may be blocklisted.',
  'no-device': 'The graphics adapter refused to start a WebGPU device.',
};

export function showNoWebGpu(root: HTMLElement, error: NoWebGpuError): void {
  document.body.classList.add('no-webgpu');
  root.hidden = false;
  root.innerHTML = `
    <h2>WebGPU is not available</h2>
    <p><strong>${REASONS[error.reason]}</strong></p>
    <p>TME Playground runs its simulation on the GPU through WebGPU, so it cannot start here. Details: <code></code></p>
    <h3>How to enable WebGPU</h3>
    <dl>
      <dt>Chrome (113 or newer) and Edge (113 or newer)</dt>
      <dd>WebGPU is on by default on Windows, macOS, ChromeOS and Android. On Linux, open
      <code>chrome://flags/#enable-unsafe-webgpu</code> (Edge: <code>edge://flags/#enable-unsafe-webgpu</code>), enable it and
      restart; also enable <code>chrome://flags/#enable-vulkan</code>. Check that <code>chrome://settings/system</code> has
      “Use graphics acceleration when available” switched on, and see <code>chrome://gpu</code> for what is blocked.</dd>
      <dt>Firefox</dt>
      <dd>Firefox 141 and newer ship WebGPU on Windows; on macOS and Linux use Firefox Nightly or set
      <code>dom.webgpu.enabled</code> to <code>true</code> in <code>about:config</code> and restart.</dd>
      <dt>Safari</dt>
      <dd>Safari 26 (macOS Tahoe, iOS 26) ships WebGPU. On older versions enable it under
      Settings → Advanced → “Show features for web developers”, then Develop → Feature Flags → “WebGPU”.</dd>
      <dt>No GPU at all?</dt>
      <dd>Chrome can run WebGPU on the CPU with <code>--enable-unsafe-webgpu --enable-unsafe-swiftshader --use-webgpu-adapter=swiftshader</code>:
      slow, but it works. The headless command line (<code>npm run sim -- --backend cpu</code>) runs the same model without a GPU.</dd>
    </dl>`;
  root.querySelector('p code')!.textContent = error.message;
}
