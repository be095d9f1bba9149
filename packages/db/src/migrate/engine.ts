import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type * as Engine from '@prisma/schema-engine-wasm';
import * as bg from '@prisma/schema-engine-wasm/schema_engine_bg';
import { migrationAdapterFactory } from './scratch-db.ts';
import type { DatabaseTarget } from '../adapter.ts';
import { schemaFor } from './schema-source.ts';

export type SchemaEngine = Engine.SchemaEngine;

// @types/node does not declare the WebAssembly global; this is the part used here.
declare const WebAssembly: {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: Record<string, unknown>) => { exports: object };
};

let started = false;

// The package entry imports its .wasm as an ES module, which Node 20 cannot load, so the module
// is instantiated by hand and handed to the JS glue once per process.
function startWasm(): void {
  if (started) return;
  const require = createRequire(import.meta.url);
  const wasmPath = require
    .resolve('@prisma/schema-engine-wasm/schema_engine_bg')
    .replace(/\.js$/, '.wasm');
  const module = new WebAssembly.Module(readFileSync(wasmPath));
  const instance = new WebAssembly.Instance(module, { './schema_engine_bg.js': bg });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
  started = true;
}

/** A schema engine connected to the target database, loaded with that provider's schema. */
export async function openSchemaEngine(target: DatabaseTarget): Promise<SchemaEngine> {
  startWasm();
  const factory = bindMigrationAwareSqlAdapterFactory(migrationAdapterFactory(target));
  const log = (message: string) => {
    if (process.env.BELONGING_MIGRATE_DEBUG) console.error(message);
  };
  return bg.SchemaEngine.new(
    { datamodels: [['schema.prisma', schemaFor(target.provider)]] },
    log,
    factory,
  );
}
