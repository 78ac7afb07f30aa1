import { countryName } from '@bd/core/intl-formats';
import { type KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react';
import world from 'world-atlas/countries-110m.json';
import { useLocale } from '../../../lib/i18n/use-locale.ts';
import { MapMarkerButton } from './map-marker-button.tsx';
import { MAX_ZOOM, type MarkerGroup, markerGroups, regionViews, viewOfGroup, WORLD_VIEW } from './map-view.ts';
import type { PartnerEntry } from './partner-list.ts';
import { PartnerPanel } from './partner-panel.tsx';
import { partnerPlace, partnerPlacesSource } from './partner-place.ts';
import { PartnerNames, SlottedMessage } from './partner-words.tsx';
import { useMapZoom } from './use-map-zoom.ts';
import { useViewBoxUnit } from './use-view-box-unit.ts';
import { type WorldTopology, worldMapState } from './world-map-state.ts';

interface WorldMapProps {
  partners: readonly PartnerEntry[];
  /** The home country's alpha-2 code. */
  home: string | undefined;
  /** Says what the map shows; the list beside it is the text alternative. */
  label: string;
  /** What the home colour stands for. */
  homeLegend?: string | undefined;
}

const SIZE = { width: 960, height: 470 };
/** How far apart, in CSS pixels, two markers must be to be drawn apart: a touch target each. */
const MARKER_SPACING = 24;
const REGIONS = ['Asia', 'Europe', 'Americas', 'Africa', 'Oceania'] as const;
const placeOf = (entry: PartnerEntry) => partnerPlace(entry.event);

/**
 * The partner localities on a world map drawn as plain SVG from Natural Earth's 1:110m countries (world-atlas), each
 * at its own province, state or city (`partner-places.json`), or at its country where that is not known. Each marker
 * is a button that opens the partner's agreement and article; the map zooms by its buttons, the wheel and dragging,
 * and markers too close to tell apart are drawn as one that zooms in. It loads with this module, after the list.
 */
export function WorldMap({ partners, home, label, homeLegend }: WorldMapProps) {
  const { locale, t } = useLocale();
  const nameOf = (code: string | undefined) => (code ? countryName(locale, code) : '');
  const state = useMemo(() => worldMapState(world as unknown as WorldTopology, partners, placeOf, home, SIZE), [partners, home]);
  const [svg, setSvg] = useState<SVGSVGElement | null>(null);
  const { view, zoomTo, zoomBy } = useMapZoom(svg, SIZE);
  const { unit, measured } = useViewBoxUnit(svg, SIZE.width);
  const groups = useMemo(() => markerGroups(state.markers, view, SIZE, MARKER_SPACING * unit), [state.markers, view, unit]);
  const regions = useMemo(() => regionViews(state.markers, SIZE), [state.markers]);
  const [open, setOpen] = useState<readonly PartnerEntry[] | undefined>();
  const [focusTarget, setFocusTarget] = useState<string | undefined>();
  const markerElements = useRef(new Map<string, SVGGElement>());
  const panel = useRef<HTMLElement>(null);

  useEffect(() => {
    if (focusTarget === undefined) return;
    const group = groups.find((g) => g.members.some((m) => m.entry.event.id === focusTarget));
    if (group) markerElements.current.get(group.key)?.focus();
    setFocusTarget(undefined);
  }, [focusTarget, groups]);
  useEffect(() => {
    if (open) panel.current?.focus();
  }, [open]);

  const activate = (group: MarkerGroup) => {
    const entries = group.members.map((m) => m.entry);
    if (group.members.length > 1 && view.k < MAX_ZOOM) {
      zoomTo(viewOfGroup(group, view, SIZE));
      setFocusTarget(entries[0]?.event.id);
    } else setOpen(entries);
  };
  const close = () => {
    setFocusTarget(open?.[0]?.event.id);
    setOpen(undefined);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.preventDefault();
      close();
    }
  };
  const unplaced = state.markers.filter((m) => !m.place).map((m) => m.entry);
  const names = (entries: readonly PartnerEntry[]) => entries.map((e) => e.event.name).join(', ');

  return (
    <figure className="world-map" data-testid="world-map" data-measured={measured || undefined} onKeyDown={onKeyDown}>
      <fieldset className="world-map__controls needs-script">
        <legend className="visually-hidden">{t('partnersZoomControls')}</legend>
        <button type="button" onClick={() => zoomBy(2)} aria-label={t('partnersZoomIn')} disabled={view.k >= MAX_ZOOM}>
          +
        </button>
        <button type="button" onClick={() => zoomBy(0.5)} aria-label={t('partnersZoomOut')} disabled={view.k <= 1}>
          −
        </button>
        <button type="button" onClick={() => zoomTo(WORLD_VIEW)} aria-label={t('partnersZoomWorld')}>
          ⌂
        </button>
        {regions.map(({ region, view: regionView }) => {
          const regionName = (REGIONS as readonly string[]).includes(region)
            ? t(`partnersRegion_${region as (typeof REGIONS)[number]}`)
            : region;
          return (
            <button
              key={region}
              type="button"
              onClick={() => zoomTo(regionView)}
              aria-label={t('partnersZoomTo', { region: regionName })}
            >
              {regionName}
            </button>
          );
        })}
      </fieldset>
      <div className={open ? 'world-map__frame world-map__frame--open' : 'world-map__frame'}>
        {/* biome-ignore lint/a11y/useSemanticElements: an <svg> cannot be a <fieldset>; it groups the marker buttons under the map's label. */}
        <svg ref={setSvg} viewBox={`0 0 ${state.width} ${state.height}`} role="group" aria-label={label}>
          <g transform={`translate(${view.x} ${view.y}) scale(${view.k})`}>
            <path className="world-map__sphere" d={state.sphere} />
            {state.countries.map((c) => (
              <path key={c.id} className={`world-map__country world-map__country--${c.role}`} d={c.d} data-id={c.id} />
            ))}
          </g>
          {groups.map((group) => {
            const [only] = group.members;
            const several = group.members.length > 1;
            const name = several
              ? t(view.k < MAX_ZOOM ? 'partnersGroupZoom' : 'partnersGroupOpen', {
                  count: group.members.length,
                  names: names(group.members.map((m) => m.entry)),
                })
              : t(only?.place ? 'partnersMarkerName' : 'partnersMarkerAtCountry', {
                  partner: only?.entry.event.name ?? '',
                  country: nameOf(only?.entry.event.country),
                });
            return (
              <MapMarkerButton
                key={group.key}
                group={group}
                name={name}
                unit={unit}
                expanded={open?.some((e) => e.event.id === only?.entry.event.id) ?? false}
                onActivate={() => activate(group)}
                elements={markerElements.current}
              />
            );
          })}
        </svg>
        {open && <PartnerPanel ref={panel} entries={open} onClose={close} />}
      </div>
      {unplaced.length > 0 && (
        <p className="world-map__notice" data-testid="map-unplaced">
          <SlottedMessage
            message={t('partnersUnplaced')}
            slots={{ names: <PartnerNames entries={unplaced} countryName={nameOf} /> }}
          />
        </p>
      )}
      {state.unmapped.length > 0 && (
        <p className="world-map__notice" data-testid="map-unmapped">
          <SlottedMessage
            message={t('partnersUnmapped')}
            slots={{ names: <PartnerNames entries={state.unmapped} countryName={nameOf} /> }}
          />
        </p>
      )}
      <figcaption className="world-map__legend">
        <span>
          <span className="world-map__swatch world-map__swatch--placed" aria-hidden="true" />
          {t('partnersLegendPlaced')}
        </span>
        {unplaced.length > 0 && (
          <span>
            <span className="world-map__swatch world-map__swatch--at-country" aria-hidden="true" />
            {t('partnersLegendAtCountry')}
          </span>
        )}
        <span>
          <span className="world-map__swatch world-map__swatch--group" aria-hidden="true" />
          {t('partnersLegendGroup')}
        </span>
        {homeLegend && (
          <span>
            <span className="world-map__swatch world-map__swatch--home" aria-hidden="true" />
            {homeLegend}
          </span>
        )}
        <span className="world-map__credit">{t('partnersPlacesCredit', { source: partnerPlacesSource })}</span>
      </figcaption>
    </figure>
  );
}
