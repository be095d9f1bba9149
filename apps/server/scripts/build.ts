import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The part of esbuild's API used here (esbuild comes with tsx, so its types are not ours). */
type Plugin = {
  name: string;
  setup: (build: {
    onResolve: (
      o: { filter: RegExp },
      cb: (a: {
        path: string;
        resolveDir: string;
        kind: string;
        pluginData?: unknown;
      }) => Promise<unknown>,
    ) => void;
    onLoad: (o: { filter: RegExp }, cb: (a: { path: string }) => Promise<unknown>) => void;
    resolve: (
      p: string,
      o: { resolveDir: string; kind: string; pluginData: unknown },
    ) => Promise<{ path: string; errors: unknown[] }>;
  }) => void;
};
type Esbuild = {
  version: string;
  build: (options: Record<string, unknown>) => Promise<{ warnings: unknown[] }>;
};

// esbuild is not a dependency of its own here: it is the one tsx (a dependency) already runs on.
const fromTsx = createRequire(createRequire(import.meta.url).resolve('tsx'));
const esbuild = (await import(pathToFileURL(fromTsx.resolve('esbuild')).href)) as Esbuild;

const serverDir = fileURLToPath(new URL('..', import.meta.url));
const outdir = path.join(serverDir, 'dist');

/** Packages that load native code or files beside themselves: left out and loaded from where pnpm put them. */
const NATIVE = /^(libsql|@libsql\/[a-z0-9-]+|@node-rs\/argon2|pg-native|@duckdb\/[a-z0-9-]+)$/;

/**
 * Modules that start a compiled sibling (a worker thread) find it beside the bundle, so their
 * import.meta.url stays the bundle's own; each sibling is an entry point below.
 */
const LOOKS_BESIDE_BUNDLE = [
  path.join('packages', 'api', 'src', 'exports', 'worker', 'render-pool.ts'),
];
const workspace = path.resolve(serverDir, '..', '..');

const toBundle = (file: string) => {
  const rel = path.relative(outdir, file).split(path.sep).join('/');
  return rel.startsWith('.') ? rel : `./${rel}`;
};

/**
 * Files read beside a module (migrations, the schema, the schema engine's WASM, the built apps)
 * are found from its import.meta.url: in the bundle it still names the module's own source file.
 */
const keepModuleUrls: Plugin = {
  name: 'keep-module-urls',
  setup(build) {
    build.onLoad({ filter: /\.(m?[jt]s|cjs)$/ }, async ({ path: file }) => {
      if (LOOKS_BESIDE_BUNDLE.some((tail) => file.endsWith(tail))) return undefined;
      const source = await readFile(file, 'utf8');
      if (!source.includes('import.meta.url')) return undefined;
      const here = `new URL(${JSON.stringify(toBundle(file))}, import.meta.url).href`;
      return {
        contents: source.split('import.meta.url').join(here),
        loader: file.endsWith('.ts') ? 'ts' : 'js',
        resolveDir: path.dirname(file),
      };
    });
  },
};

const RESOLVING = Symbol('resolving a native package');
const loadNativeInPlace: Plugin = {
  name: 'load-native-in-place',
  setup(build) {
    build.onResolve({ filter: NATIVE }, async ({ path: name, resolveDir, kind, pluginData }) => {
      if (pluginData === RESOLVING) return undefined;
      const found = await build.resolve(name, { resolveDir, kind, pluginData: RESOLVING });
      if (found.errors.length) return undefined;
      return { path: toBundle(found.path), external: true };
    });
  },
};

await esbuild.build({
  entryPoints: {
    main: path.join(serverDir, 'src', 'main.ts'),
    'render-worker': path.join(workspace, 'packages/api/src/exports/worker/render-worker.ts'),
  },
  outdir,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  // Bundled CommonJS packages still call require(): give the ES module one.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  plugins: [keepModuleUrls, loadNativeInPlace],
});
console.log(
  `Built the server into ${toBundle(path.join(outdir, 'main.js'))} (esbuild ${esbuild.version}).`,
);
