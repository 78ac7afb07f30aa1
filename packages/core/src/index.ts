// CSV writing (csv-stringify) needs Node's Buffer, so it is imported as @bd/core/csv and @bd/core/events-csv, not from this index.
export * from './citation.ts';
export * from './dataset-checks.ts';
export * from './disagreements.ts';
export * from './format.ts';
export * from './numbers.ts';
export * from './period.ts';
export * from './schemas/api.ts';
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
