import type { TAuditEntity, TAuditOperationKey } from './vocabulary.ts';

// Audit events store the API's own names (entity, operation, field keys); these turn them into the
// words the EDI team uses. Every event the API writes has words here (a missing one fails to
// compile); older stored codes not in the vocabulary fall back to a readable guess, never a raw key.

/** What happened, keyed `entity:operation`. */
export const AUDIT_OPERATION_LABELS: Record<TAuditOperationKey, string> = {
  'action:create': 'Action added',
  'action:update': 'Action updated',
  'action:archive': 'Action archived',
  'action:submit_update': 'Progress update submitted',
  'action:reorder_milestones': 'Milestones reordered',
  'action:restore': 'Action restored',
  'action:set_internal': 'Action marked internal or public',
  'action:set_narrative_internal': 'Progress narrative marked internal or public',
  'ambition:create': 'Ambition added',
  'ambition:update': 'Ambition updated',
  'ambition:archive': 'Ambition archived',
  'ambition:reorder_commitments': 'Commitments reordered',
  'ambition:restore': 'Ambition restored',
  'board_paper:create': 'Board paper front sheet saved',
  'board_paper:update': 'Board paper front sheet changed',
  'commitment:create': 'Commitment added',
  'commitment:update': 'Commitment updated',
  'commitment:archive': 'Commitment archived',
  'commitment:reorder_actions': 'Actions reordered',
  'commitment:restore': 'Commitment restored',
  'commitment:set_internal': 'Commitment marked internal or public',
  'comment:create': 'Comment added',
  'comment:update': 'Comment updated',
  'comment:delete': 'Comment deleted',
  'eds_assessment:create': 'EDS 2022 assessment recorded',
  'eds_assessment:update': 'EDS 2022 assessment updated',
  'email_preferences:update': 'Email preferences changed',
  'email_settings:update': 'Email settings changed',
  'import:import_measurements': 'Measurements imported',
  'kpi:create': 'KPI added',
  'kpi:update': 'KPI updated',
  'kpi:archive': 'KPI archived',
  'kpi:restore': 'KPI restored',
  'kpi:set_internal': 'KPI marked internal or public',
  'measurement:create': 'Measurement recorded',
  'measurement:replace': 'Measurement replaced',
  'measurement:correct': 'Measurement corrected',
  'measurement:delete': 'Measurement deleted',
  'milestone:create': 'Milestone added',
  'milestone:update': 'Milestone updated',
  'milestone:archive': 'Milestone archived',
  'milestone:complete': 'Milestone completed',
  'milestone:set_at_risk': 'Milestone at-risk flag changed',
  'milestone:restore': 'Milestone restored',
  'organisation:create': 'Trust set up',
  'organisation:change_sign_in_settings': 'Sign-in settings changed',
  'period:create': 'Period added',
  'period:update': 'Period updated',
  'period:lock': 'Period locked',
  'period:start_year': 'Next financial year started',
  'period:open_window': 'Update window opened',
  'period:close_window': 'Update window closed',
  'publication:publish': 'Public progress page published',
  'publication:unpublish': 'Public progress page unpublished',
  'publication:set_owner_names': "Public page: owners' names shown or hidden",
  'session:sign_in': 'Signed in',
  'session:sign_out': 'Signed out',
  'strategy:create': 'Strategy set up',
  'strategy:update': 'Strategy settings updated',
  'strategy:reorder_ambitions': 'Ambitions reordered',
  'user:create': 'Person added',
  'user:set_roles': 'Roles changed',
  'user:deactivate': 'Person deactivated',
  'user:change_password': 'Password changed',
  'user:reactivate': 'Person reactivated',
  'user:reset_password': 'Password reset (temporary password given)',
  'workforce_upload:upload': 'Workforce figures uploaded',
  'workforce_upload:save_to_kpis': 'Workforce figures saved to the KPIs',
};

/** Kinds of record in words; older stored kinds read as their key with spaces. */
export const AUDIT_ENTITY_WORDS: Record<TAuditEntity, string> = {
  action: 'Action',
  ambition: 'Ambition',
  comment: 'Comment',
  commitment: 'Commitment',
  measurement: 'Measurement',
  milestone: 'Milestone',
  strategy: 'Strategy',
  kpi: 'KPI',
  board_paper: 'Board paper',
  eds_assessment: 'EDS 2022 assessment',
  period: 'Period',
  user: 'Person',
  organisation: 'Trust',
  workforce_upload: 'Workforce upload',
  publication: 'Public progress page',
  session: 'Sign-in',
  import: 'Measurements import',
  email_settings: 'Email settings',
  email_preferences: 'Email preferences',
};

/** Past tenses that do not follow the add-"d"-or-"ed" rule, and verbs better said another way. */
const PAST_TENSE: Record<string, string> = {
  create: 'added',
  set: 'set',
  reset: 'reset',
};

const ACRONYMS = new Set(['kpi', 'kpis', 'rag', 'baf', 'eds', 'edi', 'spc', 'wres', 'wdes', 'url']);

function words(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[\s_]+/)
    .filter(Boolean)
    .map((w) => (ACRONYMS.has(w.toLowerCase()) ? w.toUpperCase() : w.toLowerCase()));
}

