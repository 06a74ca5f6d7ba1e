// Copies the generated catalog data next to the compiled modules that read it (tsc copies only code).
import { cpSync } from 'node:fs';

cpSync(new URL('../src/data/', import.meta.url), new URL('../dist/data/', import.meta.url), {
  recursive: true,
});
