/**
 * The parts of a Slack user object a model needs to tell people apart (the full object carries
 * a dozen avatar URLs and colour codes).
 *
 * @example
 * simplifyUser({ id: 'U1', name: 'ana', profile: { real_name: 'Ana Lima', email: 'ana@x.com' } });
 */
export function simplifyUser(user: any) {
  return {
    id: user?.id,
    name: user?.name,
    real_name: user?.real_name ?? user?.profile?.real_name,
    display_name: user?.profile?.display_name,
    email: user?.profile?.email,
    title: user?.profile?.title,
    tz: user?.tz,
    is_bot: user?.is_bot,
    is_admin: user?.is_admin,
    deleted: user?.deleted,
  };
}
