import type { SessionConfig } from './session-config.ts';

/** Who a tool runs for: the session (null for a direct `router.tools.execute`), its user and config. */
export interface SessionIdentity {
  sessionId: string | null;
  userId: string;
  config: SessionConfig;
}
