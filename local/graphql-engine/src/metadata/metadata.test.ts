import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadMetadata, MetadataError } from '.';

function writeDir(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'metadata-test-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const databases = `- name: default
  kind: postgres
  configuration: {connection_info: {database_url: {from_env: HASURA_GRAPHQL_DATABASE_URL}}}
  tables: "!include default/tables/tables.yaml"
`;

describe('metadata directory', () => {
  it('resolves !include entries and fills defaults', () => {
    const dir = writeDir({
      'version.yaml': 'version: 3\n',
      'databases/databases.yaml': databases,
      'databases/default/tables/tables.yaml': '- "!include public_author.yaml"\n',
      'databases/default/tables/public_author.yaml': 'table: {name: author, schema: public}\nselect_permissions:\n  - role: user\n    permission: {columns: "*", filter: {}}\n',
    });
    const m = loadMetadata(dir);
    expect(m.tables).toHaveLength(1);
    expect(m.tables[0].table).toEqual({ schema: 'public', name: 'author' });
    expect(m.tables[0].select_permissions[0].permission.allow_aggregations).toBe(false);
  });

  it("reads the source's use_prepared_statements and connection_lifetime, with Hasura's defaults", () => {
    const files = { 'version.yaml': 'version: 3\n', 'databases/default/tables/tables.yaml': '[]\n' };
    expect(loadMetadata(writeDir({ ...files, 'databases/databases.yaml': databases })).source).toEqual({ usePreparedStatements: false, connectionLifetimeSeconds: 600 });
    const tuned = databases.replace('{connection_info: {', '{connection_info: {use_prepared_statements: true, pool_settings: {connection_lifetime: 60, max_connections: 50}, ');
    expect(loadMetadata(writeDir({ ...files, 'databases/databases.yaml': tuned })).source).toEqual({ usePreparedStatements: true, connectionLifetimeSeconds: 60 });
  });

  it('names the bad file and the problem', () => {
    const dir = writeDir({
      'version.yaml': 'version: 3\n',
      'databases/databases.yaml': databases,
      'databases/default/tables/tables.yaml': '- "!include public_author.yaml"\n',
      'databases/default/tables/public_author.yaml': 'table: {name: author}\nselect_permissions:\n  - role: user\n    permission: {filter: {}}\n',
    });
    expect(() => loadMetadata(dir)).toThrow(MetadataError);
    expect(() => loadMetadata(dir)).toThrow(/databases\/default\/tables\/public_author\.yaml.*columns/);
  });

  it('reports a missing included file', () => {
    const dir = writeDir({ 'version.yaml': 'version: 3\n', 'databases/databases.yaml': databases });
    expect(() => loadMetadata(dir)).toThrow(/tables\.yaml: file not found/);
  });

  it('rejects other metadata versions', () => {
    const dir = writeDir({ 'version.yaml': 'version: 2\n' });
    expect(() => loadMetadata(dir)).toThrow(/version\.yaml/);
  });
});
