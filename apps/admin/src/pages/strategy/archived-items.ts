type Stamp = { id: string; title: string; archivedAt: Date | null; archivedBy: string | null };
type Parent = { title: string; archivedAt: Date | null };

/** The shape of `admin.archived.list`, as far as this page reads it. */
type Archived = {
  ambitions: (Stamp & { number: number })[];
  commitments: (Stamp & { code: string; ambition: Parent & { number: number } })[];
  actions: (Stamp & { code: string; commitment: Parent & { code: string } })[];
  milestones: (Stamp & { action: Parent & { code: string } })[];
  kpis: (Stamp & {
    code: string;
    ambition: (Parent & { number: number }) | null;
    commitment: (Parent & { code: string }) | null;
  })[];
};

export type ArchivedKind = 'ambition' | 'commitment' | 'action' | 'milestone' | 'kpi';

/** One archived item as the Archived page lists it and the restore question names it. */
export type ArchivedItem = {
  kind: ArchivedKind;
  id: string;
  name: string;
  /** Where it goes back to, or null for an ambition (it goes back into the strategy). */
  parent: string | null;
  isParentArchived: boolean;
  archivedAt: Date | null;
  archivedBy: string | null;
};

export const ARCHIVED_LEVELS: readonly { kind: ArchivedKind; heading: string }[] = [
  { kind: 'ambition', heading: 'Ambitions' },
  { kind: 'commitment', heading: 'Commitments' },
  { kind: 'action', heading: 'Actions' },
  { kind: 'milestone', heading: 'Milestones' },
  { kind: 'kpi', heading: 'KPIs' },
];

const when = (r: Stamp) => ({
  id: r.id,
  archivedAt: r.archivedAt,
  archivedBy: r.archivedBy,
});

/** Every archived item, level by level, named as people read them (never by id). */
export function archivedItems(data: Archived): ArchivedItem[] {
  return [
    ...data.ambitions.map((a) => ({
      kind: 'ambition' as const,
      ...when(a),
      name: `Ambition ${a.number}: ${a.title}`,
      parent: null,
      isParentArchived: false,
    })),
    ...data.commitments.map((c) => ({
      kind: 'commitment' as const,
      ...when(c),
      name: `Commitment ${c.code}: ${c.title}`,
      parent: `Ambition ${c.ambition.number}: ${c.ambition.title}`,
      isParentArchived: c.ambition.archivedAt !== null,
    })),
    ...data.actions.map((a) => ({
      kind: 'action' as const,
      ...when(a),
      name: `Action ${a.code}: ${a.title}`,
      parent: `Commitment ${a.commitment.code}: ${a.commitment.title}`,
      isParentArchived: a.commitment.archivedAt !== null,
    })),
    ...data.milestones.map((m) => ({
      kind: 'milestone' as const,
      ...when(m),
      name: `Milestone “${m.title}”`,
      parent: `Action ${m.action.code}: ${m.action.title}`,
      isParentArchived: m.action.archivedAt !== null,
    })),
    ...data.kpis.map((k) => ({
      kind: 'kpi' as const,
      ...when(k),
      name: `KPI ${k.code}: ${k.title}`,
      parent: k.commitment
        ? `Commitment ${k.commitment.code}: ${k.commitment.title}`
        : k.ambition
          ? `Ambition ${k.ambition.number}: ${k.ambition.title}`
          : null,
      isParentArchived: (k.commitment ?? k.ambition)?.archivedAt != null,
    })),
  ];
}
