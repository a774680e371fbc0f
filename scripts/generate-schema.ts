/** Writes docs/schema/case-bundle.schema.json from the zod schema (npm run schema). */
import fs from 'node:fs';
import path from 'node:path';
import { caseBundleJsonSchemaText } from '../src/shared/domain/bundle-schema';

const target = path.join(__dirname, '..', 'docs', 'schema', 'case-bundle.schema.json');
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.writeFileSync(target, caseBundleJsonSchemaText());
process.stdout.write(`${path.relative(process.cwd(), target)} written\n`);
