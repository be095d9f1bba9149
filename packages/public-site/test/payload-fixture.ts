// A realistic published payload for the demo trust: three ambitions with commitments, actions,
// milestones and KPIs, a workforce year with suppressed cells, and an EDS 2022 rating. Parsed by
// the real schema, so a fixture that drifts from the contract fails here first.
import {
  ZPublicPayload,
  type TPublicFigure,
  type TPublicKpi,
  type TPublicPayload,
} from '@belonging/domain';

const kpi = (over: Partial<TPublicKpi> & Pick<TPublicKpi, 'code' | 'title'>): TPublicKpi => ({
  unit: 'percent',
  directionWords: 'Higher is better',
  rag: { rag: 'amber', words: 'Amber: behind the expected position' },
  latest: { periodEnd: '2025-09-30', value: 31 },
  target: 35,
  targetDate: '2028-03-31',
  series: [
    { periodEnd: '2024-03-31', value: 27 },
    { periodEnd: '2024-09-30', value: 28.5 },
    { periodEnd: '2025-03-31', value: 30 },
    { periodEnd: '2025-09-30', value: 31 },
  ],
  isDemoData: true,
  ...over,
});

/** A workforce figure; one without a value is a suppressed cell. */
const figure = (
  label: string,
  value: number | null,
  unit: TPublicFigure['unit'],
  note: string | null = null,
): TPublicFigure => ({ label, value, unit, suppressed: value === null, note });

