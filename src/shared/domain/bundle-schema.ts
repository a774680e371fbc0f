import { z } from 'zod';
import { BUNDLE_FORMAT, BUNDLE_VERSION, CaseBundle } from './bundle';

/**
 * The case bundle as JSON Schema (draft 2020-12), for other tools and units. Written to
 * docs/schema/case-bundle.schema.json by `npm run schema`; a test keeps the file current.
 */
export function caseBundleJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(CaseBundle, { io: 'input', unrepresentable: 'any' });
  return {
    $schema: schema['$schema'],
    $id: `https://custodia.invalid/schema/${BUNDLE_FORMAT}/v${BUNDLE_VERSION}.json`,
    title: 'Custodia case bundle',
    description:
      'One or more cases with their parties, seizures, seized objects (ICOM Object ID), legal status, external database checks, chain of custody, photos, documents (evidence items) with the text read from their files, provenance events and ownership claims, the money side (accounts, statement imports, payments, relationships between parties and the exchange rates the payments need), experts with the consultations that asked them and their opinions on objects, and files. Records keep their identifiers, versions and times; references between records are by identifier. See docs/case-bundle.md.',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
}

export function caseBundleJsonSchemaText(): string {
  return `${JSON.stringify(caseBundleJsonSchema(), null, 2)}\n`;
}
