import { fileURLToPath } from 'node:url';
import { FONT_FAMILY } from '../../core/progress/svg.ts';

/** Turns an SVG document into PNG bytes. */
export type PngRenderer = (svg: string) => Promise<Buffer>;

const FONT_DIR = fileURLToPath(new URL('../../../assets/fonts/', import.meta.url));

/** DejaVu Sans (Bitstream Vera licence, see assets/fonts/LICENSE-DejaVu.txt), shipped in the repository. */
export const SHIPPED_FONTS = [`${FONT_DIR}DejaVuSans.ttf`, `${FONT_DIR}DejaVuSans-Bold.ttf`];

/**
 * A renderer with resvg (its binary comes inside its npm package) and only the shipped fonts, so the
 * picture looks the same on every machine, whatever fonts it has.
 */
export function createPngRenderer(fontFiles: readonly string[] = SHIPPED_FONTS): PngRenderer {
  const options = { font: { fontFiles: [...fontFiles], loadSystemFonts: false, defaultFontFamily: FONT_FAMILY } };
  // The native module loads on the first picture, not at every command's start.
  return async (svg) => {
    const { Resvg } = await import('@resvg/resvg-js');
    return new Resvg(svg, options).render().asPng();
  };
}
