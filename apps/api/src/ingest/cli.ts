import { runIngest } from './run-ingest.ts';

// pnpm runs the script in apps/api; INIT_CWD is where pnpm was started (the repository root for `pnpm ingest`).
process.exitCode = await runIngest(process.argv.slice(2), {
  cwd: process.env.INIT_CWD ?? process.cwd(),
  env: process.env,
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
});
