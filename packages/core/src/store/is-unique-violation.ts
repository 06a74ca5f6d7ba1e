/** Whether a store error is a unique-constraint violation (SQLite or PostgreSQL). */
export function isUniqueViolation(error: unknown): boolean {
  const candidate = error as { code?: unknown; message?: unknown; errcode?: unknown } | null;
  if (!candidate || typeof candidate !== 'object') return false;
  if (candidate.code === '23505') return true;
  return typeof candidate.message === 'string' && candidate.message.includes('UNIQUE constraint failed');
}
