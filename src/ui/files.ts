/**
 * The Files folder: snapshots of the whole lattice to a .json file and back, the time series with
 * its parameters and change log as CSV or JSON, a PNG of the view and WebM video of it.
 */
import type GUI from 'lil-gui';
import { version as APP_VERSION } from '../../package.json';
import { decodeSnapshot, encodeSnapshot, type DecodedSnapshot } from '../model/snapshot';
import type { App } from './app';
import { download, hourStamp } from './download';
import type { CanvasRecorder } from './recorder';
import { runCsv, runJson } from './run-log';

const RECORD_LABEL = 'Record video (WebM)';

export async function saveSnapshot(app: App): Promise<void> {
  try {
    const lattice = await app.readState();
    download(
      `tme-snapshot-${hourStamp(lattice.hour)}.json`,
      encodeSnapshot({ lattice, values: app.runParameters(), appVersion: APP_VERSION, schedule: app.schedule }),
      'application/json',
    );
  } catch (e) {
    app.notices.show(`The snapshot could not be saved: ${(e as Error).message}`, 'error');
  }
}

/** Loads a snapshot file; a file that fails any check is refused before anything changes. */
export async function loadSnapshot(app: App, file: File): Promise<void> {
  let snap: DecodedSnapshot;
  try {
    snap = decodeSnapshot(await file.text());
  } catch (e) {
    app.notices.show(`Could not load '${file.name}': ${(e as Error).message}. Nothing was changed.`, 'error');
    return;
  }
  try {
    await app.restore(snap.lattice, snap.values, snap.schedule ?? []);
  } catch (e) {
    app.notices.show(`Could not load '${file.name}': ${(e as Error).message}`, 'error');
    return;
  }
  const { width, height, hour } = snap.lattice;
  const defaulted = snap.defaulted.length
    ? ` Not in the file, so at their defaults: ${snap.defaulted.join(', ')}.`
    : '';
  app.notices.show(
    `Loaded '${file.name}': ${width} × ${height} lattice at hour ${hour}, seed ${snap.values.seed} (saved by version ${snap.appVersion}).${defaulted}`,
    'info',
  );
}

export function exportSeries(app: App, format: 'csv' | 'json'): void {
  const name = `tme-series-${hourStamp(app.hour)}.${format}`;
  if (format === 'csv') download(name, runCsv(app.runLog, app.values), 'text/csv');
  else
    download(
      name,
      runJson(app.runLog, app.values, { version: APP_VERSION, adapter: app.adapter, schedule: app.schedule }),
      'application/json',
    );
}

export async function savePng(app: App): Promise<void> {
  try {
    download(`tme-view-${hourStamp(app.hour)}.png`, await app.capturePng());
  } catch (e) {
    app.notices.show(`The PNG could not be saved: ${(e as Error).message}`, 'error');
  }
}

/** Adds the Files folder; its hidden file input (#snapshot-file) receives snapshot files. */
export function buildFilesFolder(gui: GUI, app: App, recorder: CanvasRecorder): GUI {
  const input = document.createElement('input');
  input.type = 'file';
  input.id = 'snapshot-file';
  input.accept = '.json,application/json';
  input.hidden = true;
  input.onchange = () => {
    const file = input.files?.[0];
    input.value = ''; // choosing the same file again must fire again
    if (file) void loadSnapshot(app, file);
  };
  document.body.append(input);
  const f = gui.addFolder('Files');
  f.add({ save: () => void saveSnapshot(app) }, 'save').name('Save snapshot (.json)').domElement.title =
    'The whole lattice, fields, hour, parameters and seed, to continue exactly where it is.';
  f.add({ load: () => input.click() }, 'load').name('Load snapshot…');
  f.add({ csv: () => exportSeries(app, 'csv') }, 'csv').name('Export time series (CSV)');
  f.add({ json: () => exportSeries(app, 'json') }, 'json').name('Export time series (JSON)');
  f.add({ png: () => void savePng(app) }, 'png').name('Save view as PNG');
  const record = f
    .add({ record: () => (recorder.recording ? recorder.stop(true) : recorder.start()) }, 'record')
    .name(RECORD_LABEL);
  recorder.onChange = (recording) => record.name(recording ? 'Stop recording and save' : RECORD_LABEL);
  f.close();
  return f;
}
