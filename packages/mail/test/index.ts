export * from './smtp-test-server.ts';
