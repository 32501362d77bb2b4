import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, Kind, parse, validate, visit, type DefinitionNode, type FragmentDefinitionNode } from 'graphql';

// Codegen types every operation from the two role schemas merged; this checks each one against the schema of the
// role it is sent as (files named *.admin.graphql run as nest-admin, every other one as nest-access), so a staff
// screen cannot compile against a field only admins may read and then fail at run time.
const DIR = __dirname;
const schemaOf = (file: string) => buildSchema(fs.readFileSync(path.join(DIR, file), 'utf8'));
const SCHEMAS = { staff: schemaOf('schema.graphql'), admin: schemaOf('schema.admin.graphql') };

function graphqlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'generated' ? [] : graphqlFiles(full);
    return e.name.endsWith('.graphql') && !e.name.startsWith('schema.') ? [full] : [];
  });
}

const files = graphqlFiles(DIR);
const definitions = new Map(files.map((f) => [f, parse(fs.readFileSync(f, 'utf8')).definitions]));
const fragments = new Map<string, FragmentDefinitionNode>();
for (const defs of definitions.values()) for (const d of defs) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);

/** The file's own definitions plus every fragment they use, transitively (as codegen's documents resolve them). */
function withFragments(defs: readonly DefinitionNode[]): DefinitionNode[] {
  const out = new Map<string, DefinitionNode>();
  const pending = [...defs];
  const own = defs.filter((d) => d.kind !== Kind.FRAGMENT_DEFINITION);
  for (let d = pending.pop(); d; d = pending.pop()) {
    visit(d, {
      FragmentSpread(node) {
        const f = fragments.get(node.name.value);
        if (f && !out.has(f.name.value)) {
          out.set(f.name.value, f);
          pending.push(f);
        }
      },
    });
  }
  return [...own, ...out.values()];
}

const operationCount = (file: string) => definitions.get(file)!.filter((d) => d.kind === Kind.OPERATION_DEFINITION).length;
// A fragment-only file is checked through the operations that use it.
const operationFiles = files.filter((f) => operationCount(f) > 0);

it('finds the operations', () => {
  expect(operationFiles.length).toBeGreaterThan(10);
});

describe.each(operationFiles.map((f) => [path.relative(DIR, f), f]))('%s', (_name, file) => {
  const role = file.endsWith('.admin.graphql') ? 'admin' : 'staff';
  const defs = definitions.get(file)!;

  it(`is valid for the ${role === 'admin' ? 'nest-admin' : 'nest-access'} role`, () => {
    const errors = validate(SCHEMAS[role], { kind: Kind.DOCUMENT, definitions: withFragments(defs) });
    expect(errors.map((e) => e.message)).toEqual([]);
  });

  it('holds one operation', () => {
    expect(operationCount(file)).toBe(1);
  });
});
