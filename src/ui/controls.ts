/**
 * The control panel (lil-gui), generated from the parameter registry: one folder per group, every
 * parameter with its unit in the label and a tooltip giving meaning, default and source.
 */
import { SCENARIO_LIBRARY } from '../model/scenarios';
import { OVERLAY_OPTIONS, type OverlayName } from './overlay';
import GUI, { type Controller } from 'lil-gui';
import { PARAMS, type ParamDef, type ParamGroup, type ParamValues } from '../model/registry';
import { PALETTES, type PaletteName } from './palettes';

export interface UiState {
  playing: boolean;
  hoursPerFrame: number;
  overlay: OverlayName;
  overlayAlpha: number;
  /** Chemokine (C units) at the top of the overlay colormap. */
  chemokineScale: number;
  showAdvanced: boolean;
  palette: PaletteName;
  /** Large type, a simplified panel and a notes box, for teaching in front of a class. */
  presenter: boolean;
}

/** The page's view and playback settings when it opens: software adapters step one hour a frame. */
export function defaultUi(software: boolean): UiState {
  return {
    playing: true,
    hoursPerFrame: software ? 1 : 4,
    overlay: 'none',
    overlayAlpha: 0.7,
    chemokineScale: 0.05,
    showAdvanced: false,
    palette: 'standard',
    presenter: false,
  };
}

export interface ControlActions {
  togglePlay(): void;
  step(): void;
  reset(): void;
  fitView(): void;
  verify(): void;
  /** Loads a library scenario (src/model/scenarios.ts) with its lesson card and resets; null: the defaults. */
  applyScenario(id: string | null): void;
  /** A registry value changed in the panel; returns false to reject it (the control reverts). */
  setParam(key: string, value: number): boolean;
  viewChanged(): void;
}

const LATTICE_SIDES = [64, 128, 192, 256, 384, 512, 768, 1024, 1536, 2048, 3072, 4096, 6144, 8192, 12288, 16384];

export function tooltip(p: ParamDef): string {
  const unit = p.unit ? ` ${p.unit}` : '';
  const dflt =
    p.kind === 'boolean'
      ? p.default
        ? 'on'
        : 'off'
      : p.kind === 'choice'
        ? p.options![p.default]
        : `${+p.default.toPrecision(6)}${unit}`;
  const range = p.kind === 'choice' ? p.options!.join(', ') : `${p.min}–${p.max}${unit}`;
  return `${p.tooltip}\nDefault: ${dflt}. Range: ${range}.${p.applies === 'reset' ? ' Applies at reset.' : ''}\nSource: ${p.source}`;
}

const labelOf = (p: ParamDef): string => (p.unit && p.kind !== 'boolean' ? `${p.label} (${p.unit})` : p.label);

export class Controls {
  readonly gui: GUI;
  private readonly controllers = new Map<string, Controller>();
  /** The folder of each parameter group (others add their own controls to them, e.g. the dose schedule). */
  readonly folders = new Map<ParamGroup, GUI>();
  private readonly model: Record<string, number | boolean>;
  private playButton!: Controller;
  /** The Scenario menu's model: '' when no scenario is loaded. */
  private readonly scenarioChoice = { scenario: '' };
  private readonly scenarioMenu: Controller;
  private readonly simFolder: GUI;
  private readonly viewFolder: GUI;
  /** Simulation controls a presenter keeps: play, step, reset and speed. */
  private readonly basics: Controller[] = [];

  constructor(
    container: HTMLElement,
    private readonly values: ParamValues,
    readonly ui: UiState,
    actions: ControlActions,
  ) {
    this.gui = new GUI({ container, title: 'Controls' });
    this.model = Object.fromEntries(
      PARAMS.map((p) => [p.key, p.kind === 'boolean' ? values[p.key] === 1 : values[p.key]]),
    );
    const folders = this.folders;
    const folder = (g: ParamGroup): GUI => {
      if (!folders.has(g)) folders.set(g, this.gui.addFolder(g));
      return folders.get(g)!;
    };

    const sim = folder('Simulation');
    this.simFolder = sim;
    const buttons = {
      play: () => actions.togglePlay(),
      step: () => actions.step(),
      reset: () => actions.reset(),
      verify: () => actions.verify(),
    };
    this.playButton = sim.add(buttons, 'play').name(ui.playing ? 'Pause' : 'Play');
    const step = sim.add(buttons, 'step').name('Step one hour');
    const reset = sim.add(buttons, 'reset').name('Reset');
    this.scenarioMenu = sim
      .add(this.scenarioChoice, 'scenario', {
        '(none: model defaults)': '',
        ...Object.fromEntries(SCENARIO_LIBRARY.map((s) => [s.title, s.id])),
      })
      .name('Scenario')
      .onChange((id: string) => actions.applyScenario(id || null));
    this.scenarioMenu.domElement.classList.add('scenario-menu'); // a wide menu: the titles are long
    this.scenarioMenu.domElement.title =
      'One click loads a teaching scenario: its parameters, seed and lesson card, and resets the run.\n\n' +
      SCENARIO_LIBRARY.map((s) => `${s.title}: ${s.summary}`).join('\n');
    const speed = sim.add(ui, 'hoursPerFrame', 1, 64, 1).name('Hours per frame');
    speed.domElement.title = 'Model hours simulated per displayed frame while playing.';
    this.basics.push(this.playButton, step, reset, this.scenarioMenu, speed);

    for (const p of PARAMS) {
      const c = this.addParam(folder(p.group), p);
      c.name(labelOf(p));
      c.domElement.title = tooltip(p);
      c.onFinishChange((v: number | boolean) => {
        const value = typeof v === 'boolean' ? (v ? 1 : 0) : Number(v);
        if (!actions.setParam(p.key, value)) this.show(p.key, values[p.key]);
      });
      this.controllers.set(p.key, c);
    }
    sim
      .add(ui, 'showAdvanced')
      .name('Show advanced parameters')
      .onChange(() => this.applyAdvanced());
    sim.add(buttons, 'verify').name('Check GPU against CPU twin').domElement.title =
      'Runs 24 model hours of the current parameters on a 128 × 128 lattice on this GPU and in the CPU reference, and compares every bit.';

    this.viewFolder = this.buildView(actions);
    for (const f of [...folders.values()].slice(1)) f.close();
    this.applyAdvanced();
  }

