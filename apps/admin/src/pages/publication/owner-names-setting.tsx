import { useQueryClient } from '@tanstack/react-query';
import { CheckboxSetting } from '../../components/checkbox-setting.tsx';
import { useTRPC, useTRPCClient } from '@belonging/client';

/** Whether the public page names each owner beside their job title; it always shows the title. */
export function OwnerNamesSetting({ showOwnerNames }: { showOwnerNames: boolean }) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const save = async (checked: boolean) => {
    const result = await client.admin.publication.setShowOwnerNames.mutate({
      showOwnerNames: checked,
    });
    await queryClient.invalidateQueries(trpc.admin.publication.options.queryFilter());
    return result.showOwnerNames
      ? 'Saved: owners’ names will be shown beside their job titles on the next page you publish.'
      : 'Saved: only owners’ job titles will be shown on the next page you publish.';
  };
  return (
    <CheckboxSetting
      heading="Owners on the public page"
      label="Show owners’ names beside their job titles"
      hint="The page always shows each action’s owner by job title. A change shows in the preview at once, and on the public page from the next time you publish."
      initial={showOwnerNames}
      saveText="Save the owners setting"
      save={save}
    />
  );
}
