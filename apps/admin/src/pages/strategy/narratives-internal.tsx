import { PendingButton, StatusMessage, formatDateTime } from '@belonging/ui';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useSettingSave } from '../../components/checkbox-setting.tsx';
import { CheckboxesField } from '../../components/fields.tsx';
import { plural } from '../../lib/plural.ts';
import { useTRPC, useTRPCClient } from '@belonging/client';

type TNarrative = {
  id: string;
  createdAt: Date | string;
  narrative: string;
  isInternal: boolean;
  author: { name: string };
  period: { label: string } | null;
};

const EXCERPT = 140;
const excerpt = (text: string) =>
  text.length > EXCERPT ? `${text.slice(0, EXCERPT).trimEnd()}…` : text;

/**
 * The action's progress narratives, each kept inside the trust or not: the owner chooses when they
 * write it, and the EDI team can change it here. Each change is saved (and audited) on its own.
 */
export function NarrativesInternal({
  actionId,
  updates,
}: {
  actionId: string;
  updates: readonly TNarrative[];
}) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const [chosen, setChosen] = useState(() => updates.filter((u) => u.isInternal).map((u) => u.id));
  const setting = useSettingSave(async (internalIds: readonly string[]) => {
    const changed = updates.filter((u) => u.isInternal !== internalIds.includes(u.id));
    for (const u of changed)
      await client.admin.publication.setInternal.mutate({
        entity: 'narrative',
        id: u.id,
        isInternal: internalIds.includes(u.id),
      });
    await queryClient.invalidateQueries(trpc.action.byId.queryFilter({ id: actionId }));
    return changed.length === 0
      ? 'Nothing changed.'
      : `Saved: ${plural(changed.length, 'narrative')} changed. The public progress page shows the change from the next publication.`;
  });
  if (updates.length === 0) return null;
  return (
    <section aria-labelledby="narratives-heading">
      <h2 id="narratives-heading">Progress narratives on the public page</h2>
      {setting.summary}
      <form onSubmit={setting.submit(chosen)} noValidate>
        <CheckboxesField
          name="internalNarratives"
          label="Narratives kept inside the trust"
          hint="A ticked narrative never appears on the public progress page; the board still reads it. Newest first."
          values={chosen}
          onChange={setChosen}
          options={updates.map((u) => ({
            value: u.id,
            label: `${u.period ? `${u.period.label}, ` : ''}${formatDateTime(u.createdAt)}, by ${u.author.name}: “${excerpt(u.narrative)}”`,
          }))}
          small
        />
        <PendingButton pending={setting.pending} type="submit">
          Save the narratives setting
        </PendingButton>
      </form>
      <StatusMessage message={setting.said} />
    </section>
  );
}
