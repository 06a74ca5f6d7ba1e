import type { SqlValue, Store } from '../store/store.ts';

/** One step of a query plan, the same shape for SQLite and PostgreSQL. */
export interface PlanStep {
  /** `scan` reads a whole table; `index` probes or ranges an index; `sort` sorts rows. */
  kind: 'scan' | 'index' | 'sort' | 'other';
  /** The table (on SQLite: as the query names it, alias included). */
  table?: string;
  /** The index used. */
  index?: string;
  /** What the store said, for failure messages. */
  detail: string;
}

interface PostgresPlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PostgresPlanNode[];
}

/**
 * The plan the store picks for `sql`: EXPLAIN QUERY PLAN on SQLite, EXPLAIN (FORMAT JSON) on
 * PostgreSQL, flattened into steps a test can assert on either store.
 */
export async function explainQuery(
  store: Store,
  sql: string,
  params: readonly SqlValue[],
): Promise<PlanStep[]> {
  if (store.dialect === 'sqlite') {
    const rows = await store.query<{ detail: string }>(`EXPLAIN QUERY PLAN ${sql}`, params);
    return rows.map(({ detail }): PlanStep => {
      const [, verb, table] = /^(SCAN|SEARCH) (\S+)/.exec(detail) ?? [];
      const index = /USING (?:COVERING )?INDEX (\S+)/.exec(detail)?.[1];
      const where = { ...(table ? { table } : {}), ...(index ? { index } : {}) };
      if (verb === 'SCAN') return { kind: 'scan', ...where, detail };
      if (verb === 'SEARCH') return { kind: 'index', ...where, detail };
      if (/TEMP B-TREE/.test(detail)) return { kind: 'sort', detail };
      return { kind: 'other', detail };
    });
  }
  const [row] = await store.query<{ 'QUERY PLAN': unknown }>(`EXPLAIN (FORMAT JSON) ${sql}`, params);
  const document = row!['QUERY PLAN'];
  const parsed = (typeof document === 'string' ? JSON.parse(document) : document) as {
    Plan: PostgresPlanNode;
  }[];
  const steps: PlanStep[] = [];
  const visit = (node: PostgresPlanNode) => {
    const type = node['Node Type'];
    const detail = `${type}${node['Relation Name'] ? ` on ${node['Relation Name']}` : ''}${node['Index Name'] ? ` using ${node['Index Name']}` : ''}`;
    const table = node['Relation Name'];
    if (type === 'Seq Scan') steps.push({ kind: 'scan', ...(table ? { table } : {}), detail });
    else if (node['Index Name']) steps.push({ kind: 'index', index: node['Index Name'], detail });
    else if (type === 'Sort' || type === 'Incremental Sort') steps.push({ kind: 'sort', detail });
    else steps.push({ kind: 'other', detail });
    for (const child of node.Plans ?? []) visit(child);
  };
  for (const entry of parsed) visit(entry.Plan);
  return steps;
}
