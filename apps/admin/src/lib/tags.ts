import { findFrameworkTag } from '@belonging/domain';
import type { TFieldErrors } from '@belonging/client';

export type TagInput = { framework: 'edi_plan' | 'eds' | 'wres' | 'wdes'; code: string };

/** Codes typed as a list ("1a, 2c" or "2B 3A"), normalised to how the framework writes them. */
export function parseTagCodes(
  text: string,
  framework: 'edi_plan' | 'eds',
): { tags: TagInput[]; unknown: string[] } {
  const codes = text
    .split(/[\s,;]+/)
    .map((c) => c.trim())
    .filter(Boolean)
    .map((c) => (framework === 'edi_plan' ? c.toLowerCase() : c.toUpperCase()));
  const unique = [...new Set(codes)];
  return {
    tags: unique
      .filter((code) => findFrameworkTag(framework, code))
      .map((code) => ({ framework, code })),
    unknown: unique.filter((code) => !findFrameworkTag(framework, code)),
  };
}

/** A form's EDI plan and EDS boxes read as tags, with a message on each box that holds unknown codes. */
export function readTagFields(form: { ediPlanTags: string; edsTags: string }): {
  tags: TagInput[];
  errors: TFieldErrors;
} {
  const edi = parseTagCodes(form.ediPlanTags, 'edi_plan');
  const eds = parseTagCodes(form.edsTags, 'eds');
  const errors: TFieldErrors = {};
  if (edi.unknown.length)
    errors.ediPlanTags = `${edi.unknown.join(', ')}: EDI plan codes run from 1a to 6f`;
  if (eds.unknown.length)
    errors.edsTags = `${eds.unknown.join(', ')}: EDS 2022 outcomes run from 1A to 3C`;
  return { tags: [...edi.tags, ...eds.tags], errors };
}

export function tagCodesText(
  tags: readonly { framework: string; code: string }[],
  framework: string,
): string {
  return tags
    .filter((t) => t.framework === framework)
    .map((t) => t.code)
    .join(', ');
}

const FRAMEWORK_KEYS: readonly string[] = ['edi_plan', 'eds', 'wres', 'wdes'];

/** Tags as the API sends them (framework as text), typed for the input schemas. */
export function toTagInputs(tags: readonly { framework: string; code: string }[]): TagInput[] {
  return tags.flatMap((t) =>
    FRAMEWORK_KEYS.includes(t.framework)
      ? [{ framework: t.framework as TagInput['framework'], code: t.code }]
      : [],
  );
}
