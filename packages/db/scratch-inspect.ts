import { createDb, assessStrategyAt, buildPeriodReport } from './src/index.ts';
const { db } = createDb('file:/tmp/seedcheck/a.db');
const org = await db.organisation.findFirstOrThrow({ where: { slug: 'demo-partnership' } });
const t0 = performance.now();
const a = await assessStrategyAt(db, { organisationId: org.id, asOf: new Date() });
console.log('assess ms', Math.round(performance.now() - t0));
if (!a) throw new Error('none');
console.log('overall', a.rollup);
for (const amb of a.ambitions) {
  console.log(`A${amb.number} ${amb.rollup.rag}`, amb.kpis.map((k) => `${k.code}:${k.assessment.rag}${k.assessment.stale ? '(stale)' : ''}`).join(' '));
  for (const c of amb.commitments) {
    console.log(`  ${c.code} ${c.rollup.rag}`);
    for (const x of c.actions) console.log(`    ${x.code} ${x.assessment.rag} derived=${x.assessment.derivedRag} ${x.assessment.reason} ${x.assessment.optimistic ? 'OPT ' : ''}${x.assessment.late ? 'LATE ' : ''}${x.assessment.overdue ? 'OVERDUE ' : ''}${x.assessment.updateMissing ? 'MISSING ' : ''} ms=${x.milestones.map((m) => m.assessment.rag + (m.assessment.late ? '/late' : '')).join(',')} owner=${x.owner.name}`);
    for (const k of c.kpis) console.log(`    KPI ${k.code} ${k.assessment.rag} ${k.assessment.reason} actual=${k.assessment.actual} exp=${k.assessment.expected?.toFixed(2)} ${k.assessment.stale ? 'STALE' : ''} pts=${k.points} var=${k.spcResult.variation}`);
  }
}
const r = await buildPeriodReport(db, { organisationId: org.id, now: new Date() });
console.log('report', r.period, r.asOf, r.overall, 'exceptions', r.exceptions.length, 'opt', r.optimistic.length, 'missing', r.missingUpdates.length, 'stale', r.staleKpis.map(s=>s.code));
console.log(await db.reportingPeriod.findMany({ where: { organisationId: org.id }, select: { label: true, windowOpens: true, windowCloses: true, lockedAt: true } }).then(ps => ps.map(p => `${p.label} ${p.windowOpens.toISOString().slice(0,10)}..${p.windowCloses.toISOString().slice(0,10)} ${p.lockedAt?.toISOString() ?? ''}`).join('\n')));
await db.$disconnect();
