import { formatPeriodLabel, type Locale, runsText, type Source, sourcesLineRuns, type TextRun } from '@bd/core';
import type { ChartState } from '../../../components/series-chart/series-chart-state.ts';
import type { Translate } from '../../../lib/i18n/translate.ts';

/** The rendered chart as standalone SVG markup (styles inlined), and its size in pixels. */
export interface ChartDrawing {
  markup: string;
  width: number;
  height: number;
}

/** The words that travel with the chart: what it is, when, where every value comes from, and where it lives. */
export interface ChartImageText {
  title: string;
  /** What the values cover: "4 values, 23 June 2020 to 18 December 2024; latest: 14, as of 18 December 2024". */
  period: string;
  /** `sourcesLineRuns` of the sources of the values drawn: each publisher is drawn marked with its language. */
  sources: ImageLine;
  /** The life of the entity shown, where it has ended, with the source line of its change. */
  life?: ImageLine | undefined;
  /** How to read the marks (the chart's legend), each with the mark it explains where it has one. */
  notes: ChartImageNote[];
  /** The page the chart was taken from. */
  url: string;
  /** Language of the text, for `xml:lang`. */
  locale: Locale;
}

/** Words of the image: the interface's (a string) or runs, some in an article's language (`xml:lang` on their `<tspan>`). */
export type ImageLine = string | readonly TextRun[];

/** A line of the legend: its words and, drawn before them, its symbol. */
export interface ChartImageNote {
  text: string;
  symbol?: ChartDrawing | undefined;
}

export interface ChartImage {
  svg: string;
  width: number;
  height: number;
}

const PAD = 24;
const MIN_WIDTH = 480;
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif";
const STYLE = {
  title: { size: 22, weight: 700, fill: '#17212b' },
  period: { size: 14, weight: 400, fill: '#4b5866' },
  note: { size: 12, weight: 400, fill: '#4b5866' },
  source: { size: 13, weight: 400, fill: '#17212b' },
  url: { size: 12, weight: 400, fill: '#0b5e63' },
} as const;
/** A generous average glyph width of a sans-serif face, as a share of the font size, for wrapping without a layout engine. */
const GLYPH_WIDTH = 0.56;
const LINE_HEIGHT = 1.35;

/** Escapes text for an XML text node or attribute. */
function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

/** A word of running text: its pieces, each in its own language, with no space between them ("edition)" + ","). */
type Word = TextRun[];

/** The words of runs, split at spaces; pieces of two runs that touch stay one word. */
function wordsOf(runs: readonly TextRun[]): Word[] {
  const words: Word[] = [];
  let word: Word = [];
  for (const run of runs) {
    for (const token of run.text.split(/(\s+)/)) {
      if (/^\s+$/.test(token)) {
        if (word.length > 0) words.push(word);
        word = [];
      } else if (token) word.push(run.lang ? { text: token, lang: run.lang } : { text: token });
    }
  }
  if (word.length > 0) words.push(word);
  return words;
}

/** Joins neighbouring pieces of one language; a space between two pieces of one language is theirs. */
function mergeRuns(runs: readonly TextRun[]): TextRun[] {
  const merged: TextRun[] = [];
  for (const run of runs) {
    const last = merged.at(-1);
    if (last && last.lang === run.lang) last.text += run.text;
    else merged.push({ ...run });
  }
  return merged;
}

/**
 * Breaks runs into lines of at most `maxWidth` pixels at `fontSize`, at spaces; a word longer than a line is cut.
 * Each line keeps the language of every piece.
 */
export function wrapRuns(runs: readonly TextRun[], maxWidth: number, fontSize: number): TextRun[][] {
  const perLine = Math.max(8, Math.floor(maxWidth / (fontSize * GLYPH_WIDTH)));
  const lines: TextRun[][] = [];
  let line: TextRun[] = [];
  let length = 0;
  const add = (word: Word) => {
    const size = runsText(word).length;
    if (length > 0 && length + 1 + size > perLine) {
      lines.push(mergeRuns(line));
      line = [];
      length = 0;
    }
    if (length > 0) {
      const lang = line.at(-1)?.lang === word[0]?.lang ? word[0]?.lang : undefined;
      line.push(lang ? { text: ' ', lang } : { text: ' ' });
      length += 1;
    }
    line.push(...word);
    length += size;
  };
  for (const word of wordsOf(runs)) {
    if (runsText(word).length <= perLine) add(word);
    else
      for (const piece of word)
        for (const cut of piece.text.match(new RegExp(`.{1,${perLine}}`, 'gu')) ?? [piece.text]) add([{ ...piece, text: cut }]);
  }
  if (line.length > 0) lines.push(mergeRuns(line));
  return lines;
}

