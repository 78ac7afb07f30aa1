import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { proposeRecords } from '@bd/core/ingest/propose-records';
import { detectLanguage } from '@bd/core/ingest/detect-language';
const indicators = parse(readFileSync('/work/main/data/indicators.yaml','utf8'));
for (const f of readdirSync('/work/shared/seeds').sort()) {
  if (process.argv[2] && !f.startsWith(process.argv[2])) continue;
  const text = readFileSync(`/work/shared/seeds/${f}`,'utf8');
  const lang = detectLanguage(text);
  const p = proposeRecords(text, { language: lang.language!, sourceId: 'x', indicators });
  console.log('=====', f, JSON.stringify(lang));
  for (const o of p.observations) console.log(`${o.indicator ?? '-'} ${o.value} ${o.unit} ${o.qualifier} ${o.period_start ?? 'REVIEW'}..${o.period_end ?? ''} [${o.confidence}] «${o.evidence}» -- ${o.reason}`);
  for (const e of p.events) console.log(`EVENT ${e.type} ${e.name} ${e.country ?? ''} ${e.date} ${e.date_precision} ${e.agreement ?? ''} «${e.evidence}»`);
  for (const s of p.skipped) console.log(`  skip ${s.text}: ${s.reason}`);
}
