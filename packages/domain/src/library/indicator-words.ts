// What each library indicator tells a trust and which way is better, in plain words, for the help
// beside the library picker and on a KPI's page. Keyed by library code; a test checks every
// indicator has its words.

export type TIndicatorWords = { measures: string; better: string };

const LIKELIHOOD_BETTER = 'Closer to 1.00 is better: 1.00 means both groups are equally likely.';

function payGapWords(
  reference: string,
  comparison: string,
  measure: 'mean' | 'median',
): TIndicatorWords {
  const how =
    measure === 'mean'
      ? 'the average hourly pay, so a few very high or low salaries move it'
      : 'the middle hourly pay of each group, so it is not moved by a few very high or low salaries';
  return {
    measures: `How much less ${comparison} are paid per hour than ${reference}, as a percentage of ${reference}’s pay, using ${how}.`,
    better: `Closer to 0 is better. A positive gap means ${comparison} are paid less; a negative gap means they are paid more.`,
  };
}

export const INDICATOR_WORDS: Readonly<Record<string, TIndicatorWords>> = {
  'WRES-1': {
    measures:
      'Whether Black, Asian and minority ethnic (BME) staff reach senior pay bands as often as their share of the whole workforce would suggest.',
    better: 'Higher is better, until the senior bands are as diverse as the workforce as a whole.',
  },
  'WRES-2': {
    measures:
      'How much more likely White applicants are to be appointed once shortlisted than BME applicants: fairness at the last step of recruitment.',
    better: `${LIKELIHOOD_BETTER} Above 1.00, White applicants are more likely to be appointed.`,
  },
  'WRES-3': {
    measures:
      'How much more likely BME staff are to enter the formal disciplinary process than White staff.',
    better: `${LIKELIHOOD_BETTER} Above 1.00, BME staff are more likely to enter the process.`,
  },
  'WRES-4': {
    measures:
      'How much more likely White staff are to get non-mandatory training and continuing professional development than BME staff.',
    better: `${LIKELIHOOD_BETTER} Above 1.00, White staff are more likely to get it.`,
  },
  'WRES-5': {
    measures:
      'The share of BME staff who say patients, relatives or the public harassed, bullied or abused them in the last year.',
    better: 'Lower is better: fewer BME staff harmed by the people they care for.',
  },
  'WRES-6': {
    measures:
      'The share of BME staff who say managers or colleagues harassed, bullied or abused them in the last year.',
    better: 'Lower is better: fewer BME staff harmed by the people they work with.',
  },
  'WRES-7': {
    measures:
      'The share of BME staff who believe the trust gives everyone an equal chance of career progression or promotion.',
    better: 'Higher is better: more BME staff trust that promotion is fair.',
  },
  'WRES-8': {
    measures:
      'The share of BME staff who say a manager, team leader or colleague discriminated against them in the last year.',
    better: 'Lower is better: fewer BME staff discriminated against at work.',
  },
  'WRES-9': {
    measures:
      'How far the BME share of the board’s voting members is from the BME share of the workforce, in percentage points.',
    better:
      'Higher is better: 0 or above means the board is at least as diverse as the workforce it leads.',
  },
  'WDES-1': {
    measures:
      'Whether Disabled staff reach senior pay bands as often as their share of the whole workforce would suggest.',
    better:
      'Higher is better, until the senior bands have as many Disabled staff as the workforce as a whole.',
  },
  'WDES-2': {
    measures:
      'How much more likely non-disabled applicants are to be appointed once shortlisted than Disabled applicants.',
    better: `${LIKELIHOOD_BETTER} Above 1.00, non-disabled applicants are more likely to be appointed.`,
  },
  'WDES-3': {
    measures:
      'How much more likely Disabled staff are to enter the formal capability process on the grounds of performance than non-disabled staff.',
    better: `${LIKELIHOOD_BETTER} Above 1.00, Disabled staff are more likely to enter the process.`,
  },
  'WDES-4': {
    measures:
      'The share of Disabled staff who say patients, relatives or the public harassed, bullied or abused them in the last year.',
    better: 'Lower is better: fewer Disabled staff harmed by the people they care for.',
  },
  'WDES-5': {
    measures:
      'The share of Disabled staff who believe the trust gives everyone an equal chance of career progression or promotion.',
    better: 'Higher is better: more Disabled staff trust that promotion is fair.',
  },
  'WDES-6': {
    measures:
      'The share of Disabled staff who felt pressure from their manager to come to work when they were not well enough (presenteeism).',
    better: 'Lower is better: fewer Disabled staff pushed to work while unwell.',
  },
  'WDES-7': {
    measures: 'The share of Disabled staff who feel the trust values their work.',
    better: 'Higher is better: more Disabled staff feel their work is valued.',
  },
  'WDES-8': {
    measures:
      'The share of Disabled staff who say the trust made the reasonable adjustments they need to do their work.',
    better: 'Higher is better: more Disabled staff have the adjustments they need.',
  },
  'WDES-9': {
    measures:
      'How engaged Disabled staff are with their work and the trust, on the NHS Staff Survey’s 0 to 10 engagement score.',
    better: 'Higher is better, and the gap to non-disabled staff should close.',
  },
  'WDES-10': {
    measures:
      'How far the Disabled share of the board’s voting members is from the Disabled share of the workforce, in percentage points.',
    better:
      'Higher is better: 0 or above means the board is at least as representative as the workforce it leads.',
  },
  'PAYGAP-GENDER-MEAN': payGapWords('men', 'women', 'mean'),
  'PAYGAP-GENDER-MEDIAN': payGapWords('men', 'women', 'median'),
  'PAYGAP-ETHNICITY-MEAN': payGapWords('White staff', 'BME staff', 'mean'),
  'PAYGAP-ETHNICITY-MEDIAN': payGapWords('White staff', 'BME staff', 'median'),
  'PAYGAP-DISABILITY-MEAN': payGapWords('non-disabled staff', 'Disabled staff', 'mean'),
  'PAYGAP-DISABILITY-MEDIAN': payGapWords('non-disabled staff', 'Disabled staff', 'median'),
  'EDI-1a': {
    measures:
      'Whether the chair, chief executive and board members are held to account for equality, diversity and inclusion through SMART objectives in their annual appraisal.',
    better: 'Higher is better: every board member appraised on EDI objectives is 100%.',
  },
  'EDI-2a': {
    measures:
      'How much more likely some groups of shortlisted applicants are to be appointed than others, across all posts.',
    better: `${LIKELIHOOD_BETTER}`,
  },
  'EDI-2b': {
    measures:
      'The share of staff who say they can get career progression, training and development.',
    better: 'Higher is better: more staff can grow their careers.',
  },
  'EDI-2c': {
    measures:
      'How closely the workforce’s ethnicity and disability mix matches the local working-age population.',
    better: 'Higher is better, until the workforce reflects the community it serves.',
  },
  'EDI-2d': {
    measures:
      'How well under-represented groups are represented in senior leadership (band 8c and above).',
    better: 'Higher is better, until senior leadership reflects the whole workforce.',
  },
  'EDI-2e': {
    measures:
      'How diverse shortlists are: the share of shortlisted candidates from under-represented groups.',
    better: 'Higher is better, until shortlists are as diverse as the people who apply.',
  },
  'EDI-2f': {
    measures:
      'How learners rate the quality of their training, and whether that differs between groups of learners.',
    better: 'Higher is better, with no group of learners scoring lower than others.',
  },
  'EDI-3a': {
    measures:
      'The gender, ethnicity and disability pay gaps together: how much less the comparison group is paid per hour.',
    better: 'Closer to 0 is better for each gap; track each one with its own pay gap indicator.',
  },
  'EDI-4a': {
    measures:
      'The share of staff who say the trust takes positive action on their health and wellbeing.',
    better: 'Higher is better: more staff see their wellbeing looked after.',
  },
  'EDI-4b': {
    measures:
      'How learners rate the quality of their training, as a check that the learning environment supports everyone’s wellbeing.',
    better: 'Higher is better, with no group of learners scoring lower than others.',
  },
  'EDI-4c': {
    measures:
      'A measure of health inequalities in the workforce that the trust defines for itself, as NHS England has not yet set one.',
    better:
      'Set by the trust when it defines the measure: record which way is better in the KPI’s definition.',
  },
  'EDI-5a': {
    measures: 'Whether internationally recruited staff feel they belong in the trust.',
    better: 'Higher is better: more internationally recruited staff feel they belong.',
  },
  'EDI-5b': {
    measures:
      'The share of internationally recruited staff who say their line manager or team bullied, harassed or abused them in the last year.',
    better: 'Lower is better: fewer internationally recruited staff harmed by their own team.',
  },
  'EDI-5c': {
    measures: 'How internationally recruited learners rate the quality of their training.',
    better: 'Higher is better, and the same as other learners’ scores.',
  },
  'EDI-6a': {
    measures:
      'The share of all staff who say managers or colleagues bullied, harassed or abused them in the last year.',
    better: 'Lower is better: fewer staff harmed by the people they work with.',
  },
  'EDI-6b': {
    measures:
      'The share of all staff who say a manager, team leader or colleague discriminated against them in the last year.',
    better: 'Lower is better: fewer staff discriminated against at work.',
  },
  'EDI-6c': {
    measures:
      'How learners in NHS professional groups rate their experience of bullying and harassment during training.',
    better: 'Higher is better: a higher score means fewer reports of bullying and harassment.',
  },
  'EDS-TOTAL': {
    measures:
      'How the trust rates itself, with staff, patients and partners, across the eleven outcomes of the Equality Delivery System (EDS 2022).',
    better:
      'Higher is better, out of 33: 8 to 21 is Developing, 22 to 32 Achieving and 33 Excelling.',
  },
};
