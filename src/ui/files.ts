/**
 * The Files folder: snapshots of the whole lattice to a .json file and back, the time series with
 * its parameters and change log as CSV or JSON, a PNG of the view and WebM video of it.
 */
import type GUI from 'lil-gui';
import { version as APP_VERSION } from '../../package.json';
import { decodeSnapshot, encodeSnapshot, type DecodedSnapshot } from '../model/snapshot';
import type { NoticeBoard, SeriesSource, SnapshotStore, ViewCapture } from './ports';
import { download, hourStamp } from './download';
import type { CanvasRecorder } from './recorder';
import { runCsv, runJson } from './run-log';

const RECORD_LABEL = 'Record video (WebM)';

/** What the Files folder reads and does: snapshots, the time series, the view, and notices. */
export interface FilesPorts {
  snapshots: SnapshotStore;
  series: SeriesSource;
  capture: ViewCapture;
  notices: NoticeBoard;
}

async function saveSnapshot({ snapshots, notices }: FilesPorts): Promise<void> {
  try {
    const lattice = await snapshots.readState();
    download(
      `tme-snapshot-${hourStamp(lattice.hour)}.json`,
      encodeSnapshot({
        lattice,
        values: snapshots.runParameters(),
        appVersion: APP_VERSION,
        schedule: snapshots.schedule,
      }),
      'application/json',
    );
  } catch (e) {
    notices.show(`The snapshot could not be saved: ${(e as Error).message}`, 'error');
  }
}

/** Loads a snapshot file; a file that fails any check is refused before anything changes. */
async function loadSnapshot({ snapshots, notices }: FilesPorts, file: File): Promise<void> {
  let snap: DecodedSnapshot;
  try {
    snap = decodeSnapshot(await file.text());
  } catch (e) {
    notices.show(`Could not load '${file.name}': ${(e as Error).message}. Nothing was changed.`, 'error');
    return;
  }
  try {
    await snapshots.restore(snap.lattice, snap.values, snap.schedule ?? []);
  } catch (e) {
    notices.show(`Could not load '${file.name}': ${(e as Error).message}`, 'error');
    return;
  }
  const { width, height, hour } = snap.lattice;
  const defaulted = snap.defaulted.length
    ? ` Not in the file, so at their defaults: ${snap.defaulted.join(', ')}.`
    : '';
  notices.show(
    `Loaded '${file.name}': ${width} × ${height} lattice at hour ${hour}, seed ${snap.values.seed} (saved by version ${snap.appVersion}).${defaulted}`,
    'info',
  );
}

function exportSeries(series: SeriesSource, format: 'csv' | 'json'): void {
  const name = `tme-series-${hourStamp(series.hour)}.${format}`;
  if (format === 'csv') download(name, runCsv(series.runLog, series.values), 'text/csv');
  else
    download(
      name,
      runJson(series.runLog, series.values, {
        version: APP_VERSION,
        adapter: series.adapter,
        schedule: series.schedule,
      }),
      'application/json',
    );
}

async function savePng({ capture, notices }: FilesPorts): Promise<void> {
  try {
    download(`tme-view-${hourStamp(capture.hour)}.png`, await capture.capturePng());
  } catch (e) {
    notices.show(`The PNG could not be saved: ${(e as Error).message}`, 'error');
  }
}

/** Adds the Files folder; its hidden file input (#snapshot-file) receives snapshot files. */
export function buildFilesFolder(gui: GUI, ports: FilesPorts, recorder: CanvasRecorder): GUI {
  const input = document.createElement('input');
  input.type = 'file';
  input.id = 'snapshot-file';
  input.accept = '.json,application/json';
  input.hidden = true;
  input.onchange = () => {
    const file = input.files?.[0];
    input.value = ''; // choosing the same file again must fire again
    if (file) void loadSnapshot(ports, file);
  };
  document.body.append(input);
  const f = gui.addFolder('Files');
  f.add({ save: () => void saveSnapshot(ports) }, 'save').name('Save snapshot (.json)').domElement.title =
    'The whole lattice, fields, hour, parameters and seed, to continue exactly where it is.';
  f.add({ load: () => input.click() }, 'load').name('Load snapshot…');
  f.add({ csv: () => exportSeries(ports.series, 'csv') }, 'csv').name('Export time series (CSV)');
  f.add({ json: () => exportSeries(ports.series, 'json') }, 'json').name('Export time series (JSON)');
  f.add({ png: () => void savePng(ports) }, 'png').name('Save view as PNG');
  const record = f
    .add({ record: () => (recorder.recording ? recorder.stop(true) : recorder.start()) }, 'record')
    .name(RECORD_LABEL);
  recorder.onChange = (recording) => record.name(recording ? 'Stop recording and save' : RECORD_LABEL);
  f.close();
  return f;
}
