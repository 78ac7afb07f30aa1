import { createRequire } from 'node:module';
import { type RenderedImage, type ResvgRenderOptions, renderAsync } from '@resvg/resvg-js';

/** The one family the preview is drawn in; it covers Vietnamese, and the web app's font stack names it. */
export const PREVIEW_FONT_FAMILY = 'Noto Sans';

const require = createRequire(import.meta.url);

/** Noto Sans in the faces the preview and the chart use, as TTF files from npm: the same on every machine. */
export const PREVIEW_FONT_FILES: readonly string[] = ['400Regular', '400Regular_Italic', '600SemiBold', '700Bold'].map((face) =>
  require.resolve(`@expo-google-fonts/noto-sans/${face}/NotoSans_${face}.ttf`),
);

const OPTIONS: ResvgRenderOptions = {
  fitTo: { mode: 'original' },
  font: {
    fontFiles: [...PREVIEW_FONT_FILES],
    loadSystemFonts: false,
    defaultFontFamily: PREVIEW_FONT_FAMILY,
    sansSerifFamily: PREVIEW_FONT_FAMILY,
  },
  shapeRendering: 2,
  textRendering: 1,
  logLevel: 'error',
};

/**
 * Draws standalone SVG markup at its own size with the preview's fonts only (no system fonts), on a thread of
 * libuv's pool: a preview takes about 50 ms to draw, which the server's event loop does not wait for.
 */
export function rasterise(svg: string): Promise<RenderedImage> {
  return renderAsync(svg, OPTIONS);
}
