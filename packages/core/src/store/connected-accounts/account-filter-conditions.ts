import type { SqlValue } from '../store.ts';

/** The columns an account query may be narrowed by; a field left out does not narrow it. */
export interface AccountOwnerFilter {
  userId?: string | undefined;
  toolkit?: string | undefined;
  authConfigId?: string | undefined;
}

/** `column = ?` conditions (and their parameters) for the fields of `filter` that are set. */
export function accountFilterConditions(filter: AccountOwnerFilter): {
  conditions: string[];
  params: SqlValue[];
} {
  const conditions: string[] = [];
  const params: SqlValue[] = [];
  for (const [column, value] of [
    ['user_id', filter.userId],
    ['toolkit', filter.toolkit],
    ['auth_config_id', filter.authConfigId],
  ] as const) {
    if (value === undefined) continue;
    conditions.push(`${column} = ?`);
    params.push(value);
  }
  return { conditions, params };
}
