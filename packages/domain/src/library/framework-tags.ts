// The reference codes a trust evidences its work against. Tags are stored once per framework and
// code (FrameworkTag), created on first use from this list, so their titles stay the same everywhere.

export const FRAMEWORKS = ['edi_plan', 'eds', 'wres', 'wdes'] as const;
export type TFramework = (typeof FRAMEWORKS)[number];

export const FRAMEWORK_NAMES: Record<TFramework, string> = {
  edi_plan: 'NHS EDI Improvement Plan',
  eds: 'EDS 2022',
  wres: 'WRES',
  wdes: 'WDES',
};

export type TFrameworkTag = { framework: TFramework; code: string; title: string };

const HIGH_IMPACT_ACTIONS = [
  'Board accountability: SMART EDI objectives for every board member',
  'Fair recruitment and talent management',
  'Pay gaps',
  'Workforce health inequalities',
  'Internationally recruited staff',
  'Eliminate bullying, discrimination, harassment and violence',
] as const;

/** EDS 2022 outcomes: domain 1 services, domain 2 workforce health and wellbeing, domain 3 leadership. */
export const EDS_OUTCOME_TITLES = [
  { code: '1A', title: 'Patients (service users) have required levels of access to the service' },
  { code: '1B', title: "Individual patients (service users') health needs are met" },
  { code: '1C', title: 'When patients (service users) use the service, they are free from harm' },
  { code: '1D', title: 'Patients (service users) report positive experiences of the service' },
  {
    code: '2A',
    title:
      'When at work, staff are provided with support to manage obesity, diabetes, asthma, COPD and mental health conditions',
  },
  {
    code: '2B',
    title:
      'When at work, staff are free from abuse, harassment, bullying and physical violence from any source',
  },
  {
    code: '2C',
    title:
      'Staff have access to independent support and advice when suffering from stress, abuse, bullying, harassment and physical violence from any source',
  },
  {
    code: '2D',
    title: 'Staff recommend the organisation as a place to work and receive treatment',
  },
  {
    code: '3A',
    title:
      'Board members, system leaders (Band 9 and VSM) and those with line management responsibilities routinely demonstrate their understanding of, and commitment to, equality and health inequalities',
  },
  {
    code: '3B',
    title:
      'Board and committee papers (including minutes) identify equality and health inequalities related impacts and risks and how they will be mitigated and managed',
  },
  {
    code: '3C',
    title:
      'Board members and system and senior leaders (Band 9 and VSM) ensure levers are in place to manage performance and monitor progress with staff and patients',
  },
] as const;

const ediPlanTags: TFrameworkTag[] = HIGH_IMPACT_ACTIONS.flatMap((theme, i) =>
  ['a', 'b', 'c', 'd', 'e', 'f'].map((letter) => ({
    framework: 'edi_plan' as const,
    code: `${i + 1}${letter}`,
    title: `High impact action ${i + 1} (${theme}): ${i + 1}${letter}`,
  })),
);

const numbered = (framework: 'wres' | 'wdes', count: number): TFrameworkTag[] =>
  Array.from({ length: count }, (_, i) => ({
    framework,
    code: `${framework.toUpperCase()}-${i + 1}`,
    title: `${FRAMEWORK_NAMES[framework]} ${framework === 'wres' ? 'indicator' : 'metric'} ${i + 1}`,
  }));

/** Every tag an action or KPI may carry: EDI plan 1a–6f, EDS 1A–3C, WRES 1–9, WDES 1–10. */
export const FRAMEWORK_TAGS: readonly TFrameworkTag[] = [
  ...ediPlanTags,
  ...EDS_OUTCOME_TITLES.map((o) => ({
    framework: 'eds' as const,
    code: o.code,
    title: `EDS 2022 outcome ${o.code}: ${o.title}`,
  })),
  ...numbered('wres', 9),
  ...numbered('wdes', 10),
];

/** The tag with this framework and code, or undefined when no such code exists. */
export function findFrameworkTag(framework: TFramework, code: string): TFrameworkTag | undefined {
  return FRAMEWORK_TAGS.find((t) => t.framework === framework && t.code === code);
}
