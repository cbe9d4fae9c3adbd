/** The page's fixed elements (index.html), looked up once by id. */
export interface AppElements {
  stage: HTMLElement;
  canvas: HTMLCanvasElement;
  panel: HTMLElement;
  chart: HTMLElement;
  therapyChart: HTMLElement;
  legend: HTMLElement;
  readouts: HTMLElement;
  notices: HTMLElement;
  hint: HTMLElement;
  hour: HTMLElement;
  day: HTMLElement;
  speed: HTMLElement;
  adapter: HTMLElement;
  recording: HTMLElement;
  notes: HTMLTextAreaElement;
  lesson: HTMLElement;
}

export function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`index.html has no element #${id}`);
  return el as T;
}

export function pageElements(): AppElements {
  return {
    stage: byId('stage'),
    canvas: byId('lattice'),
    panel: byId('gui'),
    chart: byId('chart'),
    therapyChart: byId('therapy-chart'),
    legend: byId('legend'),
    readouts: byId('readouts'),
    notices: byId('notices'),
    hint: byId('hint'),
    hour: byId('hour'),
    day: byId('day'),
    speed: byId('speed'),
    adapter: byId('adapter'),
    recording: byId('recording'),
    notes: byId('notes'),
    lesson: byId('lesson'),
  };
}
