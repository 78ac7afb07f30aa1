import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse, parseDocument } from 'yaml';
import { loadDataset } from '../data/load-dataset.ts';
import { runIngest } from './run-ingest.ts';

const apiRoot = path.resolve(import.meta.dirname, '../..');
const repoData = path.resolve(apiRoot, '../../data');

/** An invented article: made-up figures in the wording of the portal's articles. */
const ARTICLE = `Thứ 3, Ngày 12/03/2024, 09:30
Riverside meets foreign investors

PORTAL – On the morning of March 11, the Provincial People's Committee met foreign investors.
In 2023, the province attracted USD 2.7 billion from 180 new investment projects. To date, the province has friendly and cooperative relations with 12 foreign localities, including Lakeside Prefecture (Japan). About 150 guests attended.
`;
const UNDATED = `Riverside meets foreign investors
The province attracted USD 2.7 billion of foreign investment in 2023, and it ranks third in the country in attracting investment.
`;

let work: string;
let dataDir: string;

function io(env: Record<string, string> = {}) {
  const output = { out: '', err: '' };
  return {
    output,
    io: {
      cwd: work,
      env: { DATA_DIR: dataDir, ...env },
      out: (text: string) => {
        output.out += `${text}\n`;
      },
      err: (text: string) => {
        output.err += `${text}\n`;
      },
    },
  };
}

async function ingest(...argv: string[]) {
  const run = io();
  const code = await runIngest(argv, run.io);
  return { code, ...run.output };
}

