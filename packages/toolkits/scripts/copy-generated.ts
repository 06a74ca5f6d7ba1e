// Copies the generated JSON catalogs next to the compiled modules that read them (tsc copies only code).
import { cpSync, globSync } from 'node:fs';

const source = new URL('../src/', import.meta.url);
const target = new URL('../dist/', import.meta.url);
for (const file of globSync('*/*.generated.json', { cwd: source })) {
  cpSync(new URL(file, source), new URL(file, target));
}
