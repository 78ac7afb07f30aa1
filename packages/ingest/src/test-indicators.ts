import type { Indicator, IndicatorKind, Unit } from '@bd/core';

const SHAPES: [string, Unit, IndicatorKind][] = [
  ['partner_localities', 'count', 'stock'],
  ['partner_localities_new', 'count', 'flow'],
  ['international_org_memberships', 'count', 'stock'],
  ['international_conferences_hosted', 'count', 'flow'],
  ['fdi_projects_cumulative', 'count', 'stock'],
  ['fdi_registered_capital_cumulative', 'USD', 'stock'],
  ['fdi_source_countries', 'count', 'stock'],
  ['fdi_attracted', 'USD', 'flow'],
  ['fdi_new_projects', 'count', 'flow'],
  ['fdi_capital_increase_projects', 'count', 'flow'],
  ['fdi_national_rank', 'rank', 'rank'],
  ['fdi_projects_japan', 'count', 'stock'],
  ['fdi_capital_japan', 'USD', 'stock'],
  ['grdp_growth', 'percent', 'flow'],
  ['grdp_per_capita', 'VND', 'flow'],
  ['trade_turnover', 'USD', 'flow'],
  ['trade_surplus', 'USD', 'flow'],
  ['provincial_units', 'count', 'stock'],
];

/** The indicators of data/indicators.yaml as the proposer sees them (id, unit, kind), for the ingest tests. */
export const testIndicators: Indicator[] = SHAPES.map(([id, unit, kind]) => ({
  id,
  name: { en: id, vi: id },
  description: { en: id, vi: id },
  unit,
  kind,
  headline: false,
}));
