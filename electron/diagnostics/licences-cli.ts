import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { generateLicences, LICENCES_FILE, licencesJson } from './licence-packages';

// Regenerates the licence list the About box shows: `npx tsx electron/diagnostics/licences-cli.ts`.
const root = resolve(import.meta.dirname, '../..');
const entries = generateLicences(root);
writeFileSync(join(root, LICENCES_FILE), licencesJson(entries));
console.log(`${LICENCES_FILE}: ${entries.length} packages`);
