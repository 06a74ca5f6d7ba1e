import type { ToolkitDefinition } from '@toolrouter/toolkits';
import { describeUsableAccount, type UsableAccount } from '../precedence/list-usable-accounts.ts';

/** The tool result data when the agent must say which of the user's accounts runs a call. */
export interface AccountSelectionRequiredData {
  account_selection_required: true;
  toolkit: string;
  toolkit_name: string;
  /** The accounts the call may name in `account` (id or alias), newest first. */
  accounts: UsableAccount[];
}

/**
 * What a call without `account` answers in a session with `multiAccount.requireExplicitSelection`
 * when the user has several usable accounts of the toolkit: nothing ran; pick one and call again.
 */
export function accountSelectionResult(
  toolkit: ToolkitDefinition,
  accounts: UsableAccount[],
): { successful: false; data: AccountSelectionRequiredData; error: string } {
  return {
    successful: false,
    data: {
      account_selection_required: true,
      toolkit: toolkit.slug,
      toolkit_name: toolkit.name,
      accounts,
    },
    error: `This user has ${accounts.length} ${toolkit.name} accounts and this session requires choosing one: nothing ran. Ask the user which one if it is not clear, then call again with account set to the id or alias of one of: ${accounts.map(describeUsableAccount).join('; ')}.`,
  };
}
