import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useLocation, useSearchParams } from 'wouter';
import { LoadingSkeleton } from '../../../components/loading-skeleton.tsx';
import { QueryStatus } from '../../../components/query-status.tsx';
import { useDocumentTitle } from '../../../lib/document-title.ts';
import { useLocale } from '../../../lib/i18n/use-locale.ts';
import { indicatorQueries } from '../../../lib/queries/indicator-queries.ts';
import { observationQueries } from '../../../lib/queries/observation-queries.ts';
import { sourceQueries } from '../../../lib/queries/source-queries.ts';
import { useEntity } from '../../../lib/use-entity.ts';
import { useEntityLife } from '../../../lib/use-entity-life.ts';
import { lastOpener, returnFocus } from './presenter-opener.ts';
import { Slide } from './slide.tsx';
import {
  AUTO_ADVANCE_SECONDS,
  applySlideAction,
  autoAdvanceFrom,
  PRESENTER_PARAMS,
  presenterAddress,
  type SlideAction,
  slideActionOf,
  slideFrom,
  slidesOf,
  tableShownFrom,
  withAutoAdvance,
  withTable,
} from './slides.ts';
import { TableToggle } from './table-toggle.tsx';
import { useControlsShown } from './use-controls-shown.ts';
import { useFullscreen } from './use-fullscreen.ts';
import './presenter.css';

/**
 * The slides over the whole window (`?present=1&slide=3`), in full screen where the browser allows it; a link with
 * `&play=1&every=20` advances by itself (a screen in a lobby). Keys: → Space PageDown next, ← PageUp previous,
 * Home End, Esc leaves, T (or "Table") shows the values as a table in place of the chart (`&table=1`, kept from slide
 * to slide), ↑ ↓ scroll a slide taller than the window; any key pauses auto-advance. `slide=` may also name an
 * indicator (`slide=fdi_attracted`); once the slides are known, the address is corrected to what the screen shows,
 * in place, so Back still leaves. The controls fade out a few seconds after the pointer last moved, keeping their
 * room so nothing on the slide moves. On leaving, focus goes back to the control that opened the slides.
 */
