import { displayNames } from '@bd/core/intl-formats';
import { useMemo } from 'react';
import world from 'world-atlas/countries-110m.json';
import { useLocale } from '../../../lib/i18n/use-locale.ts';
import { type WorldTopology, worldMapState } from './world-map-state.ts';

interface WorldMapProps {
  /** Partner localities per country, by ISO 3166-1 alpha-2 code. */
  partners: ReadonlyMap<string, number>;
  /** The home country's alpha-2 code. */
  home: string | undefined;
  /** Says what the map shows; the list beside it is the text alternative. */
  label: string;
  /** What the colours stand for. */
  legend: { partner: string; home?: string | undefined };
}

const SIZE = { width: 960, height: 470 };

/**
 * The partner countries on a world map drawn as plain SVG from Natural Earth's 1:110m countries (world-atlas), the
 * home country picked out. It loads with this module, after the list: see `partners-page.tsx`.
 */
export function WorldMap({ partners, home, label, legend }: WorldMapProps) {
  const { locale, t } = useLocale();
  const state = useMemo(() => worldMapState(world as unknown as WorldTopology, partners, home, SIZE), [partners, home]);
  const country = displayNames(locale, { type: 'region' });
  return (
    <figure className="world-map" data-testid="world-map">
      <svg viewBox={`0 0 ${state.width} ${state.height}`} role="img" aria-label={label}>
        <path className="world-map__sphere" d={state.sphere} />
        {state.countries.map((c) => (
          <path key={c.id} className={`world-map__country world-map__country--${c.role}`} d={c.d} data-id={c.id} />
        ))}
        {state.markers.map((m) => (
          <g key={m.code} className="world-map__marker" data-testid="map-marker" data-country={m.code}>
            <title>{t('partnersMarker', { country: country.of(m.code) ?? m.code, count: m.count })}</title>
            <circle cx={m.x} cy={m.y} r={3 + m.count} />
          </g>
        ))}
      </svg>
      <figcaption className="world-map__legend">
        <span>
          <span className="world-map__swatch world-map__swatch--partner" aria-hidden="true" />
          {legend.partner}
        </span>
        {legend.home && (
          <span>
            <span className="world-map__swatch world-map__swatch--home" aria-hidden="true" />
            {legend.home}
          </span>
        )}
      </figcaption>
    </figure>
  );
}
