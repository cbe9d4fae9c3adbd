/** The field overlays of the View folder: what the view shader needs and what the legend shows. */
import type { ViewState } from '../engine/renderer';
import {
  FIELD_CHEMOKINE,
  FIELD_DRUG,
  FIELD_IFN,
  FIELD_MAX,
  FIELD_NANO,
  FIELD_O2,
  FIELD_SUPPRESSIVE,
  O2_Q16_PER_MMHG,
} from '../model/fields';
import type { UiState } from './controls';

interface OverlaySpec {
  /** Label in the View folder. */
  label: string;
  /** Name in the legend. */
  name: string;
  field: number;
  /** Value at the top of the colormap: in field units (Q16) and as the legend says it. */
  top: (ui: UiState) => { q16: number; text: string };
}

/** Oxygen shown at the top of the colormap (vessels hold 38 mmHg by default). */
const O2_OVERLAY_MAX_MMHG = 40;
const unitTop = (value: number, unit: string): { q16: number; text: string } => ({
  q16: value * FIELD_MAX,
  text: `${value} ${unit}`,
});

export const OVERLAYS = {
  oxygen: {
    label: 'Oxygen (mmHg)',
    name: 'oxygen',
    field: FIELD_O2,
    top: () => ({ q16: O2_OVERLAY_MAX_MMHG * O2_Q16_PER_MMHG, text: `${O2_OVERLAY_MAX_MMHG} mmHg` }),
  },
  chemokine: {
    label: 'Chemokine (C)',
    name: 'chemokine',
    field: FIELD_CHEMOKINE,
    top: (ui) => unitTop(ui.chemokineScale, 'C'),
  },
  ifn: { label: 'IFN-γ', name: 'IFN-γ', field: FIELD_IFN, top: () => unitTop(0.1, 'IFN') },
  suppressive: {
    label: 'Suppressive signal S',
    name: 'suppressive S',
    field: FIELD_SUPPRESSIVE,
    top: () => unitTop(0.1, 'S'),
  },
  drug: { label: 'Chemotherapy drug', name: 'drug', field: FIELD_DRUG, top: () => unitTop(1, '× plasma peak') },
  nanoparticle: {
    label: 'Nanoparticles',
    name: 'nanoparticles',
    field: FIELD_NANO,
    top: () => unitTop(0.5, '× plasma peak'),
  },
} as const satisfies Record<string, OverlaySpec>;

export type OverlayName = 'none' | keyof typeof OVERLAYS;

/** Options of the overlay dropdown: label → name. */
export const OVERLAY_OPTIONS: Record<string, OverlayName> = {
  None: 'none',
  ...Object.fromEntries(Object.entries(OVERLAYS).map(([k, o]) => [o.label, k as OverlayName])),
};

export function overlayView(ui: UiState): Pick<ViewState, 'overlay' | 'overlayAlpha' | 'overlayMax'> {
  if (ui.overlay === 'none') return { overlay: 0, overlayAlpha: ui.overlayAlpha, overlayMax: 1 };
  const spec: OverlaySpec = OVERLAYS[ui.overlay];
  return { overlay: 1 + spec.field, overlayAlpha: ui.overlayAlpha, overlayMax: spec.top(ui).q16 };
}

export function overlayLegend(ui: UiState): { name: string; max: string } | null {
  if (ui.overlay === 'none') return null;
  const spec: OverlaySpec = OVERLAYS[ui.overlay];
  return { name: spec.name, max: spec.top(ui).text };
}