/** Breaks `text` into lines of at most `maxWidth` pixels at `fontSize`, at spaces; a word longer than a line is cut. */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  return wrapRuns([{ text }], maxWidth, fontSize).map(runsText);
}

/** A line's runs as SVG text content: a piece in another language than the image's is a `<tspan>` marked with it. */
function svgRuns(runs: readonly TextRun[], locale: Locale): string {
  return runs
    .map((run) =>
      run.lang && run.lang !== locale
        ? `<tspan xml:lang="${escapeXml(run.lang)}" lang="${escapeXml(run.lang)}">${escapeXml(run.text)}</tspan>`
        : escapeXml(run.text),
    )
    .join('');
}

/** The runs of an image's words. */
function runsOf(line: ImageLine): readonly TextRun[] {
  return typeof line === 'string' ? [{ text: line }] : line;
}

/** The text of an image's words, for its `<desc>`. */
function textOf(line: ImageLine | undefined): string {
  return line === undefined ? '' : typeof line === 'string' ? line : runsText(line);
}

/**
 * One standalone SVG of the chart with its title, period, legend, source line(s) and the page's URL drawn in, on
 * white, with system fonts only: the citation travels with the picture. Pure: the caller supplies the rendered chart.
 */
export function composeChartImage(chart: ChartDrawing, text: ChartImageText): ChartImage {
  const width = Math.max(MIN_WIDTH, Math.ceil(chart.width) + 2 * PAD);
  const inner = width - 2 * PAD;
  const parts: string[] = [];
  let y = PAD;
  const block = (content: ImageLine, style: (typeof STYLE)[keyof typeof STYLE], link = false, indent = 0) => {
    for (const line of wrapRuns(runsOf(content), inner - indent, style.size)) {
      y += style.size;
      const attributes = `x="${PAD + indent}" y="${y}" font-size="${style.size}" font-weight="${style.weight}" fill="${style.fill}"`;
      parts.push(`<text ${attributes}${link ? ' text-decoration="underline"' : ''}>${svgRuns(line, text.locale)}</text>`);
      y += style.size * (LINE_HEIGHT - 1);
    }
  };
  block(text.title, STYLE.title);
  y += 4;
  block(text.period, STYLE.period);
  y += 12;
  parts.push(`<g transform="translate(${PAD} ${Math.round(y)})">${chart.markup}</g>`);
  y += Math.ceil(chart.height) + 12;
  for (const note of text.notes) {
    if (note.symbol) {
      const size = STYLE.note.size * LINE_HEIGHT;
      const scale = size / Math.max(note.symbol.width, note.symbol.height, 1);
      parts.push(
        `<g transform="translate(${PAD} ${Math.round(y + 1)}) scale(${Number(scale.toFixed(3))})">${note.symbol.markup}</g>`,
      );
    }
    block(note.text, STYLE.note, false, note.symbol ? STYLE.note.size * 2 : 0);
  }
  if (text.notes.length > 0) y += 8;
  block(text.sources, STYLE.source);
  if (text.life) {
    y += 4;
    block(text.life, STYLE.source);
  }
  y += 4;
  block(text.url, STYLE.url, true);
  const height = Math.ceil(y + PAD);
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" xml:lang="${text.locale}" lang="${text.locale}" font-family="${FONT}">`,
    `<title>${escapeXml(text.title)}</title>`,
    `<desc>${escapeXml([textOf(text.sources), textOf(text.life), text.url].filter(Boolean).join(' '))}</desc>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...parts,
    '</svg>',
  ].join('\n');
  return { svg, width, height };
}

/** What the image says about the chart in view: how many values over what time, the latest, and their sources. */
export function chartImageText(
  state: ChartState,
  name: string,
  url: string,
  notes: ChartImageNote[],
  t: Translate,
  locale: Locale,
): ChartImageText {
  const first = state.points[0];
  const last = state.points.at(-1);
  const latest = last
    ? t('chartImageLatest', { value: last.valueText, period: formatPeriodLabel(last.observation, locale) })
    : '';
  const span =
    first && last && state.points.length > 1
      ? `${t('chartImageSpan', { count: state.points.length, first: first.periodText, last: last.periodText })}; ${latest}`
      : latest.charAt(0).toLocaleUpperCase(locale) + latest.slice(1);
  const sources = state.points.map((p) => p.source).filter((s): s is Source => s !== undefined);
  return { title: name, period: span, sources: sourcesLineRuns(sources, locale), notes, url, locale };
}
