import type { Indicator } from '@bd/core';
import { type RefObject, useState } from 'react';
import type { ChartState } from '../../../components/series-chart/series-chart-state.ts';
import { type EntityLife, lifeWithSourcesRuns } from '../../../lib/entity-life-line.ts';
import { useLocale } from '../../../lib/i18n/use-locale.ts';
import { download, drawingOf, pngOf } from './chart-drawing.ts';
import { chartImageText, composeChartImage } from './chart-image.ts';
import { EmbedSnippet } from './embed-snippet.tsx';
import './chart-sharing.css';

interface ChartSharingProps {
  indicator: Indicator;
  state: ChartState;
  /** The box the chart is drawn in. */
  chartBox: RefObject<HTMLElement | null>;
  /** The place the chart shows, where the data describes more than one. */
  entity?: string | undefined;
  /** The life of the place shown, drawn into the image with its source where the place has ended. */
  life?: EntityLife | undefined;
}

/** Below the chart: download it as PNG or SVG with its title, sources and address drawn in; or embed it elsewhere. */
export function ChartSharing({ indicator, state, chartBox, entity, life }: ChartSharingProps) {
  const { locale, t } = useLocale();
  const [problem, setProblem] = useState<string | undefined>();
  const image = () => {
    const figure = chartBox.current?.querySelector<HTMLElement>('[data-testid="chart"]');
    const svg = figure?.querySelector<SVGSVGElement>('svg.recharts-surface');
    if (!figure || !svg) throw new Error('the chart is not on screen');
    const notes = [...figure.querySelectorAll('figcaption li')]
      .map((li) => {
        const symbol = li.querySelector('svg');
        return { text: li.textContent?.trim() ?? '', symbol: symbol ? drawingOf(symbol) : undefined };
      })
      .filter((note) => note.text);
    const words = chartImageText(state, indicator.name[locale], window.location.href, notes, t, locale);
    return composeChartImage(drawingOf(svg), { ...words, life: life && lifeWithSourcesRuns(life, locale, t) });
  };
  const save = async (format: 'png' | 'svg') => {
    setProblem(undefined);
    try {
      const { svg, width, height } = image();
      const blob = format === 'svg' ? new Blob([svg], { type: 'image/svg+xml' }) : await pngOf(svg, width, height);
      download(blob, `${indicator.id}-chart.${format}`);
    } catch (error) {
      setProblem(t('chartImageFailed', { message: error instanceof Error ? error.message : String(error) }));
    }
  };
  return (
    <section className="chart-sharing" aria-labelledby="chart-sharing-heading">
      <h2 id="chart-sharing-heading" className="chart-sharing__title">
        {t('shareTitle')}
      </h2>
      <fieldset className="chart-sharing__images needs-script">
        <legend className="visually-hidden">{t('chartImageGroup')}</legend>
        <button type="button" className="button" onClick={() => void save('png')}>
          {t('downloadPng')}
        </button>
        <button type="button" className="button" onClick={() => void save('svg')}>
          {t('downloadSvg')}
        </button>
      </fieldset>
      <p role="status" className="chart-sharing__problem">
        {problem}
      </p>
      <EmbedSnippet indicator={indicator} entity={entity} />
    </section>
  );
}
