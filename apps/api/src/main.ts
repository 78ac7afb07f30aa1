import { readConfigOrExit } from './config.ts';
import {
  changeLines,
  changeNote,
  compareWithLastGood,
  invalidDataReport,
  keepServed,
  lastGoodBaseline,
  lastGoodStore,
} from './data/data-guard.ts';
import { snapshotStore } from './data/dataset-snapshot.ts';
import { issuesReport } from './data/issues-report.ts';
import { type LoadedData, loadDataset, type SnapshotUse } from './data/load-dataset.ts';
import { countOf } from './data/record-diff.ts';
import { watchDataDir } from './data/watch-data.ts';
import { gracefulStopper } from './http/graceful-stop.ts';
import { createNodeServer } from './http/node-server.ts';
import { liveApp } from './live-app.ts';
import { createLogger } from './logger.ts';
import { serviceState } from './service-state.ts';
import { describeWebBuild, pinWebBuild } from './web-build.ts';

const config = readConfigOrExit();
const loadOptions = { snapshots: config.snapshotDir ? snapshotStore(config.snapshotDir) : undefined };
const loadStarted = performance.now();
const loaded = await loadDataset(config.dataDir, loadOptions);
const lastGood = lastGoodStore(config.lastGoodDir, config.dataDir);
if (!loaded.ok) {
  // As pnpm validate says it: the problems, then what the data would lose or change (a torn file's losses).
  const baseline = loaded.records ? await lastGoodBaseline(config.dataDir, lastGood) : undefined;
  console.error(invalidDataReport(config.dataDir, loaded, baseline));
  process.exit(1);
}
console.log(howLoaded(loaded, (performance.now() - loadStarted) / 1000));

// Data that lost records since it was last served is not served until the removal is confirmed (data-guard.ts).
const comparison = await compareWithLastGood(loaded, { dataDir: config.dataDir, store: lastGood });
if ('reason' in comparison) {
  console.log(`No earlier data to compare with (${comparison.reason}): serving this data as it is`);
} else if (comparison.refusal) {
  console.error(['Refusing to start: the data lost records.', ...comparison.refusal].join('\n'));
  process.exit(1);
} else if (comparison.baseline.version !== loaded.version) {
  console.log(changeLines(comparison).join('\n'));
  loaded.change = changeNote(comparison);
} else {
  loaded.change = comparison.keptChange;
}
/** The data served kept as the last good data, in the background; a shutdown waits for it to be written whole. */
const keeping =
  'keptVersion' in comparison && comparison.keptVersion === loaded.version
    ? Promise.resolve()
    : keepServed(lastGood, loaded).catch((error: Error) => {
        console.error(
          `Note: could not keep the data served in ${lastGood.file} (${error.message}); removals are then checked against git`,
        );
      });

/** Whether the data was checked now or read from its snapshot; a snapshot that cannot be written is said once written. */
function howLoaded(load: LoadedData & { snapshot?: SnapshotUse }, seconds: number): string {
  const took = `${seconds.toFixed(1)} s`;
  if (!load.snapshot) return `Checked every data file in ${took}`;
  if (load.snapshot.read) {
    return `Data unchanged since it was last checked: read its snapshot from ${config.snapshotDir} in ${took} (DATA_SNAPSHOTS=0 checks every file)`;
  }
  void load.snapshot.saved.then((saved) => {
    if (!saved.ok) console.error(`Note: ${saved.message}; the next start checks every file again`);
  });
  return `Checked every data file in ${took} (${load.snapshot.reason}; keeping one for the next start)`;
}

// The release `apps/web/current` names now is served for this process's life, whatever a later build points it at.
const webBuild = pinWebBuild(config.webDist);
const service = serviceState(webBuild.release);
const live = liveApp(
  loaded,
  config.dataDir,
  { webDist: webBuild.dist, service, publicAddress: config.publicAddress },
  { ...loadOptions, lastGood },
);
const hostForUrl = config.host.includes(':') ? `[${config.host}]` : config.host;
const accessLog = config.log.accessLog ? createLogger(config.log) : undefined;
const server = createNodeServer(live.fetch, live.sendAnswerBytes, { accessLog });
const stop = gracefulStopper(server);

