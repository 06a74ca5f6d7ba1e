/** What the model reads from a tool result: JSON text is parsed, anything else is taken as the JSON value. */
export function modelView(output: unknown): any {
  if (typeof output !== 'string') return output;
  try {
    return JSON.parse(output);
  } catch {
    return output;
  }
}
