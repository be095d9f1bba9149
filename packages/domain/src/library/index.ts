export * from './framework-tags.ts';
export * from './indicators.ts';
