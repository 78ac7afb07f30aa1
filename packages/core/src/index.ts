// What the apps share. A few modules are subpath exports instead (see package.json): used by one side only, kept out of
// the index so that the browser's bundle and the server's start do not load what they never use.
export * from './checks/find-checks.ts';
export * from './citation.ts';
export * from './dataset-checks.ts';
export * from './disagreements.ts';
export * from './entity-life.ts';
export * from './format.ts';
export * from './numbers.ts';
export * from './period.ts';
export * from './plural.ts';
export * from './rank-peers.ts';
export * from './schemas/api.ts';
export * from './schemas/check.ts';
export * from './schemas/common.ts';
export * from './schemas/csv-query.ts';
export * from './schemas/dataset.ts';
export * from './schemas/entity.ts';
export * from './schemas/event.ts';
export * from './schemas/indicator.ts';
export * from './schemas/observation.ts';
export * from './schemas/query.ts';
export * from './schemas/source.ts';
export * from './series.ts';
