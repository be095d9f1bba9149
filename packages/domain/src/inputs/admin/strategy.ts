import { z } from 'zod';
import { ZId, clearableText, optionalText, requiredText } from '../common.ts';
import { reorderIds } from './common.ts';

const ambitionNumber = z
  .number({ error: 'The ambition number must be a number' })
  .int('The ambition number must be a whole number')
  .min(1, 'The ambition number must be 1 or more')
  .max(99, 'The ambition number must be 99 or less');

export const ZAdminAmbitionCreateInput = z.object({
  number: ambitionNumber,
  title: requiredText('The ambition title', 300),
  description: optionalText('The description', 5000),
});
export type TAdminAmbitionCreateInput = z.infer<typeof ZAdminAmbitionCreateInput>;

export const ZAdminAmbitionUpdateInput = z.object({
  id: ZId,
  number: ambitionNumber.optional(),
  title: requiredText('The ambition title', 300).optional(),
  description: clearableText('The description', 5000),
});
export type TAdminAmbitionUpdateInput = z.infer<typeof ZAdminAmbitionUpdateInput>;

export const ZAdminAmbitionReorderInput = z.object({ ids: reorderIds('Ambitions') });
export type TAdminAmbitionReorderInput = z.infer<typeof ZAdminAmbitionReorderInput>;

const commitmentCode = requiredText('The commitment code', 20);

export const ZAdminCommitmentCreateInput = z.object({
  ambitionId: ZId,
  code: commitmentCode,
  title: requiredText('The commitment title', 300),
  description: optionalText('The description', 5000),
});
export type TAdminCommitmentCreateInput = z.infer<typeof ZAdminCommitmentCreateInput>;

export const ZAdminCommitmentUpdateInput = z.object({
  id: ZId,
  ambitionId: ZId.optional(),
  code: commitmentCode.optional(),
  title: requiredText('The commitment title', 300).optional(),
  description: clearableText('The description', 5000),
});
export type TAdminCommitmentUpdateInput = z.infer<typeof ZAdminCommitmentUpdateInput>;

export const ZAdminCommitmentReorderInput = z.object({
  ambitionId: ZId,
  ids: reorderIds('Commitments'),
});
export type TAdminCommitmentReorderInput = z.infer<typeof ZAdminCommitmentReorderInput>;
