import type { Tag } from '@toolrouter/toolkits';
import type { SessionConfig, ToggleList } from './session-config.ts';

/** The fields of a tool the session's filters look at (a catalog `Tool` has them all). */
export interface FilterableTool {
  slug: string;
  toolkit: string;
  tags: readonly Tag[];
}

/** Whether a toggle list lets `value` through. */
export function isToggled(list: ToggleList | undefined, value: string): boolean {
  if (list === undefined) return true;
  if (Array.isArray(list)) return list.includes(value);
  if ('enable' in list) return list.enable.includes(value);
  return !list.disable.includes(value);
}

/** Whether the session lets its agent use a toolkit. */
export function isToolkitEnabled(config: SessionConfig, toolkit: string): boolean {
  return isToggled(config.toolkits, toolkit);
}

/** Whether the session lets its agent use a tool: toolkit enabled, per-toolkit filter, tag filter. */
export function isToolAllowed(config: SessionConfig, tool: FilterableTool): boolean {
  if (!isToolkitEnabled(config, tool.toolkit)) return false;
  const filter = config.tools?.[tool.toolkit];
  if (filter !== undefined) {
    if (!Array.isArray(filter) && 'tags' in filter) {
      if (!hasAnyTag(tool.tags, filter.tags)) return false;
    } else if (!isToggled(filter, tool.slug)) {
      return false;
    }
  }
  const tags = config.tags;
  if (tags !== undefined) {
    if (Array.isArray(tags)) {
      if (!hasAnyTag(tool.tags, tags)) return false;
    } else {
      if (tags.enable && !hasAnyTag(tool.tags, tags.enable)) return false;
      if (tags.disable && hasAnyTag(tool.tags, tags.disable)) return false;
    }
  }
  return true;
}

function hasAnyTag(toolTags: readonly Tag[], wanted: readonly Tag[]): boolean {
  return wanted.some((tag) => toolTags.includes(tag));
}
