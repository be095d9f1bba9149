// From TypeScript source (tsx in development, vitest) the worker reads the renderer through tsx's
// hooks, registered here because a worker does not inherit them; a compiled build starts
// render-worker.js directly and never loads this file.
import { register } from 'tsx/esm/api';

register();
await import('./render-worker.ts');
