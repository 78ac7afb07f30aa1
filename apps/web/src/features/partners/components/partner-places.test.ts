import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type DatedEvent, eventSchema } from '@bd/core';
import { namedItemKey } from '@bd/core/checks/named-counts';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type LocateFailure, locatePartner } from './locate-partner.ts';
import type { PartnerPlaces } from './partner-place.ts';
import { referenceCountry } from './reference-geography.ts';

const dataSources = path.resolve(import.meta.dirname, '../../../../../../data/sources');

/** The partner localities of data/, through the core schema as the API loads them. */
function dataPartners(): DatedEvent[] {
  return readdirSync(dataSources)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .flatMap((file) => {
      const { source, events = [] } = parse(readFileSync(path.join(dataSources, file), 'utf8')) as {
        source: { id: string };
        events?: unknown[];
      };
      return events.map((e) => eventSchema.parse({ ...(e as object), source: source.id }));
    })
    .filter((e) => e.type === 'partner_locality');
}

/** Which record failed, and why: "thoidai-… › partner-heldeberg: "Heldeberg" (DE) ambiguous: Feldberg, …". */
function failureLine(event: DatedEvent, failure: LocateFailure): string {
  const candidates = failure.reason === 'ambiguous' ? `: ${failure.candidates.join(', ')}` : '';
  return `${event.source} › ${event.id}: "${event.name}" (${event.country}) ${failure.reason}${candidates}`;
}

/** Each partner of data/ located in the reference geography, keyed as `reconcile` tells partners apart. */
async function locateDataPartners(): Promise<{ places: PartnerPlaces['places']; failures: string[] }> {
  const places: PartnerPlaces['places'] = {};
  const failures: string[] = [];
  for (const event of dataPartners()) {
    if (!event.country) continue;
    const { region, places: reference } = await referenceCountry(event.country);
    const located = locatePartner(event.name, reference);
    if ('reason' in located) failures.push(failureLine(event, located));
    else {
      const { kind, name, subdivision, subdivisionName, latitude, longitude, match } = located;
      places[namedItemKey(event)] = { kind, name, subdivision, subdivisionName, latitude, longitude, match, region };
    }
  }
  return { places, failures };
}

describe('the place of every partner locality in data/', async () => {
  const { places, failures } = await locateDataPartners();

  it('is its own province, state or city, as the reference geography gives it', () => {
    // "Heldeberg" is as near in spelling to three German places, so the map shows it at Germany and says so.
    expect(failures).toEqual([
      'thoidai-2024-12-foreign-affairs-2024 › partner-heldeberg: "Heldeberg" (DE) ambiguous: Feldberg, Heidelberg, Heudeber',
    ]);
    const summary = Object.fromEntries(
      Object.entries(places).map(([key, p]) => [
        key,
        `${p.kind} ${p.name} ${p.subdivision}${p.match === 'spelling' ? ' (spelling)' : ''}`,
      ]),
    );
    expect(summary).toEqual({
      'KH|kratieprovince': 'subdivision Kratie KH-10',
      'LA|champaprovince': 'subdivision Champasak LA-CH (spelling)',
      'KR|deajeoncity': 'city Daejeon KR-30 (spelling)',
      'CN|guangzhoucity': 'city Guangzhou CN-GD',
      'IT|emiliaromagnaregion': 'subdivision Emilia-Romagna IT-45',
      'JP|yamaguchiprovince': 'subdivision Yamaguchi JP-35',
      'BE|eastflandersprovince': 'subdivision East Flanders BE-VOV',
      'NL|eindhoven': 'city Eindhoven NL-NB',
      'NL|emmen': 'city Emmen NL-DR',
      'RU|oryolprovince': 'subdivision Oryol RU-ORL',
      'US|nebraskastate': 'subdivision Nebraska US-NE',
      'CU|artemisaprovince': 'subdivision Artemisa CU-15',
    });
  });

  // After adding a partner to data/, write the file again with `pnpm vitest run --project web partner-places -u`.
  it('is kept in partner-places.json, from which the map reads it', async () => {
    const file: PartnerPlaces = {
      source: 'countries-states-cities database (@countrystatecity/countries), ODbL 1.0',
      places,
    };
    await expect(`${JSON.stringify(file, null, 2)}\n`).toMatchFileSnapshot('./partner-places.json');
  });
});
