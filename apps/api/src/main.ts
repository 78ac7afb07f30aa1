import { serve } from '@hono/node-server';
import { ConfigError, readConfig } from './config.ts';
import { issuesReport } from './data/issues-report.ts';
import { loadDataset } from './data/load-dataset.ts';
import { liveApp } from './live-app.ts';

/** How long a shutdown waits for requests in flight before closing their connections. */
const SHUTDOWN_GRACE_MS = 10_000;

function readConfigOrExit() {
  try {
    return readConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

const config = readConfigOrExit();
const loaded = await loadDataset(config.dataDir);
if (!loaded.ok) {
  console.error(issuesReport(config.dataDir, loaded.issues));
  process.exit(1);
}

const live = liveApp(loaded, config.dataDir, { webDist: config.webDist });
const hostForUrl = config.host.includes(':') ? `[${config.host}]` : config.host;
const server = serve({ fetch: live.fetch, hostname: config.host, port: config.port }, (info) => {
  const observations = loaded.dataset.observations.length;
  console.log(
    `Binh Duong dashboard: http://${hostForUrl}:${info.port}/ (data version ${loaded.version}, ${observations} observations)`,
  );
  console.log(`After editing ${config.dataDir}, reload it with: kill -HUP ${process.pid}`);
});

server.on('error', (error: NodeJS.ErrnoException) => {
  const reason = error.code === 'EADDRINUSE' ? `port ${config.port} is in use: set PORT to another port` : error.message;
  console.error(`Cannot listen on ${config.host}:${config.port}: ${reason}`);
  process.exit(1);
});

process.on('SIGHUP', async () => {
  const outcome = await live.reload();
  if (!outcome.ok) {
    console.error(`Reload refused: still serving data version ${outcome.keptVersion}.`);
    console.error(issuesReport(config.dataDir, outcome.issues));
  } else if (outcome.changed) {
    console.log(`Reloaded the data: version ${outcome.version}, ${outcome.observations} observations`);
  } else {
    console.log(`Reloaded the data: unchanged (version ${outcome.version})`);
  }
});

let stopping = false;
function shutdown(signal: string) {
  if (stopping) process.exit(0);
  stopping = true;
  console.log(`${signal}: finishing the requests in flight, then stopping`);
  server.close(() => process.exit(0));
  if ('closeIdleConnections' in server) server.closeIdleConnections();
  setTimeout(() => {
    if ('closeAllConnections' in server) server.closeAllConnections();
    process.exit(0);
  }, SHUTDOWN_GRACE_MS).unref();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
