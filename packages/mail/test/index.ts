export * from './smtp-test-server.ts';
export * from './days.ts';
export * from './demo-trust.ts';
export * from './owner-updates.ts';