function sentence(parts: string[]): string {
  const text = parts.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function pastTense(verb: string): string {
  const known = PAST_TENSE[verb];
  if (known) return known;
  return verb.endsWith('e') ? `${verb}d` : `${verb}ed`;
}

/** The kind of record in words: "KPI", "Person", "Framework tag". */
export function entityWords(entity: string): string {
  return (
    (AUDIT_ENTITY_WORDS as Record<string, string | undefined>)[entity] ?? sentence(words(entity))
  );
}

/** "Action updated", "Measurements imported"; unknown ones read "KPI archived" or "KPI: set target". */
export function operationLabel(entity: string, operation: string): string {
  const known = (AUDIT_OPERATION_LABELS as Record<string, string | undefined>)[
    `${entity}:${operation}`
  ];
  if (known) return known;
  const what = entityWords(entity);
  const verb = words(operation);
  const single = verb.length === 1 ? verb[0] : undefined;
  return single ? `${what} ${pastTense(single)}` : `${what}: ${verb.join(' ')}`;
}

/** Field keys in words, for the fields the API's audit events carry most often. */
const FIELD_LABELS: Record<string, string> = {
  actionId: 'Action',
  actions: 'Actions',
  ambitionId: 'Ambition',
  asOf: 'Snapshot date',
  archivedAt: 'Archived on',
  assessedOn: 'Assessed on',
  atRisk: 'At risk',
  bafRiskRef: 'BAF risk reference',
  breakGlassUserId: 'Break-glass admin',
  body: 'Comment',
  boardDate: 'Board meeting',
  byKpi: 'Values by KPI',
  clientId: 'Client ID',
  clientSecret: 'Client secret',
  commitmentId: 'Commitment',
  created: 'KPIs added from the library',
  createAccounts: 'Create accounts for new sign-ins',
  completedAt: 'Completed on',
  deactivatedAt: 'Deactivated on',
  deliveryLead: 'Delivery lead',
  dueDate: 'Due date',
  effectiveRag: 'RAG rating',
  emailDigest: 'Weekly digest email',
  emailPaused: 'All email paused',
  emailReminders: 'Reminder emails',
  evidenceUrl: 'Evidence link',
  isActive: 'Active',
  kpiCode: 'KPI',
  kpiId: 'KPI',
  kpiIds: 'Linked KPIs',
  kpis: 'KPIs',
  kpisWritten: 'KPIs written',
  lockedAt: 'Locked on',
  lockedPeriods: 'Locked quarters changed',
  kpiValue: 'EDS-TOTAL KPI value',
  mustChangePassword: 'Must change password at next sign-in',
  narrativeInternal: 'Narrative kept inside the trust',
  newAccountRole: 'Role for new accounts',
  newCount: 'Values added',
  notWritten: 'Not written',
  order: 'Order',
  overdueRepeatDays: 'Repeat reminders every (days)',
  originalDueDate: 'Original due date',
  ownerId: 'Owner',
  ownerRag: "Owner's RAG view",
  ownerRagReason: "Reason for the owner's RAG view",
  passwordSignInDisabled: 'Password sign-in off',
  periodEnd: 'Period end',
  isInternal: 'Kept off the public page',
  publicShowsOwnerNames: "Owners' names on the public page",
  workforceYear: 'Workforce year published',
  address: 'Public page address',
  publishedAt: 'Published on',
  unpublishedAt: 'Taken down on',
  periodId: 'Period',
  strategyId: 'Strategy',
  userId: 'Person',
  enteredById: 'Entered by',
  reassignedTo: 'Reassigned to',
  milestoneId: 'Milestone',
  progressPercent: 'Progress',
  reminderDaysBeforeClose: 'Reminder days before the window closes',
  replaceCount: 'Values replaced',
  replaced: 'Earlier values replaced',
  rowCount: 'Rows imported',
  sha256: 'SHA-256 fingerprint',
  sessionsEnded: 'Sign-ins ended',
  skipped: 'Figures not saved',
  suppressed: 'Hidden (small numbers)',
  tags: 'Framework tags',
  windowCloses: 'Update window closes',
  windowOpens: 'Update window opens',
  written: 'Values written',
};

/** "Due date", "Owner's RAG view"; anything else is its camelCase key split into words. */
export function fieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? sentence(words(field));
}

/** Record-keeping fields, shown only when an event changed nothing else. */
export const BOOKKEEPING_FIELDS: ReadonlySet<string> = new Set([
  'id',
  'organisationId',
  'version',
  'createdAt',
  'updatedAt',
  'sortOrder',
  // The ids of the import, update or board snapshot the event itself created.
  'importId',
  'updateId',
  'snapshotId',
]);

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const NAMING_FIELDS = ['code', 'year', 'label', 'kpiCode', 'name', 'title'] as const;

/**
 * The record an event is about, in words, with the code, year, label or title that names it when
 * the event holds one: "Action 1.3.2", "EDS 2022 assessment 2026/27".
 */
export function eventSubject(entity: string, before: unknown, after: unknown): string {
  const kind = entityWords(entity);
  for (const values of [after, before]) {
    if (!isRecord(values)) continue;
    for (const field of NAMING_FIELDS) {
      const name = values[field];
      if (typeof name === 'string' && name) return `${kind} ${name}`;
    }
  }
  return kind;
}
