import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { validateXML } from 'xmllint-wasm';

/** The outcome of one validation: whether it passed, and what libxml2 said. */
export interface XmlCheck {
  readonly ok: boolean;
  readonly output: string;
}

/**
 * Checks XML with libxml2 compiled to WebAssembly (xmllint-wasm, from npm): well-formedness,
 * or validity against an XSD when `schema` is a path. Files the schema imports from its own
 * folder (xml.xsd, NITF's ruby include) are loaded beside it. No system xmllint is needed.
 */
export async function validateXml(xml: string, schema?: string): Promise<XmlCheck> {
  const doc = { fileName: 'doc.xml', contents: xml };
  if (!schema) {
    const result = await validateXML({ xml: doc, normalization: 'format' });
    return { ok: result.valid, output: result.errors.map((e) => e.rawMessage).join('\n') };
  }
  const dir = dirname(schema);
  const beside = ['xml.xsd', 'nitf-3-6-ruby-include.xsd'].filter(
    (name) => name !== basename(schema),
  );
  const preload = beside.flatMap((name) => {
    try {
      return [{ fileName: name, contents: readFileSync(join(dir, name), 'utf8') }];
    } catch {
      return [];
    }
  });
  const result = await validateXML({
    xml: doc,
    schema: { fileName: basename(schema), contents: readFileSync(schema, 'utf8') },
    preload,
    maxMemoryPages: 4096,
  });
  return { ok: result.valid, output: result.errors.map((e) => e.rawMessage).join('\n') };
}
