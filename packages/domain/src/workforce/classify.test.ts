import { describe, expect, it } from 'vitest';
import {
  WORKFORCE_COLUMNS,
  WORKFORCE_COLUMN_RULES,
  bandOrder,
  classifyBand,
  classifyBoardRole,
  classifyDisability,
  classifyEthnicity,
  classifySex,
  classifyStaffGroup,
  isSeniorBand,
  readAmount,
  readYesNo,
} from './classify.ts';

describe('classifyEthnicity', () => {
  it.each([
    ['a White code', 'A', 'white'],
    ['a lower-case code', 'b', 'white'],
    ['a sub-code', 'C3', 'white'],
    ['an ESR label', 'A White - British', 'white'],
    ['a code joined to its label by a hyphen', 'C-White other', 'white'],
    ['the first BME code', 'D', 'bme'],
    ['an ESR BME label', 'N Black or Black British - African', 'bme'],
    ['a BME sub-code', 'S1', 'bme'],
    ['the last BME code', 'S Any other ethnic group', 'bme'],
    ['Z', 'Z', 'unknown'],
    ['Z with its label', 'Z Not Stated', 'unknown'],
    ['blank', '', 'unknown'],
    ['spaces only', '   ', 'unknown'],
    ['"Not stated" in capitals', 'NOT STATED', 'unknown'],
    ['"Not known"', 'Not known', 'unknown'],
    ['"Unknown"', 'unknown', 'unknown'],
    ['"Undefined"', 'Undefined', 'unknown'],
    ['"Unspecified"', 'Unspecified', 'unknown'],
    ['"Prefer not to say" with extra spaces', ' Prefer  not to say ', 'unknown'],
    ['Q, not an NHS category', 'Q', null],
    ['I, skipped by the NHS codes', 'I', null],
    ['a word that is not a code', 'Martian', null],
    ['a code with a long suffix', 'A12', null],
  ])('%s: %j → %s', (_name, raw, group) => {
    expect(classifyEthnicity(raw)).toBe(group);
  });
});

describe('classifyDisability', () => {
  it.each([
    ['Yes', 'yes'],
    ['Y', 'yes'],
    ['no', 'no'],
    [' N ', 'no'],
    ['Not Declared', 'unknown'],
    ['prefer not to answer', 'unknown'],
    ['UNSPECIFIED', 'unknown'],
    ['', 'unknown'],
    ['maybe', null],
  ])('%j → %s', (raw, group) => {
    expect(classifyDisability(raw)).toBe(group);
  });
});

describe('classifySex', () => {
  it.each([
    ['Female', 'female'],
    ['f', 'female'],
    ['MALE', 'male'],
    ['M', 'male'],
    ['', 'unknown'],
    ['x', null],
  ])('%j → %s', (raw, sex) => {
    expect(classifySex(raw)).toBe(sex);
  });
});

describe('classifyStaffGroup', () => {
  it.each([
    ['clinical', 'clinical'],
    ['Non Clinical', 'non_clinical'],
    ['non-clinical', 'non_clinical'],
    ['MEDICAL', 'medical'],
    ['nursing', null],
    ['', null],
  ])('%j → %s', (raw, group) => {
    expect(classifyStaffGroup(raw)).toBe(group);
  });
});

describe('classifyBoardRole', () => {
  it.each([
    ['', 'none'],
    ['None', 'none'],
    ['Voting Executive', 'voting_executive'],
    ['voting-non-executive', 'voting_non_executive'],
    ['non_voting', 'non_voting'],
    ['chair', null],
  ])('%j → %s', (raw, role) => {
    expect(classifyBoardRole(raw)).toBe(role);
  });
});

describe('classifyBand', () => {
  it.each([
    ['Band 5', 'clinical', 'Band 5'],
    ['band 05', 'clinical', 'Band 5'],
    ['Band1', 'non_clinical', 'Band 1'],
    ['Band 9', 'non_clinical', 'Band 9'],
    ['Band 8a', 'clinical', 'Band 8a'],
    ['BAND 8C', 'non_clinical', 'Band 8c'],
    ['Band 8 - Range A', 'clinical', 'Band 8a'],
    ['Band 8 Range D', 'non_clinical', 'Band 8d'],
    ['VSM', 'non_clinical', 'VSM'],
    ['Very Senior Manager', 'non_clinical', 'VSM'],
    ['under band 1', 'non_clinical', 'Under Band 1'],
    ['consultant', 'medical', 'Consultant'],
    ['Non-consultant career grade', 'medical', 'Non-consultant career grade'],
    ['TRAINEE', 'medical', 'Trainee'],
    ['Other', 'medical', 'Other'],
  ] as const)('%j (%s) → %s', (raw, staffGroup, band) => {
    expect(classifyBand(raw, staffGroup)).toBe(band);
  });

  it.each([
    ['Band 10, above the scale', 'Band 10', 'clinical'],
    ['Band 0', 'Band 0', 'clinical'],
    ['Band 8 without a range', 'Band 8', 'clinical'],
    ['Band 8e, no such range', 'Band 8e', 'non_clinical'],
    ['a medical grade for a clinical post', 'Consultant', 'clinical'],
    ['an AfC band for medical staff', 'Band 5', 'medical'],
    ['blank', '', 'non_clinical'],
  ] as const)('refuses %s', (_name, raw, staffGroup) => {
    expect(classifyBand(raw, staffGroup)).toBeNull();
  });
});

describe('band order and seniority', () => {
  it.each([
    ['Under Band 1 first', 'Under Band 1', 0],
    ['Band 8a after Band 7', 'Band 8a', 8],
    ['VSM last of Agenda for Change', 'VSM', 13],
    ['the medical grades after, Trainee first', 'Trainee', 14],
    ['Other last of the medical grades', 'Other', 17],
    ['anything else at the very end', 'Band 10', 18],
  ])('%s', (_name, band, order) => {
    expect(bandOrder(band)).toBe(order);
  });

  it.each([
    ['Band 8b', false],
    ['Band 8c', true],
    ['Band 8d', true],
    ['Band 9', true],
    ['VSM', true],
    ['Consultant', false],
  ])('%s senior (8c and above): %s', (band, senior) => {
    expect(isSeniorBand(band)).toBe(senior);
  });
});

describe('readYesNo', () => {
  it.each([
    ['yes', true],
    [' YES ', true],
    ['Y', true],
    ['no', false],
    ['n', false],
    ['', false],
    ['maybe', null],
  ])('%j → %s', (raw, value) => {
    expect(readYesNo(raw)).toBe(value);
  });
});

describe('readAmount', () => {
  it.each([
    ['a plain number', '12.5', 12.5],
    ['zero', '0', 0],
    ['a pound sign and thousands comma', '£1,250.00', 1250],
    ['a pound sign and a space', '£ 12', 12],
    ['commas in millions', '1,234,567', 1234567],
    ['blank is no value', '', undefined],
    ['spaces are no value', '  ', undefined],
    ['a negative amount is refused', '-5', null],
    ['a comma in the wrong place is refused', '1,25', null],
    ['a word is refused', 'twelve', null],
    ['a trailing currency word is refused', '12 GBP', null],
  ])('%s', (_name, raw, amount) => {
    expect(readAmount(raw)).toBe(amount);
  });
});

describe('column rules', () => {
  it('every column of both extracts has a rule in words', () => {
    const columns = [...WORKFORCE_COLUMNS.staff, ...WORKFORCE_COLUMNS.recruitment];
    for (const column of columns) expect(WORKFORCE_COLUMN_RULES[column]).toMatch(/^must be/);
  });
});
