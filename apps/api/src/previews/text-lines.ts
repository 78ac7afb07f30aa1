/** Weights the preview draws text in, each with a face among the preview's fonts. */
export type FontWeight = 400 | 600 | 700;

const ELLIPSIS = '…';

/** Whether XML 1.0 allows the character with this code point in a document at all (its `Char` production). */
function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    code >= 0x10000
  );
}

/** `text` for an XML text node or attribute value: markup characters escaped, characters XML cannot hold removed. */
export function escapeXml(text: string): string {
  return Array.from(text)
    .filter((char) => isXmlChar(char.codePointAt(0) ?? 0))
    .join('')
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

/**
 * Advance widths of Noto Sans, regular and bold, in em, by kind of character (measured with resvg; a little over
 * rather than under). A Vietnamese letter is as wide as its base letter: its marks sit above or below it.
 */
const WIDTHS: readonly [RegExp, number, number][] = [
  [/ /, 0.26, 0.26],
  [/[ijl.,:;!'|]/, 0.27, 0.3],
  [/[frtIJ()[\]/"-]/, 0.41, 0.45],
  [/[csz]/, 0.48, 0.52],
  [/[mwMW…%]/, 0.94, 0.97],
  [/[DGHNOQU]/, 0.78, 0.81],
  [/\p{Lu}/u, 0.67, 0.73],
  [/[0-9]/, 0.57, 0.57],
];
const OTHER: readonly [RegExp, number, number] = [/./su, 0.62, 0.65];

/** An estimate of `text`'s width in pixels in Noto Sans, for breaking lines without a layout engine. */
export function textWidth(text: string, fontSize: number, weight: FontWeight): number {
  let ems = 0;
  for (const char of text.normalize('NFD').replace(/\p{M}/gu, '')) {
    const [, regular, bold] = WIDTHS.find(([kind]) => kind.test(char)) ?? OTHER;
    ems += weight === 400 ? regular : bold;
  }
  return ems * fontSize;
}

/** Font size and weight of a block of text. */
export interface TextStyle {
  size: number;
  weight: FontWeight;
}

/**
 * `text` broken at spaces into lines at most `maxWidth` wide, a word longer than a line cut where it must; past
 * `maxLines`, the last line ends with "…".
 */
export function wrapLines(text: string, maxWidth: number, style: TextStyle, maxLines: number): string[] {
  const fits = (line: string) => textWidth(line, style.size, style.weight) <= maxWidth;
  const lines: string[] = [];
  let line = '';
  for (const word of text.normalize('NFC').split(/\s+/).filter(Boolean)) {
    for (const piece of piecesOf(word, fits)) {
      const joined = line ? `${line} ${piece}` : piece;
      if (line && !fits(joined)) {
        lines.push(line);
        line = piece;
      } else line = joined;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = withEllipsis(kept[maxLines - 1] ?? '', fits);
  return kept;
}

/** `word` cut into pieces that each fit on a line. */
function piecesOf(word: string, fits: (line: string) => boolean): string[] {
  if (fits(word)) return [word];
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece && !fits(piece + char)) {
      pieces.push(piece);
      piece = char;
    } else piece += char;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/** `line` shortened, at a space where it can be, until it fits with "…" after it. */
function withEllipsis(line: string, fits: (line: string) => boolean): string {
  let shortened = line;
  while (shortened && !fits(shortened + ELLIPSIS)) {
    const space = shortened.lastIndexOf(' ');
    shortened = space > 0 ? shortened.slice(0, space) : Array.from(shortened).slice(0, -1).join('');
  }
  return `${shortened.replace(/[\s,;:–—-]+$/u, '')}${ELLIPSIS}`;
}
