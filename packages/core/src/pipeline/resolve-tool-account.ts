import type { Credentials } from '@toolrouter/toolkits';
import { isNoAuthToolkit, type RegisteredTool } from '../catalog/tool.ts';
import { connectionRequiredResult } from '../connect/connection-required-result.ts';
import { readAccountCredentials } from '../connected-account/connected-accounts-api.ts';
import { ToolRouterError } from '../errors/tool-router-error.ts';
import { credentialSecrets } from '../execution/apply-credentials.ts';
import { validateToolArguments } from '../execution/validate-tool-arguments.ts';
import type { AccountResolution } from '../precedence/account-resolution.ts';
import { listUsableAccounts } from '../precedence/list-usable-accounts.ts';
import { resolveConnectedAccount } from '../precedence/resolve-connected-account.ts';
import { accountSelectionResult } from '../session/account-selection-result.ts';
import { agentFacingMessage } from '../session/agent-facing-message.ts';
import type { ExecutionOutcome, ToolCall } from './tool-call.ts';

/** A call that is ready to run: validated input and the account (with its credentials) that runs it. */
export interface ResolvedCall {
  input: Record<string, unknown>;
  resolution: Exclude<AccountResolution, { kind: 'connection_required' }>;
  credentials: Credentials | undefined;
}

/**
 * Step 2: validate the arguments and resolve the account by precedence (DESIGN §4), read its
 * credentials and take its concurrency slot (`releaseSlot` frees it). A call that needs an explicit
 * account choice or a connection, or whose input or account is not usable, ends here with an outcome.
 */
export async function resolveToolAccount(
  call: ToolCall,
  registered: RegisteredTool,
  releaseSlot: { release?: () => void },
): Promise<ResolvedCall | ExecutionOutcome> {
  const { runtime, session, options } = call;
  const { definition, toolkit } = registered;
  const multiAccount = session.config.multiAccount;
  if (
    options.account === undefined &&
    multiAccount?.enable === true &&
    multiAccount.requireExplicitSelection === true &&
    !isNoAuthToolkit(toolkit)
  ) {
    const accounts = await listUsableAccounts(runtime, { ...session, toolkit: toolkit.slug });
    if (accounts.length > 1) return accountSelectionResult(toolkit, accounts);
  }

  let input: Record<string, unknown>;
  let resolution: AccountResolution;
  let credentials: Credentials | undefined;
  try {
    input = validateToolArguments(definition, call.args);
    resolution = await resolveConnectedAccount(runtime, {
      userId: session.userId,
      toolkit: toolkit.slug,
      config: session.config,
      ...(options.account !== undefined ? { account: options.account } : {}),
      allowCreate: true,
    });
    if (resolution.kind === 'account') {
      call.connectedAccountId = resolution.account.id;
      credentials = readAccountCredentials(runtime, resolution.account, resolution.scheme.mode);
      call.logSecrets.push(...credentialSecrets(credentials));
      if (runtime.accountSlots)
        releaseSlot.release = await runtime.accountSlots.acquire(resolution.account.id);
    }
  } catch (error) {
    if (!ToolRouterError.isInstance(error)) throw error;
    return { successful: false, data: null, error: agentFacingMessage(runtime, error) };
  }
  if (resolution.kind === 'connection_required') {
    return connectionRequiredResult(
      runtime,
      session,
      toolkit,
      resolution.authConfig?.id ?? null,
      resolution.reason,
    );
  }
  return { input, resolution, credentials };
}
