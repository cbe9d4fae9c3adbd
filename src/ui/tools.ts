/**
 * The tools around the simulation for educators and explorers: painting and inspecting sites, the
 * dose-schedule editor, files (snapshots, exports, PNG, video), the benchmark, keyboard shortcuts
 * with their help overlay. Each tool is handed the narrow ports it needs, built here from the owners.
 */
import type { AppElements } from './elements';
import { BenchmarkDialog } from './benchmark';
import { buildFilesFolder, type FilesPorts } from './files';
import { HelpOverlay } from './help';
import { Inspector } from './inspector';
import type { PageOwners } from './owners';
import { PaintTool } from './paint-tool';
import type { GpuLender, ScheduleEditor } from './ports';
import { CanvasRecorder } from './recorder';
import { installShortcuts, shortcutList } from './shortcuts';
import { TherapyPanel } from './therapy-panel';

export function installTools(page: PageOwners, el: AppElements): void {
  const { notices, events, live, params, controls } = page;
  const { camera } = page.loop;
  const paint = new PaintTool({ camera, editor: live, notices, events, values: params.values, ui: page.ui }, el.hint);
  paint.buildFolder(controls.gui);
  new TherapyPanel(
    { schedule: scheduleEditor(page), comparison: live, notices, camera, isPainting: () => paint.active },
    controls.folders.get('Therapies')!,
  );
  const inspector = new Inspector(camera, live, el.stage, () => !paint.active);
  const recorder = new CanvasRecorder(
    { canvas: el.canvas, notices, clock: page.display, events, drawnFrames: () => page.loop.framesDrawn },
    el.recording,
  );
  buildFilesFolder(controls.gui, filesPorts(page), recorder);
  const benchmark = new BenchmarkDialog(gpuLender(page), notices, document.body);
  benchmark.addButton(controls.gui);
  // `npm run bench` drives the dialog through this handle, as a user would through the button.
  Object.assign(window, { tmeBench: benchmark });
  const shortcuts = shortcutList({
    togglePlay: () => page.playback.togglePlay(),
    step: () => page.playback.stepOnce(),
    reset: () => void live.reset(),
    toggleFullscreen: () => void toggleFullscreen(el.stage, page),
    togglePresenter: () => {
      page.ui.presenter = !page.ui.presenter;
      page.applyView();
    },
    toggleHelp: () => help.toggle(),
    dismiss: () => {
      help.close();
      inspector.close();
    },
    undo: () => void paint.undo(),
    redo: () => void paint.redo(),
  });
  // Inside the stage, so it also shows when the stage is fullscreen.
  const help = new HelpOverlay(el.stage, shortcuts);
  installShortcuts(window, shortcuts);
}

/** The schedule as the editor and the radiotherapy field tool see it. */
function scheduleEditor(page: PageOwners): ScheduleEditor {
  return {
    get hour() {
      return page.display.hour;
    },
    get nextHour() {
      return page.live.nextHour;
    },
    get schedule() {
      return page.params.schedule;
    },
    setSchedule: (schedule) => page.setSchedule(schedule),
    on: (event, listener) => page.events.on(event, listener),
  };
}

function filesPorts(page: PageOwners): FilesPorts {
  const { live, params, display } = page;
  return {
    notices: page.notices,
    snapshots: {
      readState: () => live.readState(),
      runParameters: () => params.runParameters(),
      get schedule() {
        return params.schedule;
      },
      restore: (lattice, values, schedule) => page.restore(lattice, values, schedule),
    },
    series: {
      get hour() {
        return display.hour;
      },
      runLog: page.runLog,
      values: params.values,
      get adapter() {
        return page.session.gpu.info;
      },
      get schedule() {
        return params.schedule;
      },
    },
    capture: {
      get hour() {
        return display.hour;
      },
      capturePng: () => page.loop.capturePng(),
    },
  };
}

function gpuLender(page: PageOwners): GpuLender {
  return {
    get gpu() {
      return page.session.gpu;
    },
    suspend: (work) => page.suspend(work),
  };
}

async function toggleFullscreen(stage: HTMLElement, page: PageOwners): Promise<void> {
  try {
    if (document.fullscreenElement) await document.exitFullscreen();
    else await stage.requestFullscreen();
  } catch (e) {
    page.notices.show(`Fullscreen is not available here: ${(e as Error).message}`, 'warn');
  }
}