export function demoPayload(over: Partial<TPublicPayload> = {}): TPublicPayload {
  return ZPublicPayload.parse({
    schemaVersion: 1,
    organisation: {
      name: 'Demo Partnership NHS Foundation Trust',
      slug: 'demo-partnership',
      isDemo: true,
    },
    strategyTitle: 'Belonging and Inclusion Strategy 2023–2028',
    period: { label: 'Q2 2025/26', startDate: '2025-07-01', endDate: '2025-09-30' },
    publishedAt: '2025-10-20T09:30:00.000Z',
    overall: { rag: 'amber', words: 'Amber: some concerns' },
    ambitions: [
      {
        number: 1,
        title: 'Inclusive culture',
        description: 'Everyone belongs, and our leaders are accountable for it.',
        rag: { rag: 'green', words: 'Green: on track' },
        commitments: [
          {
            code: '1.1',
            title: 'Every board member is accountable for EDI',
            description: 'SMART EDI objectives for each board and executive member.',
            rag: { rag: 'green', words: 'Green: on track' },
            actions: [
              {
                code: '1.1.1',
                title: 'Agree SMART EDI objectives for each board member',
                statusWords: 'Complete',
                rag: { rag: 'blue', words: 'Blue: complete' },
                progressPercent: 100,
                dueDate: '2024-03-31',
                ownerJobTitle: 'Chief People Officer',
                ownerName: null,
                narrative: 'Every board member has an EDI objective, assessed at appraisal.',
                milestones: [
                  { title: 'Objectives drafted', dueDate: '2023-12-31', completedOn: '2023-12-15' },
                  { title: 'Objectives agreed', dueDate: '2024-03-31', completedOn: '2024-03-20' },
                ],
              },
              {
                code: '1.1.2',
                title: 'A board development programme on lived experience',
                statusWords: 'In progress',
                rag: { rag: 'amber', words: 'Amber: at risk' },
                progressPercent: 60,
                dueDate: '2026-03-31',
                ownerJobTitle: 'Director of Corporate Affairs',
                ownerName: 'Helen Brooks',
                narrative: null,
                milestones: [
                  { title: 'Programme designed', dueDate: '2025-06-30', completedOn: null },
                  { title: 'Sessions delivered', dueDate: '2026-03-31', completedOn: null },
                ],
              },
            ],
            kpis: [],
          },
        ],
        kpis: [],
      },
      {
        number: 2,
        title: 'A workforce that represents our communities',
        description: 'Our staff at every level reflect the people we serve.',
        rag: { rag: 'amber', words: 'Amber: some concerns' },
        commitments: [
          {
            code: '2.2',
            title: 'Talent and progression',
            description: 'A talent plan for senior leadership diversity.',
            rag: { rag: 'amber', words: 'Amber: some concerns' },
            actions: [
              {
                code: '2.2.1',
                title: 'A talent plan for senior leadership diversity',
                statusWords: 'In progress',
                rag: { rag: 'red', words: 'Red: off track' },
                progressPercent: 40,
                dueDate: '2025-06-30',
                ownerJobTitle: 'Chief People Officer',
                ownerName: null,
                narrative: 'Delayed while the new leadership framework is agreed.',
                milestones: [],
              },
            ],
            kpis: [
              kpi({ code: 'WRES-1', title: 'Staff at band 8a and above from BME backgrounds' }),
            ],
          },
        ],
        kpis: [
          kpi({
            code: 'WRES-2',
            title: 'Relative likelihood of White applicants being appointed from shortlisting',
            unit: 'ratio',
            directionWords: 'Within a band (0.80 to 1.25)',
            rag: { rag: 'red', words: 'Red: outside the band' },
            latest: { periodEnd: '2025-03-31', value: 1.38 },
            target: 1,
            series: [
              { periodEnd: '2023-03-31', value: 1.45 },
              { periodEnd: '2024-03-31', value: 1.41 },
              { periodEnd: '2025-03-31', value: 1.38 },
            ],
          }),
        ],
      },
      {
        number: 3,
        title: 'No discrimination, bullying or harassment',
        description: 'Nobody is harmed for who they are.',
        rag: { rag: 'red', words: 'Red: off track' },
        commitments: [
          {
            code: '3.2',
            title: 'Respect between colleagues',
            description: 'Reduction targets for bullying and harassment.',
            rag: { rag: 'grey', words: 'Not rated yet' },
            actions: [
              {
                code: '3.2.1',
                title: 'A civility and respect programme',
                statusWords: 'Not started',
                rag: null,
                progressPercent: 0,
                dueDate: '2026-09-30',
                ownerJobTitle: null,
                ownerName: null,
                narrative: null,
                milestones: [
                  { title: 'Programme chosen', dueDate: '2026-01-31', completedOn: null },
                ],
              },
            ],
            kpis: [
              kpi({
                code: 'WRES-6',
                title: 'BME staff harassed by colleagues',
                directionWords: 'Lower is better',
                rag: { rag: 'red', words: 'Red: worse than expected' },
                latest: null,
                target: 18,
                series: [],
              }),
            ],
          },
        ],
        kpis: [],
      },
    ],
    workforce: {
      asOf: '2025-03-31',
      threshold: 10,
      sections: [
        {
          title: 'WRES',
          figures: [
            figure('BME staff at band 8a and above', 29.4, 'percent'),
            figure(
              'Relative likelihood of appointment from shortlisting',
              1.38,
              'ratio',
              '1.00 means equally likely',
            ),
            figure('BME staff at very senior manager grade', null, 'number'),
          ],
        },
        {
          title: 'WDES',
          figures: [
            figure('Staff declaring a disability', 5.2, 'percent'),
            figure('Disabled staff entering capability processes', null, 'ratio'),
          ],
        },
        {
          title: 'Pay gaps',
          figures: [
            figure('Mean gender pay gap', 14.2, 'percent', 'Men are paid more on average'),
            figure('Median ethnicity pay gap', 3.1, 'percent'),
          ],
        },
      ],
    },
    eds: { year: '2024/25', ratingWords: 'Achieving', score: 21 },
    ...over,
  });
}

/** Every figure the page shows, as the page writes it, to look for on the page and in the bundle. */
export const SHOWN_FIGURES = ['29.4%', '1.38', '5.2%', '14.2%', '31%', '35%'] as const;