export function Presenter({ chartWidth }: { chartWidth?: number }) {
  const { locale, t } = useLocale();
  const [params, setParams] = useSearchParams();
  const [path] = useLocation();
  const indicators = useQuery(indicatorQueries.all());
  const choice = useEntity();
  const life = useEntityLife(choice);
  const observations = useQuery({ ...observationQueries.forEntity(choice.entity), enabled: choice.ready });
  const sources = useQuery(sourceQueries.all());
  const slides = useMemo(
    () => (indicators.data && observations.data ? slidesOf(indicators.data, observations.data) : []),
    [indicators.data, observations.data],
  );
  const total = slides.length;
  const current = slideFrom(params.get('slide'), slides);
  const tableShown = tableShownFrom(params);
  const [viewSwitched, setViewSwitched] = useState(false);
  const container = useRef<HTMLDivElement>(null);
  const stage = useRef<HTMLElement>(null);
  const controls = useRef<HTMLDivElement>(null);
  const controlsShown = useControlsShown(container, controls);
  const { playing, seconds } = autoAdvanceFrom(params);
  useDocumentTitle(t('documentTitle', { view: `${t('presentTitle')} ${current} / ${total}` }));

  const leave = useCallback(() => setParams(leaving), [setParams]);
  const goTo = useCallback(
    (slide: number) =>
      setParams(
        (p) => {
          const next = new URLSearchParams(p);
          next.set('slide', String(slide));
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  const toggleTable = useCallback(() => {
    setViewSwitched(true);
    setParams((p) => withTable(p, !tableShownFrom(p)), { replace: true });
  }, [setParams]);
  const act = useCallback(
    (action: SlideAction, wrap = false) => {
      if (action === 'table') return toggleTable();
      const target = applySlideAction(action, current, total, wrap);
      if (target === undefined) leave();
      else if (target !== current) goTo(target);
    },
    [current, total, leave, goTo, toggleTable],
  );
  const setAutoAdvance = useCallback(
    (change: { playing?: boolean; seconds?: number }) =>
      setParams(
        (p) => {
          const now = autoAdvanceFrom(p);
          return withAutoAdvance(p, change.playing ?? now.playing, change.seconds ?? now.seconds);
        },
        { replace: true },
      ),
    [setParams],
  );
  const fullscreen = useFullscreen(container, leave);

  useEffect(() => {
    if (total === 0 || params.get('present') !== '1') return;
    const shown = presenterAddress(params, current);
    if (shown.toString() !== params.toString()) setParams(shown, { replace: true });
  }, [params, current, total, setParams]);

  useEffect(() => {
    const opener = lastOpener();
    return () => void returnFocus(opener);
  }, []);

  useEffect(() => {
    const overflow = document.body.style.overflow;
    document.body.style.overflow = 'hidden';
    container.current?.focus();
    // Full screen answers only a gesture: the Present button's click has just happened; a link opened straight
    // into the slides has none, and asking would only log a refusal (the button in the controls asks then).
    if (hasUserActivation()) void fullscreen.request();
    return () => {
      document.body.style.overflow = overflow;
    };
  }, [fullscreen.request]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      const onButton = target?.closest('button, a');
      const activates = event.key === 'Enter' || event.key === ' ' || event.key === 'Spacebar';
      if (onButton && activates) return;
      if (playing) setAutoAdvance({ playing: false });
      if (scrollsStage(event.key) && !target?.closest('.presenter__stage, select, input, textarea')) {
        event.preventDefault();
        scrollerOf(stage.current, container.current)?.scrollBy({
          top: event.key === 'ArrowDown' ? STAGE_SCROLL_STEP : -STAGE_SCROLL_STEP,
        });
        return;
      }
      const action = slideActionOf(event.key);
      if (!action) return;
      const inControl = target?.closest('select, input, textarea');
      if (inControl && action !== 'leave') return;
      event.preventDefault();
      act(action);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [act, playing, setAutoAdvance]);

  useEffect(() => {
    if (!playing || total < 2) return;
    const timer = window.setTimeout(() => act('next', true), seconds * 1000);
    return () => window.clearTimeout(timer);
  }, [playing, seconds, act, total]);

  const slide = slides[current - 1];
  return (
    <div
      ref={container}
      className={`presenter${fullscreen.active ? ' presenter--fullscreen' : ''}`}
      data-controls={controlsShown ? 'shown' : 'hidden'}
      role="dialog"
      aria-modal="true"
      aria-label={t('presentTitle')}
      tabIndex={-1}
    >
      <section
        ref={stage}
        className="presenter__stage"
        aria-label={slide?.indicator.name[locale] ?? t('presentTitle')}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls takes focus, so the keys scroll it (WCAG 2.1.1).
        tabIndex={0}
      >
        <QueryStatus queries={[indicators, observations, sources]} skeleton={<LoadingSkeleton blocks={2} />} />
        {slide && sources.data ? (
          <Slide
            content={slide}
            sources={sources.data}
            number={current}
            total={total}
            chartWidth={chartWidth}
            life={life}
            entity={choice.entity}
            tableShown={tableShown}
          />
        ) : (
          indicators.data && observations.data && total === 0 && <p className="presenter__empty">{t('noSlides')}</p>
        )}
      </section>
      <div ref={controls} className="presenter__controls" role="toolbar" aria-label={t('presentTitle')}>
        <SlideStep path={path} params={params} target={current - 1} total={total}>
          ← <span className="visually-hidden-narrow">{t('previousSlide')}</span>
        </SlideStep>
        <span className="presenter__count" aria-live="polite">
          {t('slideLabel', { n: current, total })}
        </span>
        <SlideStep path={path} params={params} target={current + 1} total={total}>
          <span className="visually-hidden-narrow">{t('nextSlide')}</span> →
        </SlideStep>
        <TableToggle path={path} params={params} shown={tableShown} onToggle={toggleTable} />
        <span className="visually-hidden" role="status">
          {viewSwitched && t(tableShown ? 'slideTableShown' : 'slideChartShown')}
        </span>
        <button type="button" className="button needs-script" onClick={() => setAutoAdvance({ playing: !playing })}>
          {playing ? t('pause') : t('play')}
        </button>
        <label className="presenter__interval needs-script">
          {t('autoAdvance')}
          <select value={seconds} onChange={(e) => setAutoAdvance({ seconds: Number(e.target.value) })}>
            {AUTO_ADVANCE_SECONDS.map((s) => (
              <option key={s} value={s}>
                {t('seconds', { count: s })}
              </option>
            ))}
          </select>
        </label>
        {!fullscreen.active && fullscreen.available && (
          <button type="button" className="button needs-script" onClick={() => void fullscreen.request()}>
            {t('enterFullscreen')}
          </button>
        )}
        <Link href={addressOf(path, leaving(params))} className="button button--accent" title={t('leavePresentHint')}>
          {t('leavePresent')}
        </Link>
        <p className="presenter__help">{t('keyHelp')}</p>
      </div>
    </div>
  );
}

/** How far ↑ or ↓ scrolls the slide when focus is outside the stage (inside, the browser scrolls it as a page). */
const STAGE_SCROLL_STEP = 40;

function scrollsStage(key: string): boolean {
  return key === 'ArrowDown' || key === 'ArrowUp';
}

/** What scrolls a slide taller than the window: the stage, or in a window too short for the controls, the presenter. */
function scrollerOf(stage: HTMLElement | null, presenter: HTMLElement | null): HTMLElement | null {
  if (presenter && presenter.scrollHeight > presenter.clientHeight) return presenter;
  return stage;
}

/** The address without the presenter: where Leave goes. */
function leaving(params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const name of PRESENTER_PARAMS) next.delete(name);
  return next;
}

/** The page's address (`path`) with other search parameters (`?` and all, or the bare path when there are none). */
function addressOf(path: string, params: URLSearchParams): string {
  const search = params.toString();
  return `${path}${search ? `?${search}` : ''}`;
}

/**
 * Previous or next: a link to that slide's address, so it works without scripts (the server renders every slide
 * by its link); with scripts, wouter follows it in place, replacing the address as the keys do, so Back still
 * leaves the slides. At the first or last slide it is a disabled button.
 */
function SlideStep({
  path,
  params,
  target,
  total,
  children,
}: {
  path: string;
  params: URLSearchParams;
  target: number;
  total: number;
  children: ReactNode;
}) {
  if (target < 1 || target > total) {
    return (
      <button type="button" className="button" disabled>
        {children}
      </button>
    );
  }
  return (
    <Link href={addressOf(path, presenterAddress(params, target))} replace className="button">
      {children}
    </Link>
  );
}

/** Whether the page has a fresh user gesture (a click or key just now) that full screen accepts. */
function hasUserActivation(): boolean {
  return navigator.userActivation?.isActive ?? true;
}
