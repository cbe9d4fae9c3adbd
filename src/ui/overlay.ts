/** The field overlay chosen in the View folder: what the view shader needs and what the legend shows. */
import type { ViewState } from '../engine/renderer';
import { FIELD_CHEMOKINE, FIELD_MAX, FIELD_O2, O2_Q16_PER_MMHG } from '../model/tables';
import type { UiState } from './controls';

/** Oxygen shown at the top of the colormap (vessels hold 38 mmHg by default). */
const O2_OVERLAY_MAX_MMHG = 40;

export function overlayView(ui: UiState): Pick<ViewState, 'overlay' | 'overlayAlpha' | 'overlayMax'> {
  if (ui.overlay === 'none') return { overlay: 0, overlayAlpha: ui.overlayAlpha, overlayMax: 1 };
  const oxygen = ui.overlay === 'oxygen';
  return {
    overlay: 1 + (oxygen ? FIELD_O2 : FIELD_CHEMOKINE),
    overlayAlpha: ui.overlayAlpha,
    overlayMax: oxygen ? O2_OVERLAY_MAX_MMHG * O2_Q16_PER_MMHG : ui.chemokineScale * FIELD_MAX,
  };
}

export function overlayLegend(ui: UiState): { name: string; max: string } | null {
  if (ui.overlay === 'oxygen') return { name: 'oxygen', max: `${O2_OVERLAY_MAX_MMHG} mmHg` };
  if (ui.overlay === 'chemokine') return { name: 'chemokine', max: `${ui.chemokineScale} C` };
  return null;
}
