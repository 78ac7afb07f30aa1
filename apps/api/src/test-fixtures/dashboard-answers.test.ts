import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DASHBOARD_ANSWERS_FILE, dashboardAnswers, RECORD_COMMAND } from './dashboard-answers.ts';

describe('the answers recorded for the dashboard’s tests', () => {
  it('are what the API app answers on the dashboard’s data set, so the two cannot drift apart', async () => {
    const recorded: unknown = JSON.parse(readFileSync(DASHBOARD_ANSWERS_FILE, 'utf8'));
    expect(recorded, `${DASHBOARD_ANSWERS_FILE} is out of date: run ${RECORD_COMMAND}`).toEqual(await dashboardAnswers());
  });

  it('hold a real answer for every address, and the one unknown indicator as the API’s 404', async () => {
    const answers = await dashboardAnswers();
    const failing = Object.entries(answers).filter(([, a]) => a.status !== 200);
    expect(failing.map(([url, a]) => [url, a.status])).toEqual([['/api/indicators/nope', 404]]);
  });
});
