import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useMemo } from 'react';
import { CheckMarkers } from '../../../components/check-markers.tsx';
import { QueryStatus } from '../../../components/query-status.tsx';
import { useDocumentTitle } from '../../../lib/document-title.ts';
import { useLocale } from '../../../lib/i18n/use-locale.ts';
import { eventQueries } from '../../../lib/queries/event-queries.ts';
import { sourceQueries } from '../../../lib/queries/source-queries.ts';
import { useEntity } from '../../../lib/use-entity.ts';
import { partnersByCountry, partnersOf } from './partner-list.ts';
import { PartnerTable } from './partner-table.tsx';
import './partners.css';
import { countryName } from '@bd/core/intl-formats';

const WorldMap = lazy(() => import('./world-map.tsx').then((m) => ({ default: m.WorldMap })));

/** `/partners`: the partner localities on a world map, and in a list that is the map's text alternative. */
export function PartnersPage() {
  const { locale, t } = useLocale();
  useDocumentTitle(t('documentTitle', { view: t('partnersTitle') }));
  const choice = useEntity();
  const events = useQuery(eventQueries.list());
  const sources = useQuery(sourceQueries.all());
  const partners = useMemo(
    () => (events.data && sources.data ? partnersOf(events.data, sources.data, choice.entity) : undefined),
    [events.data, sources.data, choice.entity],
  );
  const byCountry = useMemo(() => partnersByCountry(partners ?? []), [partners]);
  const entity = (choice.entities ?? []).find((e) => e.id === choice.entity) ?? choice.entities?.[0];
  const home = entity?.country;
  const homeName = home ? countryName(locale, home) : undefined;
  return (
    <div className="page">
      <h1>{t('partnersTitle')}</h1>
      <p className="lead">{t('partnersIntro')}</p>
      <CheckMarkers indicator="partner_localities" entity={choice.entity} />
      <QueryStatus queries={[events, sources]} />
      {partners && partners.length === 0 && <p>{t('partnersNone')}</p>}
      {partners && partners.length > 0 && (
        <>
          <Suspense fallback={<div className="world-map world-map--placeholder" aria-hidden="true" />}>
            <WorldMap
              partners={partners}
              home={home}
              label={t('partnersMapPlacesLabel', {
                partners: t('partnersCount', { count: partners.length }),
                countries: t('countriesCount', { count: byCountry.size }),
              })}
              homeLegend={
                entity && homeName ? t('partnersLegendHome', { country: homeName, place: entity.name[locale] }) : undefined
              }
            />
          </Suspense>
          <h2>{t('partnersListTitle')}</h2>
          <PartnerTable partners={partners} />
        </>
      )}
    </div>
  );
}
