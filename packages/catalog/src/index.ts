// Every export here is public API; named exports only.

export { catalogIndex } from './catalog-index.ts';
export type { CatalogSourceInfo, CatalogToolkitInfo } from './catalog-toolkit-info.ts';
export { CATALOG_BUDGETS } from './catalog-toolkit-info.ts';
export type { CatalogToolkitsOptions } from './catalog-toolkits.ts';
export { catalogToolkits } from './catalog-toolkits.ts';
