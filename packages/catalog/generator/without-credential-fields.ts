import type { AuthScheme, JsonSchema, ToolDefinition } from '@toolrouter/toolkits';

/**
 * A tool without the input fields that carry the toolkit's own credential (a header or query
 * parameter named like an `api_key` scheme, or `Authorization`): the router injects credentials, a
 * model must never be asked for them.
 *
 * @example
 * withoutCredentialFields(postmarkSendEmail, [{ mode: 'api_key', in: 'header', name: 'X-Postmark-Server-Token' }]);
 */
export function withoutCredentialFields(tool: ToolDefinition, auth: AuthScheme[]): ToolDefinition {
  const credentialNames = new Set(['header:authorization']);
  for (const scheme of auth) {
    if (scheme.mode === 'api_key') credentialNames.add(`${scheme.in}:${scheme.name.toLowerCase()}`);
  }
  const parameters = tool.request?.parameters ?? {};
  const drop = Object.entries(parameters)
    .filter(([, mapping]) => {
      if (typeof mapping === 'string' || !mapping.name) return false;
      return credentialNames.has(`${mapping.in}:${mapping.name.toLowerCase()}`);
    })
    .map(([field]) => field);
  for (const [field] of Object.entries((tool.inputSchema.properties ?? {}) as Record<string, JsonSchema>)) {
    const mapping = parameters[field];
    const location = mapping === undefined ? undefined : typeof mapping === 'string' ? mapping : mapping.in;
    if (location === 'query' && credentialNames.has(`query:${field.toLowerCase()}`)) drop.push(field);
  }
  if (drop.length === 0 || !tool.request) return tool;
  const properties = { ...(tool.inputSchema.properties as Record<string, JsonSchema>) };
  const remaining = { ...parameters };
  for (const field of drop) {
    delete properties[field];
    delete remaining[field];
  }
  const required = ((tool.inputSchema.required as string[] | undefined) ?? []).filter(
    (name) => !drop.includes(name),
  );
  const inputSchema: JsonSchema = { ...tool.inputSchema, properties };
  if (required.length > 0) inputSchema.required = required;
  else delete inputSchema.required;
  const request = { ...tool.request };
  if (Object.keys(remaining).length > 0) request.parameters = remaining;
  else delete request.parameters;
  return { ...tool, inputSchema, request } as ToolDefinition;
}