beforeEach(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'bd-ingest-'));
  dataDir = path.join(work, 'data');
  cpSync(repoData, dataDir, { recursive: true });
  writeFileSync(path.join(work, 'riverside.txt'), ARTICLE);
  writeFileSync(path.join(work, 'undated.txt'), UNDATED);
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('pnpm ingest without --write', () => {
  it('prints the candidates as YAML grouped by indicator, with the sentence and the reason as comments', async () => {
    const { code, out } = await ingest('riverside.txt');
    expect(code).toBe(0);
    const printed = parse(out) as {
      source: Record<string, unknown>;
      observations: Record<string, unknown>[];
      events: Record<string, unknown>[];
    };
    expect(printed.source).toMatchObject({ title: 'Riverside meets foreign investors', published: '2024-03-12', language: 'en' });
    expect(printed.observations).toEqual([
      expect.objectContaining({ indicator: 'partner_localities', value: 12, period_start: '2024-03-11', qualifier: 'exact' }),
      expect.objectContaining({ indicator: 'fdi_attracted', value: 2.7e9, period_start: '2023-01-01', period_end: '2023-12-31' }),
      expect.objectContaining({
        indicator: 'fdi_new_projects',
        value: 180,
        evidence: 'the province attracted USD 2.7 billion from 180 new investment projects',
      }),
    ]);
    expect(printed.events).toEqual([
      expect.objectContaining({ type: 'partner_locality', name: 'Lakeside Prefecture', country: 'JP' }),
    ]);
    expect(out).toContain('# ── fdi_attracted · FDI attracted (USD, flow): 1 ──');
    expect(out).toContain('# in: In 2023, the province attracted ⟦USD 2.7 billion⟧ from 180 new investment projects');
    expect(out).toMatch(/# why \(USD, (?:high|medium) confidence\): fdi_attracted: "attracted" before it; period: "2023"/);
    expect(out).toContain('150: a count of people');
    expect(out).toContain('language en, detected');
    expect(existsSync(path.join(dataDir, 'sources', '2024-03-12-riverside-meets-foreign-investors.yaml'))).toBe(false);
  });

  it('reads the language from --lang when given', async () => {
    const { code, out } = await ingest('riverside.txt', '--lang', 'en');
    expect(code).toBe(0);
    expect(out).toContain('language en (--lang)');
  });
});

const DRAFT_ID = 'portal-2024-03-12-riverside';

function draftPath(id = DRAFT_ID) {
  return path.join(dataDir, 'drafts', `${id}.yaml`);
}

function fillIn(file: string, replacements: [string, string][]) {
  let text = readFileSync(file, 'utf8');
  for (const [from, to] of replacements) text = text.replace(from, to);
  writeFileSync(file, text);
}

async function servedSources(): Promise<string[]> {
  const loaded = await loadDataset(dataDir);
  expect(loaded.ok ? [] : loaded.issues).toEqual([]);
  return loaded.ok ? loaded.dataset.sources.map((s) => s.id) : [];
}

describe('pnpm ingest --write', () => {
  it('writes a draft to data/drafts/<id>.yaml, which the server does not read, and says what is left to fill in', async () => {
    const before = await servedSources();
    const { code, err } = await ingest('riverside.txt', '--write', '--source-id', DRAFT_ID);
    expect(code).toBe(0);
    expect(err).toContain(`Wrote the draft ${draftPath()}: 3 observations, 1 event. It is not served until it is published.`);
    expect(err).toContain('TODO publisher: who published the article');
    expect(err).toContain(`Then: pnpm ingest --publish ${path.join('data', 'drafts', `${DRAFT_ID}.yaml`)}`);
    expect(err).not.toContain('passes validation');
    const written = parseDocument(readFileSync(draftPath(), 'utf8')).toJS() as {
      source: Record<string, unknown>;
      observations: { id: string }[];
    };
    expect(written.source).toMatchObject({ id: DRAFT_ID, published: '2024-03-12', publisher: 'TODO: publisher' });
    expect(written.observations.map((o) => o.id)).toEqual([
      'partner-localities-2024-03-11',
      'fdi-attracted-2023',
      'fdi-new-projects-2023',
    ]);
    expect(existsSync(path.join(dataDir, 'sources', `${DRAFT_ID}.yaml`))).toBe(false);
    expect(await servedSources()).toEqual(before);
  });

  it('refuses to overwrite a draft or a published source file', async () => {
    expect((await ingest('riverside.txt', '--write', '--source-id', 'riverside')).code).toBe(0);
    const again = await ingest('riverside.txt', '--write', '--source-id', 'riverside');
    expect(again.code).toBe(1);
    expect(again.err).toContain('riverside.yaml already exists: pnpm ingest never overwrites a draft or a source file');
    const sameId = await ingest('undated.txt', '--write', '--source-id', 'portal-2020-06-26-mofa-working-session');
    expect(sameId.code).toBe(1);
    expect(sameId.err).toContain('sources/portal-2020-06-26-mofa-working-session.yaml already exists');
  });

  it('leaves published as a TODO with its comment when the text gives no date', async () => {
    const { code, err } = await ingest('undated.txt', '--write', '--source-id', 'undated-riverside');
    expect(code).toBe(0);
    expect(err).toContain('TODO published: the text gives no date');
    const text = readFileSync(draftPath('undated-riverside'), 'utf8');
    expect(text).toContain('published: TODO # TODO: the text gives no date');
  });
});

describe('pnpm ingest --publish', () => {
  it('refuses a draft while a TODO is left in any field, naming the record and field, and keeps it a draft', async () => {
    await ingest('riverside.txt', '--write', '--source-id', DRAFT_ID);
    const { code, err } = await ingest('--publish', draftPath());
    expect(code).toBe(1);
    expect(err).toContain(`not published: ${draftPath()} does not validate with the published data (1 problem)`);
    expect(err).toContain(
      `source "${DRAFT_ID}" (source), field "publisher": "TODO: publisher" is a placeholder left for a curator, not data: write publisher (who published the article) in its place`,
    );
    expect(existsSync(draftPath())).toBe(true);
    expect(existsSync(path.join(dataDir, 'sources', `${DRAFT_ID}.yaml`))).toBe(false);
    expect(await servedSources()).not.toContain(DRAFT_ID);
  });

  it('refuses an undated draft until its publication date is written', async () => {
    await ingest('undated.txt', '--write', '--source-id', 'undated-riverside');
    fillIn(draftPath('undated-riverside'), [['TODO: publisher', 'Riverside provincial portal']]);
    const { code, err } = await ingest('--publish', draftPath('undated-riverside'));
    expect(code).toBe(1);
    expect(err).toMatch(/field "published": expected a date written YYYY-MM-DD/);
    fillIn(draftPath('undated-riverside'), [['published: TODO', 'published: "2024-03-12"']]);
    expect((await ingest('--publish', draftPath('undated-riverside'))).code).toBe(0);
  });

  it('moves a checked draft into data/sources/ once it validates with the published data, and it is served', async () => {
    await ingest('riverside.txt', '--write', '--source-id', DRAFT_ID);
    fillIn(draftPath(), [['TODO: publisher', 'Riverside provincial portal']]);
    const { code, err } = await ingest('--publish', path.join('data', 'drafts', `${DRAFT_ID}.yaml`));
    expect(code).toBe(0);
    const published = path.join(dataDir, 'sources', `${DRAFT_ID}.yaml`);
    expect(err).toContain(`Published ${published}; it passes validation with the published data`);
    expect(existsSync(draftPath())).toBe(false);
    expect(await servedSources()).toContain(DRAFT_ID);
    const again = await ingest('riverside.txt', '--write', '--source-id', DRAFT_ID);
    expect(again.err).toContain(`${published} already exists`);
  });

  it('refuses a draft that would replace a published file, or that is not there', async () => {
    const taken = path.join(dataDir, 'drafts', 'portal-2020-06-26-mofa-working-session.yaml');
    mkdirSync(path.dirname(taken), { recursive: true });
    writeFileSync(taken, 'source: {}\n');
    expect((await ingest('--publish', taken)).err).toContain('portal-2020-06-26-mofa-working-session.yaml already exists');
    expect((await ingest('--publish', draftPath('absent'))).err).toContain(`no such draft: ${draftPath('absent')}`);
  });
});

describe('pnpm ingest on a first-quarter report, as a new user would try it', () => {
  /** Invented: one paragraph opening with its dateline, as the report of issue 12 was written. */
  const REPORT = `20 March 2025 - In the first quarter of 2025, Riverside province attracted nearly USD 600 million of foreign direct investment and welcomed 300 delegates from 20 countries to its investment forum. To date, the province has 4,300 foreign investment projects with USD 43.1 billion in registered capital.
`;

  it('drafts the quarter, the registered capital and a phrase each, dated by the dateline, and refuses to publish it unchecked', async () => {
    writeFileSync(path.join(work, 'quarter.txt'), REPORT);
    const { code, err } = await ingest('quarter.txt', '--write', '--source-id', 'riverside-2025-q1');
    expect(code).toBe(0);
    const draft = parseDocument(readFileSync(draftPath('riverside-2025-q1'), 'utf8')).toJS() as {
      source: Record<string, unknown>;
      observations: Record<string, unknown>[];
    };
    expect(draft.source).toMatchObject({ published: '2025-03-20', publisher: 'TODO: publisher' });
    expect(draft.source.published_approximate).toBeUndefined();
    expect(draft.observations).toEqual([
      expect.objectContaining({
        indicator: 'fdi_projects_cumulative',
        value: 4300,
        evidence: 'the province has 4,300 foreign investment projects',
      }),
      expect.objectContaining({
        indicator: 'fdi_registered_capital_cumulative',
        value: 43.1e9,
        period_start: '2025-03-20',
        evidence: 'USD 43.1 billion in registered capital',
      }),
      expect.objectContaining({
        id: 'fdi-attracted-2025-q1',
        indicator: 'fdi_attracted',
        period_start: '2025-01-01',
        period_end: '2025-03-31',
        qualifier: 'nearly',
        evidence: 'Riverside province attracted nearly USD 600 million of foreign direct investment',
      }),
    ]);
    expect(err).not.toContain('passes validation');
    const refused = await ingest('--publish', draftPath('riverside-2025-q1'));
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('"TODO: publisher" is a placeholder');
    expect(await servedSources()).not.toContain('riverside-2025-q1');
  });
});

describe('pnpm ingest errors', () => {
  it.each([
    [['missing.txt'], 'no such file:'],
    [['riverside.txt', '--lang', 'fr'], 'unknown --lang "fr": expected en, nl or vi'],
    [[], 'expected one article file: no file was given'],
    [['riverside.txt', '--colour'], "Unknown option '--colour'"],
    [['riverside.txt', '--source-id', 'Not A Slug'], '--source-id "Not A Slug" is not usable'],
    [['.'], 'is a folder'],
    [['--publish', 'draft.yaml', 'riverside.txt'], '--publish takes only the draft file: drop riverside.txt'],
    [['--publish', 'draft.txt'], 'is not a draft: expected a .yaml file'],
  ])('%j fails with a message and exit code 1', async (argv, message) => {
    const { code, err, out } = await ingest(...argv);
    expect(code).toBe(1);
    expect(err).toContain(message);
    expect(out).toBe('');
  });

  it('says so when the text is empty or the data folder has no indicators', async () => {
    writeFileSync(path.join(work, 'empty.txt'), '  \n');
    expect((await ingest('empty.txt')).err).toContain('empty.txt is empty');
    rmSync(path.join(dataDir, 'indicators.yaml'));
    const { code, err } = await ingest('riverside.txt');
    expect(code).toBe(1);
    expect(err).toContain('cannot read the indicators of');
  });
});

describe('the ingest script', () => {
  it('runs as a command, resolving the file from the folder it was typed in', async () => {
    const typedIn = path.join(work, 'articles');
    mkdirSync(typedIn);
    writeFileSync(path.join(typedIn, 'new.txt'), ARTICLE);
    const tsx = path.join(apiRoot, 'node_modules', '.bin', 'tsx');
    const { stdout } = await promisify(execFile)(tsx, ['src/ingest/cli.ts', 'new.txt'], {
      cwd: apiRoot,
      env: { ...process.env, INIT_CWD: typedIn, DATA_DIR: dataDir },
    });
    expect(stdout).toContain('indicator: fdi_attracted');
    const failed = await promisify(execFile)(tsx, ['src/ingest/cli.ts', 'absent.txt'], {
      cwd: apiRoot,
      env: { ...process.env, INIT_CWD: typedIn },
    }).catch((error: { code: number; stderr: string }) => error);
    expect(failed).toMatchObject({ code: 1, stderr: expect.stringContaining('pnpm ingest: no such file:') });
  }, 30_000);
});
