import { useQueryClient } from '@tanstack/react-query';
import { CheckboxSetting } from './checkbox-setting.tsx';
import { useTRPC, useTRPCClient } from '@belonging/client';

type TItemKind = 'commitment' | 'action' | 'kpi';

const WHAT_ELSE: Record<TItemKind, string> = {
  commitment: ', with its actions and KPIs',
  action: ', with its milestones',
  kpi: '',
};

/**
 * "Internal: never published" for one commitment, action or KPI: kept off the public progress
 * page from the next publication, still in the board report. Saved on its own (it moves the
 * item's version), so the edit form above reloads with the new version.
 */
export function KeepInternal({
  entity,
  id,
  name,
  isInternal,
}: {
  entity: TItemKind;
  id: string;
  /** "Action 1.2.3", as the status message says it. */
  name: string;
  isInternal: boolean;
}) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const save = async (checked: boolean) => {
    const result = await client.admin.publication.setInternal.mutate({
      entity,
      id,
      isInternal: checked,
    });
    await queryClient.invalidateQueries(trpc.admin[entity].pathFilter());
    return result.isInternal
      ? `Saved: ${name} is internal. It will not appear on the public progress page from the next publication.`
      : `Saved: ${name} can appear on the public progress page from the next publication.`;
  };
  return (
    <CheckboxSetting
      heading="Public progress page"
      label="Internal: never published"
      hint={`Keeps ${name} off the public progress page${WHAT_ELSE[entity]}. The board report and the tracker still show it.`}
      initial={isInternal}
      saveText="Save the public page setting"
      save={save}
    />
  );
}
