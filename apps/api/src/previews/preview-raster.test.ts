import { describe, expect, it } from 'vitest';
import { PREVIEW_FONT_FILES, rasterise } from './preview-raster.ts';
import { escapeXml } from './text-lines.ts';

const CELL = 64;
const COLUMNS = 16;
/** A private-use character: no font has it, so it is drawn as the font's "missing glyph" box (tofu). */
const MISSING = '\ue000';

const SAMPLE = 'Địa phương đối tác của Bình Dương';
const LETTERS = 'ăâđêôơư áàảãạ ấầẩẫậ ắằẳẵặ éèẻẽẹ ếềểễệ íìỉĩị óòỏõọ ốồổỗộ ớờởỡợ úùủũụ ứừửữự ýỳỷỹỵ';
const VIETNAMESE = [...new Set(`${SAMPLE}${LETTERS}${LETTERS.toUpperCase()}`.replace(/\s/g, ''))];

/** Each character drawn in a cell of its own, the missing glyph first, in one face; each cell's pixels. */
async function cellsOf(chars: readonly string[], face: { weight: number; italic: boolean }): Promise<Buffer[]> {
  const all = [MISSING, ...chars];
  const rows = Math.ceil(all.length / COLUMNS);
  const [width, height] = [COLUMNS * CELL, rows * CELL];
  const texts = all.map((char, i) => {
    const [x, y] = [(i % COLUMNS) * CELL + CELL / 2, Math.floor(i / COLUMNS) * CELL + CELL * 0.7];
    return `<text x="${x}" y="${y}" text-anchor="middle">${escapeXml(char)}</text>`;
  });
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="Noto Sans" font-size="36" font-weight="${face.weight}" font-style="${face.italic ? 'italic' : 'normal'}"><rect width="100%" height="100%" fill="#fff"/>${texts.join('')}</svg>`;
  const { pixels } = await rasterise(svg);
  return all.map((_, i) => {
    const [left, top] = [(i % COLUMNS) * CELL, Math.floor(i / COLUMNS) * CELL];
    const rowsOfCell = Array.from({ length: CELL }, (_, y) => {
      const start = ((top + y) * width + left) * 4;
      return pixels.subarray(start, start + CELL * 4);
    });
    return Buffer.concat(rowsOfCell);
  });
}

describe('the preview fonts', () => {
  it('are Noto Sans TTF files from npm', () => {
    expect(PREVIEW_FONT_FILES).toHaveLength(4);
    for (const file of PREVIEW_FONT_FILES) expect(file).toMatch(/@expo-google-fonts\/noto-sans\/.*NotoSans_\w+\.ttf$/);
  });

  it.each([
    { weight: 400, italic: false },
    { weight: 400, italic: true },
    { weight: 600, italic: false },
    { weight: 700, italic: false },
  ])('draw every Vietnamese letter, none as a missing glyph (weight $weight, italic $italic)', async (face) => {
    const [missing, latin, ...letters] = await cellsOf(['A', ...VIETNAMESE], face);
    expect(latin?.equals(missing!)).toBe(false);
    const tofu = VIETNAMESE.filter((_, i) => letters[i]?.equals(missing!));
    expect(tofu).toEqual([]);
  });

  it('are the only fonts: a family the machine may have installed is drawn in Noto Sans all the same', async () => {
    const drawn = async (family: string) => {
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="60"><rect width="100%" height="100%" fill="#fff"/><text x="10" y="44" font-family="${family}" font-size="32">${SAMPLE}</text></svg>`;
      return (await rasterise(svg)).pixels;
    };
    const noto = await drawn('Noto Sans');
    expect(noto.some((byte) => byte < 128)).toBe(true);
    expect((await drawn('DejaVu Sans')).equals(noto)).toBe(true);
  });
});