server.on('error', (error: NodeJS.ErrnoException) => {
  const reason = error.code === 'EADDRINUSE' ? `port ${config.port} is in use: set PORT to another port` : error.message;
  console.error(`Cannot listen on ${config.host}:${config.port}: ${reason}`);
  process.exit(1);
});

server.listen(config.port, config.host, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  console.log(
    `Binh Duong dashboard: http://${hostForUrl}:${port}/ (data version ${loaded.version}, ${countOf('observation', loaded.dataset.observations.length)}; ${describeWebBuild(webBuild)})`,
  );
  if (!config.watchData) console.log(`After editing ${config.dataDir}, reload it with: kill -HUP ${process.pid}`);
  else
    void watching.then(() =>
      console.log(
        `Watching ${config.dataDir}: each valid edit is served at once, a bad one refused (kill -HUP ${process.pid} also reloads)`,
      ),
    );
});

/** Re-reads the data and says what happened; bad data is refused and the last good data stays served. */
async function reloadData() {
  const outcome = await live.reload();
  if (!outcome.ok) {
    console.error(`Reload refused: still serving data version ${outcome.keptVersion}.`);
    if ('refusal' in outcome) console.error(outcome.refusal.join('\n'));
    else console.error([issuesReport(config.dataDir, outcome.issues), ...outcome.change].join('\n'));
  } else if (outcome.changed) {
    console.log(`Reloaded the data: version ${outcome.version}, ${countOf('observation', outcome.observations)}`);
    if (outcome.change.length > 0) console.log(outcome.change.join('\n'));
  } else {
    console.log(`Reloaded the data: unchanged (version ${outcome.version})`);
  }
}

process.on('SIGHUP', () => {
  void reloadData();
});

/** Settles once the watcher has scanned the data folder: an edit before then would not be seen. */
let watcherReady: () => void = () => {};
const watching = new Promise<void>((resolve) => {
  watcherReady = resolve;
});
const watcher = config.watchData
  ? watchDataDir(
      config.dataDir,
      (files) => {
        console.log(`Data changed (${files.join(', ') || config.dataDir}): reloading`);
        void reloadData();
      },
      {
        onReady: () => watcherReady(),
        onError: (error) => console.error(`Stopped watching ${config.dataDir} (${error.message}); SIGHUP still reloads`),
      },
    )
  : undefined;

let stopping = false;
/**
 * Readiness fails, new connections are refused, every answer from then on closes its connection, the requests in
 * flight finish (for up to SHUTDOWN_GRACE_SECONDS), then the process exits 0; a second signal exits at once.
 */
async function shutdown(signal: string) {
  if (stopping) process.exit(0);
  stopping = true;
  service.draining = true;
  console.log(`${signal}: finishing the requests in flight, then stopping (at most ${config.shutdownGraceMs / 1000} s)`);
  watcher?.close();
  if (!(await stop(config.shutdownGraceMs))) {
    console.error(
      `Stopped after ${config.shutdownGraceMs / 1000} s (SHUTDOWN_GRACE_SECONDS) with requests still in flight: their connections were closed`,
    );
  }
  await keeping;
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
// Started by pnpm or npm (`pnpm start`), the server is the child of a shell the package manager started: SIGTERM to
// pnpm ends that shell and would leave the server running, still holding its port. It stops as for SIGTERM once the
// shell that started it has gone. A supervisor runs node itself (docs/deploy.md) and signals it directly.
if (process.env.npm_lifecycle_event) {
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) void shutdown('The command that started the server (pnpm) stopped');
  }, 500).unref();
}
process.on('SIGINT', () => void shutdown('SIGINT'));
