import type { OAuth2Scheme } from '@toolrouter/toolkits';
import type { CatalogToolkitInfo } from '../src/catalog-toolkit-info.ts';

/**
 * The README table of every OAuth toolkit: what an operator registers at the vendor (the redirect
 * URI, the default scopes) and where (the developer console), generated from the catalog index.
 *
 * @example
 * oauthTable(index); // '| Toolkit | Redirect URI | Scopes | Developer console |\n|---|...'
 */
export function oauthTable(index: readonly CatalogToolkitInfo[]): string {
  const rows = index
    .map((info) => ({
      info,
      scheme: info.auth.find((scheme): scheme is OAuth2Scheme => scheme.mode === 'oauth2'),
    }))
    .filter((row) => row.scheme)
    .map(({ info, scheme }) => {
      const scopes = scheme?.scopes?.length
        ? scheme.scopes.map((scope) => `\`${scope}\``).join(' ')
        : '(none)';
      const console = info.developerConsole ? `<${info.developerConsole}>` : '';
      return `| ${info.name} (\`${info.slug}\`) | \`<baseUrl>/oauth/callback\` | ${scopes} | ${console} |`;
    });
  return [
    '| Toolkit | Redirect URI | Default scopes | Developer console |',
    '|---|---|---|---|',
    ...rows,
  ].join('\n');
}
