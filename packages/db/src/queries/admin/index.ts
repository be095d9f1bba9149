// Query functions of the EDI team's administration procedures.
export * from './tags.ts';
export * from './people.ts';
export * from './chase-list.ts';
export * from './measurements.ts';
export * from './archived.ts';
export * from './strategy-items.ts';
export * from './next-year.ts';
export * from './eds.ts';
export * from './lookups.ts';
export * from './sort-order.ts';
export * from './strategy-settings.ts';
export * from './ambitions.ts';
export * from './commitments.ts';
export * from './actions.ts';
export * from './milestones.ts';
export * from './kpis.ts';
export * from './periods.ts';
