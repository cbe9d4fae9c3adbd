/**
 * The tools around the simulation for educators and explorers: painting and inspecting sites, files
 * (snapshots, exports, PNG, video), keyboard shortcuts with their help overlay, presenter notes.
 */
import type { App } from './app';
import type { AppElements } from './elements';
import { BenchmarkDialog } from './benchmark';
import { buildFilesFolder } from './files';
import { HelpOverlay } from './help';
import { Inspector } from './inspector';
import { PaintTool } from './paint-tool';
import { CanvasRecorder } from './recorder';
import { installShortcuts, shortcutList } from './shortcuts';
import { TherapyPanel } from './therapy-panel';

export function installTools(app: App, el: AppElements): void {
  const paint = new PaintTool(app, el.hint);
  paint.buildFolder(app.controls.gui);
  new TherapyPanel(app, app.controls.folders.get('Therapies')!, () => paint.active);
  const inspector = new Inspector(app, el.stage, () => !paint.active);
  const recorder = new CanvasRecorder(app, el.recording);
  buildFilesFolder(app.controls.gui, app, recorder);
  const benchmark = new BenchmarkDialog(app, document.body);
  benchmark.addButton(app.controls.gui);
  // `npm run bench` drives the dialog through this handle, as a user would through the button.
  Object.assign(window, { tmeBench: benchmark });
  const shortcuts = shortcutList({
    togglePlay: () => app.setPlaying(!app.ui.playing),
    step: () => app.stepOnce(),
    reset: () => void app.reset(),
    toggleFullscreen: () => void toggleFullscreen(el.stage, app),
    togglePresenter: () => {
      app.ui.presenter = !app.ui.presenter;
      app.applyView();
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

async function toggleFullscreen(stage: HTMLElement, app: App): Promise<void> {
  try {
    if (document.fullscreenElement) await document.exitFullscreen();
    else await stage.requestFullscreen();
  } catch (e) {
    app.notices.show(`Fullscreen is not available here: ${(e as Error).message}`, 'warn');
  }
}
