import { randomBytes } from 'node:crypto';
import { ZTrustCreateInput } from '@belonging/domain';
import type { Db } from '../client.ts';
import { hashPassword } from '../passwords.ts';
import { recordAudit } from '../queries/audit.ts';

/** A refusal the person running the command can act on: bad input, or a slug or email in use. */
export class TrustSetupError extends Error {}

export type CreatedTrust = {
  organisationId: string;
  slug: string;
  admin: { id: string; email: string; name: string };
  /** Shown once to whoever runs the command; only its hash is stored. */
  temporaryPassword: string;
};

/**
 * Starts a real trust on an instance: the organisation and its first EDI team member, who must
 * change the temporary password at first sign-in. One transaction, one audit event.
 */
export async function createTrust(db: Db, raw: unknown): Promise<CreatedTrust> {
  const parsed = ZTrustCreateInput.safeParse(raw);
  if (!parsed.success) {
    throw new TrustSetupError(
      parsed.error.issues
        .map((i) => `--${kebab(String(i.path[0] ?? 'input'))}: ${i.message}`)
        .join('\n'),
    );
  }
  const input = parsed.data;
  if (await db.organisation.findUnique({ where: { slug: input.slug }, select: { id: true } })) {
    throw new TrustSetupError(
      `--slug: a trust with the slug "${input.slug}" already exists. Choose another slug.`,
    );
  }
  if (await db.user.findUnique({ where: { email: input.adminEmail }, select: { id: true } })) {
    throw new TrustSetupError(
      `--admin-email: someone already has an account with ${input.adminEmail}. Use another email address.`,
    );
  }
  const temporaryPassword = randomBytes(12).toString('base64url');
  const passwordHash = await hashPassword(temporaryPassword);
  return db.$transaction(async (tx) => {
    const organisation = await tx.organisation.create({
      data: { name: input.name, slug: input.slug },
      select: { id: true, name: true, slug: true },
    });
    const admin = await tx.user.create({
      data: {
        email: input.adminEmail,
        name: input.adminName,
        passwordHash,
        mustChangePassword: true,
        memberships: { create: { organisationId: organisation.id, role: 'edi_admin' } },
      },
      select: { id: true, email: true, name: true },
    });
    await recordAudit(tx, {
      organisationId: organisation.id,
      actorId: null,
      entity: 'organisation',
      entityId: organisation.id,
      operation: 'create',
      after: {
        ...organisation,
        admin: { ...admin, roles: ['edi_admin'], mustChangePassword: true },
      },
    });
    return { organisationId: organisation.id, slug: organisation.slug, admin, temporaryPassword };
  });
}

const kebab = (field: string) => field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