  private buildView(actions: ControlActions): GUI {
    const { ui } = this;
    const view = this.gui.addFolder('View');
    view
      .add(ui, 'overlay', OVERLAY_OPTIONS)
      .name('Field overlay')
      .onChange(() => actions.viewChanged());
    view
      .add(ui, 'overlayAlpha', 0, 1, 0.05)
      .name('Overlay opacity')
      .onChange(() => actions.viewChanged());
    view
      .add(ui, 'chemokineScale', 0.005, 1, 0.005)
      .name('Chemokine scale (C)')
      .onChange(() => actions.viewChanged()).domElement.title =
      'Chemokine concentration shown at the top of the colormap.';
    view.add({ fit: () => actions.fitView() }, 'fit').name('Fit lattice to view');
    const palettes = Object.fromEntries(Object.entries(PALETTES).map(([name, p]) => [p.label, name]));
    view
      .add(ui, 'palette', palettes)
      .name('Cell colours')
      .onChange(() => actions.viewChanged()).domElement.title =
      'Both palettes stay distinct for common colour-vision deficiencies; high contrast also separates cell types by lightness.';
    view
      .add(ui, 'presenter')
      .name('Presenter mode (P)')
      .onChange(() => actions.viewChanged()).domElement.title =
      'Large type, a simplified panel and a notes box for teaching.';
    return view;
  }

  /** Presenter mode keeps only the simulation basics and the View folder. */
  setPresenter(on: boolean): void {
    for (const f of this.gui.folders) f.show(!on || f === this.simFolder || f === this.viewFolder);
    for (const c of this.simFolder.controllers)
      if (!this.basics.includes(c) && !this.controllers.has(c.property)) c.show(!on);
    this.applyAdvanced();
    this.viewFolder.controllersRecursive().forEach((c) => c.updateDisplay());
  }

  /** Sets a control to `value` without firing its handlers (after a reject or an external change). */
  show(key: string, value: number): void {
    const p = PARAMS.find((q) => q.key === key)!;
    this.model[key] = p.kind === 'boolean' ? value === 1 : value;
    this.controllers.get(key)?.updateDisplay();
  }

  /** Shows `id` (null: none) in the Scenario menu without firing it. */
  showScenario(id: string | null): void {
    this.scenarioChoice.scenario = id ?? '';
    this.scenarioMenu.updateDisplay();
  }

  setPlaying(playing: boolean): void {
    this.ui.playing = playing;
    this.playButton.name(playing ? 'Pause' : 'Play');
  }

  controller(key: string): Controller | undefined {
    return this.controllers.get(key);
  }

  private addParam(f: GUI, p: ParamDef): Controller {
    if (p.kind === 'boolean') return f.add(this.model, p.key);
    if (p.key === 'latticeSize') {
      const sides = [...new Set([...LATTICE_SIDES, this.values.latticeSize])].sort((a, b) => a - b);
      return f.add(this.model, p.key, Object.fromEntries(sides.map((s) => [`${s} × ${s}`, s])));
    }
    if (p.key === 'seed') return f.add(this.model, p.key).step(1);
    if (p.kind === 'choice') return f.add(this.model, p.key, Object.fromEntries(p.options!.map((o, i) => [o, i])));
    if (p.kind === 'number' || p.kind === 'integer') return f.add(this.model, p.key, p.min, p.max, p.step);
    throw new Error(`no control for parameter kind '${String(p.kind)}'`);
  }

  private applyAdvanced(): void {
    for (const p of PARAMS)
      this.controllers.get(p.key)?.show(!this.ui.presenter && (!p.advanced || this.ui.showAdvanced));
  }
}
