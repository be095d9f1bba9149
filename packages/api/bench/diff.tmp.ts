import { seedLargeTrust, buildPeriodReport, createDb } from '@belonging/db';
import { createTestDatabase } from '@belonging/db/testing';
import { floorBoardReport, loadFloorDoc } from './floor.ts';
const database = await createTestDatabase('sqlite');
const { organisationId } = await seedLargeTrust(database.db, { organisationSlug: 'bench', commitments: 60, actions: 1000, kpis: 300, valuesPerKpi: 40 });
const now = new Date();
const a = await buildPeriodReport(database.db, { organisationId, now });
const b = await floorBoardReport(database.db, 'sqlite', organisationId, now);
for (const key of Object.keys(a) as (keyof typeof a)[]) {
  const x = JSON.stringify(a[key]), y = JSON.stringify(b[key]);
  if (x !== y) {
    console.log('DIFF', key, x.length, y.length);
    for (let i = 0; i < Math.max(x.length, y.length); i++) if (x[i] !== y[i]) { console.log(x.slice(i - 200, i + 200)); console.log('---'); console.log(y.slice(i - 200, i + 200)); break; }
  }
}
for (let i = 0; i < 3; i++) {
  let t = performance.now();
  await loadFloorDoc(database.db, 'sqlite', organisationId);
  const q = performance.now() - t;
  t = performance.now();
  await floorBoardReport(database.db, 'sqlite', organisationId, now);
  console.log('query', q.toFixed(0), 'floor total', (performance.now() - t).toFixed(0));
}
await database.drop();
