/**
 * The cell palettes a viewer can choose in the View folder. Both stay distinct for the common
 * colour-vision deficiencies; the high-contrast one also orders the cell types by lightness, so they
 * still separate on a washed-out projector or in greyscale.
 */
import { PALETTE, type Rgb } from '../engine/renderer';

const hex = (h: string): Rgb => [
  parseInt(h.slice(1, 3), 16) / 255,
  parseInt(h.slice(3, 5), 16) / 255,
  parseInt(h.slice(5, 7), 16) / 255,
];

/** Paul Tol's high-contrast scheme (white, yellow, red, blue, black) with cyan and grey from his vibrant one. */
const HIGH_CONTRAST: Readonly<Record<string, Rgb>> = {
  empty: hex('#ffffff'),
  tumour: hex('#ddaa33'),
  tumourResistant: hex('#ee7733'),
  tumourDoomed: hex('#bbaa99'),
  necrotic: hex('#1a1a1a'),
  vessel: hex('#bb5566'),
  ctlEffector: hex('#33bbee'),
  ctlActivated: hex('#004488'),
  ctlExhausted: hex('#bbbbbb'),
  treg: hex('#ee3377'),
  macM0: hex('#999933'),
  macM1: hex('#009988'),
  macM2: hex('#ffee33'),
  mdsc: hex('#aa3377'),
  caf: hex('#663311'),
  ecm: hex('#99bb88'),
};

export const PALETTES = {
  standard: { label: 'Okabe–Ito', colours: PALETTE },
  highContrast: { label: 'High contrast (Tol)', colours: HIGH_CONTRAST },
} as const;

export type PaletteName = keyof typeof PALETTES;

/** CSS colour of a palette entry. */
export const cssColour = ([r, g, b]: Rgb): string =>
  `rgb(${Math.round(r * 255)}, ${Math.round(g * 255)}, ${Math.round(b * 255)})`;
