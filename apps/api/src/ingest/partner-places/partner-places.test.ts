import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { partnerPlacesSchema } from '@bd/core/schemas/partner-place';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../data/load-dataset.ts';
import { locatePartners, PARTNER_PLACES_FILE, partnerPlacesText } from './locate-partners.ts';

const dataDir = fileURLToPath(new URL('../../../../../data', import.meta.url));

describe('the place of every partner locality in data/', async () => {
  const loaded = await loadDataset(dataDir);
  if (!loaded.ok) throw new Error(`data/ does not load: ${loaded.issues.map((i) => i.message).join('; ')}`);
  const { file, failures } = await locatePartners(loaded.dataset.events);

  it('is its own province, state or city, as the reference geography gives it', () => {
    // "Heldeberg" is as near in spelling to three German places, so the map shows it at Germany and says so.
    expect(failures).toEqual([
      'thoidai-2024-12-foreign-affairs-2024 › partner-heldeberg: "Heldeberg" (DE) ambiguous: Feldberg, Heidelberg, Heudeber',
    ]);
    const summary = Object.fromEntries(
      Object.entries(file.places).map(([key, p]) => [
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

  it('is kept in the map\u2019s partner-places.json (after adding a partner to data/, write it again with `pnpm places`)', () => {
    const text = readFileSync(PARTNER_PLACES_FILE, 'utf8');
    expect(text).toBe(partnerPlacesText(file));
    expect(partnerPlacesSchema.safeParse(JSON.parse(text)).success).toBe(true);
  });
});
