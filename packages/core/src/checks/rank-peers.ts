import type { DataIssue, Located, LocatedDataset } from '../dataset-checks.ts';
import { peerCountOn, peerCountsOf } from '../rank-peers.ts';
import type { Observation } from '../schemas/observation.ts';

/**
 * The problems of ranks and their peers: a `peers` that names no indicator or entity, or a rank indicator without
 * one; a rank with no count of its peers on or before its date; a rank past the number of its peers.
 */
export function rankPeerIssues(data: LocatedDataset): DataIssue[] {
  const issues: DataIssue[] = [];
  const indicatorIds = new Set(data.indicators.map((i) => i.value.id));
  const entityIds = new Set(data.entities.map((e) => e.value.id));
  const observations = data.observations.map((o) => o.value);
  for (const located of data.indicators) {
    const indicator = located.value;
    const record = `indicator "${indicator.id}" (${located.position})`;
    const issue = (field: string, message: string) => issues.push({ file: located.file, record, field, message });
    if (!indicator.peers) {
      if (indicator.kind === 'rank') {
        issue('peers', 'a rank needs its peers: add peers: { indicator, entity } naming the count of the units it ranks among');
      }
      continue;
    }
    if (indicator.kind !== 'rank') issue('peers', `only a rank has peers; "${indicator.id}" is a ${indicator.kind}`);
    if (!indicatorIds.has(indicator.peers.indicator)) {
      issue('peers.indicator', `unknown indicator "${indicator.peers.indicator}": add the count of peers to indicators.yaml`);
    }
    if (!entityIds.has(indicator.peers.entity)) {
      issue('peers.entity', `unknown entity "${indicator.peers.entity}": add the country to entities.yaml`);
    }
    const counts = peerCountsOf(indicator, observations);
    for (const rank of data.observations.filter((o) => o.value.indicator === indicator.id)) {
      issues.push(...rankIssues(rank, counts, indicator.peers.indicator));
    }
  }
  return issues;
}

function rankIssues(rank: Located<Observation>, counts: readonly Observation[], countId: string): DataIssue[] {
  const where = { file: rank.file, record: `observation "${rank.value.id}" (${rank.position})` };
  const peers = peerCountOn(rank.value.period_end, counts);
  if (!peers) {
    return [
      {
        ...where,
        field: 'period_end',
        message: `no count of peers on or before ${rank.value.period_end}: add an observation of ${countId} dated on or before it, with its source`,
      },
    ];
  }
  if (rank.value.value > peers.value) {
    return [
      {
        ...where,
        field: 'value',
        message: `rank ${rank.value.value} is past the ${peers.value} it is ranked among (observation "${peers.id}"): correct the rank or the count`,
      },
    ];
  }
  return [];
}
