/**
 * Entry point of the page: reads the share link, acquires WebGPU (or explains how to enable it),
 * then hands over to the page shell (App) and its tools. `window.tme` exposes a small scripting API
 * (test-api.ts: used by the browser tests and handy in the console).
 */
import './style.css';
import { acquireGpu, latticeSizeProblem, NoWebGpuError } from '../engine/device';
import { defaultValues } from '../model/registry';
import { App } from './app';
import { byId, pageElements } from './elements';
import { showNoWebGpu } from './no-webgpu';
import { testApi } from './test-api';
import { installTools } from './tools';
import { linkState } from './url-state';
import { scheduleFromQuery } from './schedule-link';

/** Lattice side used on software adapters unless the link asks for another. */
const SOFTWARE_SIDE = 128;
/** Lattice side used on real GPUs unless the link asks for another. */
const GPU_SIDE = 256;

async function main(): Promise<void> {
  const query = new URLSearchParams(location.search);
  const { scenario, values, notes } = linkState(location.search, defaultValues());
  const { schedule, note: scheduleNote } = scheduleFromQuery(location.search);
  // Read before the App exists: it rewrites the address bar as soon as it shows its state.
  const linkHasSchedule = new URLSearchParams(location.search).has('schedule');
  if (scheduleNote) notes.push(scheduleNote);
  let gpu;
  try {
    gpu = await acquireGpu(navigator.gpu);
  } catch (e) {
    if (e instanceof NoWebGpuError) {
      showNoWebGpu(byId('no-webgpu'), e);
      return;
    }
    throw e;
  }
  if (!query.has('latticeSize')) values.latticeSize = gpu.info.software ? SOFTWARE_SIDE : GPU_SIDE;
  const tooBig = latticeSizeProblem(values.latticeSize, gpu.maxSide);
  if (tooBig) {
    notes.push(`${tooBig} Using ${Math.min(gpu.maxSide, GPU_SIDE)} instead.`);
    values.latticeSize = Math.min(gpu.maxSide, GPU_SIDE);
  }
  const elements = pageElements();
  const app = new App(gpu, values, elements);
  app.showScenario(scenario);
  // A link's own schedule wins; a link naming only a scenario gets the scenario's.
  app.setSchedule(linkHasSchedule ? schedule : (scenario?.schedule ?? []));
  installTools(app, elements);
  for (const n of notes) app.notices.show(n, 'warn');
  if (gpu.info.software)
    app.notices.show(
      `Running on ${gpu.info.description || 'a software adapter'}: WebGPU is emulated on the CPU, so the lattice is kept small (${values.latticeSize} × ${values.latticeSize}).`,
      'info',
    );
  Object.assign(window, { tme: testApi(app) });
  await app.start();
}

main().catch((e: unknown) => {
  const box = byId('notices');
  const el = document.createElement('div');
  el.className = 'notice error';
  el.setAttribute('role', 'alert');
  el.textContent = `The playground failed to start: ${(e as Error).message ?? String(e)}`;
  box.append(el);
  console.error(e);
});
