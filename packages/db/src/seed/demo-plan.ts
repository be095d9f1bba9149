import type { OwnerKey } from './demo-people.ts';
import type { TagKey } from './framework-tags.ts';
import type { Scenario } from './demo-scenarios.ts';

export type DemoAction = {
  title: string;
  owner: OwnerKey;
  lead: string;
  scenario: Scenario;
  /** 1–4 milestone titles, in order. */
  milestones: string[];
  tags?: TagKey[];
  baf?: string;
  kpis?: string[];
};
export type DemoCommitment = { title: string; description: string; actions: DemoAction[] };
export type DemoAmbition = {
  number: number;
  title: string;
  description: string;
  commitments: DemoCommitment[];
};

export const DEMO_STRATEGY = {
  title: 'Belonging and Inclusion Strategy 2023–2028',
  startYear: '2023/24',
  endYear: '2027/28',
};

// The scenarios are spread so that every colour and flag of the RAG rules shows somewhere, and the
// Chief People Officer, who owns most of the EDI plan, holds several of the red and amber actions.
// prettier-ignore
export const DEMO_PLAN: DemoAmbition[] = [
  {
    number: 1,
    title: 'Inclusive culture',
    description: 'A just and inclusive culture in compassionate teams where everyone feels valued, respected and able to thrive.',
    commitments: [
      {
        title: 'Every board member is accountable for EDI',
        description: 'High impact action 1 of the NHS EDI Improvement Plan, tracked through the Board Assurance Framework.',
        actions: [
          { title: 'Agree SMART EDI objectives for every board and executive member and assess them at appraisal', owner: 'corporate', lead: 'Company Secretary', scenario: 'done_late', baf: 'BAF 7.1', tags: ['edi_plan:1a', 'eds:3A'], kpis: ['EDI-1a'], milestones: ['Objectives drafted with each board member', 'Objectives agreed at Remuneration Committee', 'First appraisal round against the objectives'] },
          { title: 'Add an EDI strategic risk to the Board Assurance Framework', owner: 'corporate', lead: 'Head of Risk', scenario: 'done', baf: 'BAF 7.2', tags: ['edi_plan:1c', 'eds:3B'], milestones: ['Risk drafted with the Audit Committee', 'Risk and controls added to the BAF'] },
          { title: 'Board development programme on lived experience', owner: 'people', lead: 'Associate Director of Organisational Development', scenario: 'at_risk', baf: 'BAF 7.1', tags: ['edi_plan:1b', 'eds:3C'], kpis: ['NSS-BELONG'], milestones: ['Programme designed with the staff networks', 'First board session led by service users', 'Board reflections published'] },
        ],
      },
      {
        title: 'Staff networks shape decisions',
        description: 'The BAME, disability and LGBTQ+ networks have time, voice and a seat where decisions are made.',
        actions: [
          { title: 'Protected time for staff network chairs', owner: 'people', lead: 'Head of Equality, Diversity and Inclusion', scenario: 'done', tags: ['eds:3A'], milestones: ['Policy agreed with staff side', 'Backfill funding in every directorate budget'] },
          { title: 'Network chairs join People Committee', owner: 'corporate', lead: 'Company Secretary', scenario: 'green', tags: ['eds:3C', 'edi_plan:1d'], milestones: ['Terms of reference updated', 'Network chairs attend four committees'] },
          { title: 'Reverse mentoring pairing network members with executives', owner: 'medical', lead: 'Deputy Medical Director', scenario: 'missing_update', tags: ['edi_plan:1b'], milestones: ['Mentors recruited from the networks', 'Every executive paired', 'Evaluation with mentors and mentees'] },
        ],
      },
      {
        title: 'A just and learning culture',
        description: 'People processes that treat everyone fairly, checked by the numbers.',
        actions: [
          { title: 'Review the disciplinary process against a just-culture checklist', owner: 'people', lead: 'Head of Employee Relations', scenario: 'overdue', tags: ['edi_plan:6b', 'wres:WRES-3', 'wdes:WDES-3'], kpis: ['WRES-3', 'WDES-3'], milestones: ['Checklist review of 50 recent cases', 'Revised policy to staff side', 'Policy approved by People Committee'] },
          { title: 'Train every investigating officer', owner: 'people', lead: 'Head of Employee Relations', scenario: 'green', tags: ['edi_plan:6b'], kpis: ['WRES-3'], milestones: ['Course commissioned', 'Half of investigating officers trained', 'Every investigating officer trained'] },
          { title: 'Publish disciplinary cases by ethnicity each quarter', owner: 'corporate', lead: 'Head of Workforce Information', scenario: 'green', tags: ['wres:WRES-3', 'edi_plan:6f'], kpis: ['WRES-3'], milestones: ['Dashboard built', 'First quarterly report to the board'] },
        ],
      },
      {
        title: 'Services shaped with the people who use them',
        description: 'Service users, carers and local communities help judge and improve our services.',
        actions: [
          { title: 'Yearly EDS 2022 assessment with service users, carers and Healthwatch', owner: 'nurse', lead: 'Head of Patient Experience', scenario: 'done', tags: ['eds:1A', 'eds:1B', 'eds:1C', 'eds:1D'], milestones: ['Stakeholder panel recruited', 'Evidence gathered for domain 1', 'Grades agreed and published'] },
          { title: 'Audit accessible information in clinical letters', owner: 'nurse', lead: 'Deputy Chief Nurse', scenario: 'start_slipped', tags: ['eds:1A', 'eds:1D'], milestones: ['Audit tool agreed', 'Audit of 200 letters', 'Findings to Quality Committee'] },
          { title: 'Interpreter access within 48 hours', owner: 'nurse', lead: 'Head of Patient Experience', scenario: 'green', tags: ['eds:1A'], milestones: ['New interpreting contract', 'Booking within 48 hours in every team'] },
        ],
      },
    ],
  },
  {
    number: 2,
    title: 'A workforce that represents our communities',
    description: 'A workforce representative of service users and local communities, with candidates recruited from different backgrounds.',
    commitments: [
      {
        title: 'Fair recruitment',
        description: 'Everyone has a fair chance of being appointed, whatever their background.',
        actions: [
          { title: 'Diverse interview panels for posts at band 8a and above', owner: 'people', lead: 'Head of Resourcing', scenario: 'green', tags: ['edi_plan:2b', 'edi_plan:2e', 'wres:WRES-2'], kpis: ['HR-PANEL', 'WRES-2'], milestones: ['Panel member pool of 60 trained', 'Panel diversity checked at booking', 'Quarterly panel audit'] },
          { title: 'Inclusive recruitment training for hiring managers', owner: 'people', lead: 'Head of Resourcing', scenario: 'slipped', tags: ['edi_plan:2b', 'wres:WRES-2', 'wdes:WDES-2'], kpis: ['WRES-2', 'WDES-2'], milestones: ['E-learning module live', 'Workshops for senior managers', '80% of hiring managers trained'] },
          { title: 'Anonymised shortlisting pilot', owner: 'people', lead: 'Recruitment Manager', scenario: 'done', tags: ['edi_plan:2e', 'wres:WRES-2'], kpis: ['HR-SHORT', 'WRES-2'], milestones: ['Recruitment system configured', 'Six-month pilot in two directorates', 'Evaluation and decision to extend'] },
        ],
      },
      {
        title: 'Talent and progression',
        description: 'Senior leadership that reflects the workforce, and progression that staff believe is fair.',
        actions: [
          { title: 'Talent plan for senior leadership diversity', owner: 'people', lead: 'Head of Talent', scenario: 'optimistic', tags: ['edi_plan:2a', 'edi_plan:2d', 'wres:WRES-1'], kpis: ['EDI-2d', 'WRES-1'], milestones: ['Talent review of bands 8a–9', 'Succession plans for executive posts', 'Talent plan approved by the board'] },
          { title: 'Positive-action development programme for bands 5–7', owner: 'nurse', lead: 'Head of Nursing Education', scenario: 'green_long', tags: ['edi_plan:2c', 'wres:WRES-1', 'wres:WRES-7'], kpis: ['WRES-1', 'WRES-7'], milestones: ['Programme designed with the BAME network', 'Cohort 1 completes', 'Cohort 2 completes', 'Progression of participants reviewed'] },
          { title: 'Career conversations for every Black, Asian, minority ethnic and disabled member of staff who wants one', owner: 'people', lead: 'Head of Talent', scenario: 'milestone_overdue', tags: ['edi_plan:2f', 'wres:WRES-7', 'wdes:WDES-5'], kpis: ['WRES-7'], milestones: ['Career coaches trained', 'Conversations offered in every directorate', 'Follow-up survey of participants'] },
        ],
      },
      {
        title: 'Close our pay gaps',
        description: 'Gender, ethnicity and disability pay gaps understood and closing.',
        actions: [
          { title: 'Gender pay gap action plan', owner: 'people', lead: 'Head of Reward', scenario: 'done', tags: ['edi_plan:3a', 'edi_plan:3b'], kpis: ['GPG-MEAN'], milestones: ['Analysis of the six statutory measures', 'Action plan published'] },
          { title: 'Ethnicity pay gap analysis and plan', owner: 'people', lead: 'Head of Reward', scenario: 'done_late', tags: ['edi_plan:3a', 'edi_plan:3b'], kpis: ['EPG-MEDIAN'], milestones: ['Pay data cleansed', 'Gap analysis by band and staff group', 'Plan approved by People Committee'] },
          { title: 'Disability pay gap analysis', owner: 'people', lead: 'Head of Workforce Information', scenario: 'owner_worse', tags: ['edi_plan:3e'], kpis: ['WDES-1'], milestones: ['Declaration campaign', 'Analysis published'] },
          { title: 'Flexible working offered in every advert', owner: 'corporate', lead: 'Head of Resourcing', scenario: 'green', tags: ['edi_plan:3c'], milestones: ['Advert template changed', 'Monthly compliance check'] },
        ],
      },
      {
        title: 'Welcome internationally recruited colleagues',
        description: 'Colleagues who join from overseas are supported before they arrive and after.',
        actions: [
          { title: 'Pre-arrival information on employment, visas and family', owner: 'nurse', lead: 'International Recruitment Lead', scenario: 'done', tags: ['edi_plan:5a'], milestones: ['Welcome pack written with recent recruits', 'Pack sent before every arrival'] },
          { title: 'Onboarding programme reviewed by the board', owner: 'nurse', lead: 'International Recruitment Lead', scenario: 'green', tags: ['edi_plan:5b'], milestones: ['Programme refreshed', 'Board review of onboarding feedback'] },
          { title: 'Equal access to development for internationally recruited staff', owner: 'nurse', lead: 'Head of Nursing Education', scenario: 'not_started', tags: ['edi_plan:5d', 'wres:WRES-4'], kpis: ['WRES-4'], milestones: ['Baseline of training access', 'Development offer agreed'] },
        ],
      },
      {
        title: 'Recruit from our communities',
        description: 'Routes into work for local people who are under-represented in our workforce.',
        actions: [
          { title: 'Apprenticeships with local colleges', owner: 'people', lead: 'Apprenticeship Lead', scenario: 'green_long', tags: ['edi_plan:2c'], kpis: ['WRES-1'], milestones: ['Partnership agreements with three colleges', 'First 20 apprentices start', 'Second intake of 30 apprentices'] },
          { title: 'Supported internships for young people with learning disabilities', owner: 'nurse', lead: 'Learning Disability Nurse Consultant', scenario: 'green', tags: ['wdes:WDES-1', 'edi_plan:2c'], kpis: ['WDES-1'], milestones: ['Partnership with a supported employment charity', 'First eight interns placed'] },
          { title: 'Recruitment open days in community venues', owner: 'corporate', lead: 'Head of Communications', scenario: 'cancelled', tags: ['edi_plan:2c'], milestones: ['Venues booked'] },
        ],
      },
    ],
  },
  {
    number: 3,
    title: 'No discrimination, bullying or harassment',
    description: 'Eliminate discrimination, bullying and harassment at work through education, training and targeted actions.',
    commitments: [
      {
        title: 'Safety from abuse by patients and the public',
        description: 'Staff are protected, supported and listened to when they are abused at work.',
        actions: [
          { title: 'A report-and-support pathway after every incident', owner: 'nurse', lead: 'Head of Health and Safety', scenario: 'green', tags: ['edi_plan:6e', 'eds:2B', 'eds:2C', 'wres:WRES-5'], kpis: ['WRES-5', 'WDES-4a'], milestones: ['Pathway agreed with staff side', 'Manager follow-up within 72 hours audited'] },
          { title: 'Violence reduction plan with the security team', owner: 'nurse', lead: 'Local Security Management Specialist', scenario: 'overdue', tags: ['edi_plan:6e', 'eds:2B'], kpis: ['WRES-5', 'WDES-4a'], milestones: ['Incident analysis by ward', 'Plan agreed with the police', 'Body-worn cameras on four wards'] },
          { title: 'Clear sanctions communicated to the public', owner: 'corporate', lead: 'Head of Communications', scenario: 'slipped', tags: ['edi_plan:6e'], kpis: ['WRES-5'], milestones: ['Zero-tolerance posters in every site', 'Warning letter process live'] },
        ],
      },
      {
        title: 'Respect between colleagues',
        description: 'Fewer staff bullied, harassed or discriminated against by colleagues and managers.',
        actions: [
          { title: 'Reduction targets for bullying and harassment by protected characteristic', owner: 'people', lead: 'Head of Equality, Diversity and Inclusion', scenario: 'done', tags: ['edi_plan:6a', 'wres:WRES-6', 'wdes:WDES-4'], kpis: ['EDI-6a', 'WRES-6'], milestones: ['Staff survey baseline by characteristic', 'Targets agreed by the board'] },
          { title: 'A civility and respect programme', owner: 'people', lead: 'Associate Director of Organisational Development', scenario: 'at_risk', tags: ['edi_plan:6a', 'wres:WRES-6', 'wres:WRES-8'], kpis: ['WRES-6', 'WRES-8', 'EDI-6a'], milestones: ['Programme launched', 'Team sessions in every directorate', 'Pulse survey on civility', 'Programme evaluation'] },
          { title: 'Freedom to Speak Up champions drawn from every network', owner: 'corporate', lead: 'Freedom to Speak Up Guardian', scenario: 'green', tags: ['edi_plan:6c', 'eds:2C'], milestones: ['Champions recruited', 'Speaking-up data by characteristic'] },
        ],
      },
      {
        title: 'Anti-racism and anti-discrimination education',
        description: 'Every manager able to recognise and challenge discrimination.',
        actions: [
          { title: 'Anti-racism training for every manager', owner: 'medical', lead: 'Head of Leadership Development', scenario: 'green', tags: ['edi_plan:6a', 'wres:WRES-8'], kpis: ['WRES-8'], milestones: ['Course co-designed with the BAME network', 'Half of managers trained', 'Every manager trained'] },
          { title: 'Active bystander training', owner: 'medical', lead: 'Head of Leadership Development', scenario: 'at_risk', tags: ['edi_plan:6a', 'wres:WRES-6'], kpis: ['WRES-6'], milestones: ['Trainers accredited', 'Sessions in every inpatient unit'] },
          { title: 'A module on antisemitism and Islamophobia', owner: 'medical', lead: 'Head of Spiritual and Pastoral Care', scenario: 'start_slipped', tags: ['edi_plan:6a'], milestones: ['Module written with faith leaders', 'Module live on the learning platform'] },
        ],
      },
      {
        title: 'Reasonable adjustments without a fight',
        description: 'Disabled staff get the adjustments they need, quickly, without having to ask twice.',
        actions: [
          { title: 'A reasonable adjustments passport', owner: 'people', lead: 'Disability Network Lead', scenario: 'green', tags: ['wdes:WDES-8', 'edi_plan:4d'], kpis: ['WDES-8', 'HR-ADJ'], milestones: ['Passport designed with the disability network', 'Passport live on the intranet', 'Passport use audited'] },
          { title: 'A central adjustments budget', owner: 'corporate', lead: 'Deputy Director of Finance', scenario: 'done', tags: ['wdes:WDES-8', 'edi_plan:4d'], kpis: ['HR-ADJ'], milestones: ['Budget approved', 'Request process live'] },
          { title: 'Adjustment decisions within 28 days', owner: 'medical', lead: 'Head of Occupational Health', scenario: 'milestone_overdue', tags: ['wdes:WDES-8', 'edi_plan:4c'], kpis: ['HR-ADJ', 'WDES-8'], milestones: ['Triage process redesigned', 'Decision time reported monthly', 'Median under 28 days'] },
        ],
      },
    ],
  },
];
