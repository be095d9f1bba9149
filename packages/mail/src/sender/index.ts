export * from './deliver.ts';
export * from './mail-from.ts';
export * from './send-failure.ts';
export * from './smtp-sender.ts';
export * from './worker.ts';
