import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fixtureApp } from './fixture-app.ts';

/** The small data set the dashboard's component tests show, richer than the API's own fixture data (checks, ranks, three languages). */
export const DASHBOARD_DATA_DIR = path.join(import.meta.dirname, '../../../../tests/fixtures/dashboard-data');

/** The API's answers the dashboard's tests are given (`fetch` is mocked there: jsdom cannot load the API app). */
export const DASHBOARD_ANSWERS_FILE = path.join(import.meta.dirname, '../../../web/src/recorded-api-answers.json');

/** How to bring the recorded answers up to date with the app. */
export const RECORD_COMMAND = 'pnpm --filter @bd/api exec tsx src/test-fixtures/dashboard-answers.ts';

/** One answer: its status and JSON body. */
export interface RecordedAnswer {
  status: number;
  body: unknown;
}

const INDICATORS = [
  'partner_localities',
  'fdi_registered_capital_cumulative',
  'fdi_attracted',
  'international_org_memberships',
  'fdi_national_rank',
  'trade_surplus',
];
const SOURCES = ['portal-2020-06-26', 'nl-2021-embassy', 'portal-2024-01-24', 'laodong-2025-06-16'];

/** Every address, with its exact query string, that the dashboard asks for in its tests. */
export const DASHBOARD_URLS: readonly string[] = [
  '/api/entities',
  '/api/indicators',
  ...INDICATORS.flatMap((id) => [`/api/indicators/${id}`, `/api/indicators/${id}?entity=binh-duong`]),
  '/api/indicators/nope',
  '/api/observations',
  '/api/observations?entity=binh-duong',
  '/api/sources',
  ...SOURCES.map((id) => `/api/sources/${id}`),
  '/api/events',
  '/api/events?type=conference',
  '/api/events?type=partner_locality',
  '/api/events?type=administrative_change',
  '/api/checks',
];

/** The answers of the API app on the dashboard's data set, by address. */
export async function dashboardAnswers(): Promise<Record<string, RecordedAnswer>> {
  const { app } = await fixtureApp(undefined, DASHBOARD_DATA_DIR);
  const answers: Record<string, RecordedAnswer> = {};
  for (const url of DASHBOARD_URLS) {
    const response = await app.request(url);
    answers[url] = { status: response.status, body: await response.json() };
  }
  return answers;
}

if (import.meta.filename === process.argv[1]) {
  writeFileSync(DASHBOARD_ANSWERS_FILE, JSON.stringify(await dashboardAnswers()));
  execFileSync('npx', ['biome', 'format', '--write', DASHBOARD_ANSWERS_FILE], { stdio: 'inherit' });
  console.log(`wrote ${DASHBOARD_ANSWERS_FILE}`);
}
