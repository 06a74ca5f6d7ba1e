/**
 * Splits an address header (`Ana <ana@example.com>, "Doe, Jo" <jo@example.com>`) into its addresses,
 * ignoring commas inside quotes or angle brackets.
 *
 * @example
 * splitAddresses('a@x.com, "B, C" <b@x.com>'); // ['a@x.com', '"B, C" <b@x.com>']
 */
export function splitAddresses(header: string | undefined): string[] {
  if (!header) return [];
  const addresses: string[] = [];
  let current = '';
  let inQuotes = false;
  let inBrackets = false;
  for (const character of header) {
    if (character === '"') inQuotes = !inQuotes;
    else if (character === '<' && !inQuotes) inBrackets = true;
    else if (character === '>' && !inQuotes) inBrackets = false;
    if (character === ',' && !inQuotes && !inBrackets) {
      if (current.trim()) addresses.push(current.trim());
      current = '';
    } else {
      current += character;
    }
  }
  if (current.trim()) addresses.push(current.trim());
  return addresses;
}

/** The bare, lower-cased email of an address: `Ana <Ana@Example.com>` → `ana@example.com`. */
export function emailOf(address: string): string {
  const match = /<([^>]+)>/.exec(address);
  return (match?.[1] ?? address).trim().toLowerCase();
}
