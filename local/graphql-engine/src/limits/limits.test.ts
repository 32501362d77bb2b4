import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, type OperationDefinitionNode } from 'graphql';
import { loadMetadata } from '../metadata';
import { statementTimeoutMs } from '../config';
import { ApiLimits, apiLimitsSchema, measureOperation } from '.';

// api_limits.yaml as Hasura reads it, and how an operation is measured against it.

const limits = (raw: unknown) => new ApiLimits(apiLimitsSchema.parse(raw));

describe('api_limits.yaml', () => {
  const meta = { depth_limit: { global: 3, per_role: { staff: 7 } }, time_limit: { global: 2.5, per_role: { slow: 20 } } };

  it('gives a role its per_role value, any other role the global one, and admin nothing', () => {
    expect(limits(meta).forRole('staff')).toEqual({ depth: 7, timeSeconds: 2.5 });
    expect(limits(meta).forRole('guest')).toEqual({ depth: 3, timeSeconds: 2.5 });
    expect(limits(meta).forRole('admin')).toEqual({});
  });

  it('applies nothing when disabled, or when the file is empty', () => {
    expect(limits({ ...meta, disabled: true }).forRole('staff')).toEqual({});
    expect(limits(null).forRole('staff')).toEqual({});
    expect(limits({}).longestTimeSeconds).toBeNull();
    expect(limits(meta).longestTimeSeconds).toBe(20);
  });

  it('sets statement_timeout a few seconds above the longest time limit unless configured', () => {
    expect(statementTimeoutMs(undefined, 20)).toBe(25_000);
    expect(statementTimeoutMs(undefined, null)).toBe(30_000);
    expect(statementTimeoutMs(0, 20)).toBe(0);
    expect(statementTimeoutMs(1.5, 20)).toBe(1500);
  });

  it('refuses a limit without global (Hasura requires it), naming the file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'api-limits-'));
    try {
      fs.writeFileSync(path.join(dir, 'version.yaml'), 'version: 3\n');
      fs.writeFileSync(path.join(dir, 'api_limits.yaml'), 'depth_limit:\n  per_role:\n    staff: 3\n');
      expect(() => loadMetadata(dir)).toThrow(/^metadata file api_limits.yaml: at depth_limit.global: /);
      fs.writeFileSync(path.join(dir, 'api_limits.yaml'), 'node_limit:\n  global: 10\n');
      expect(loadMetadata(dir).apiLimits).toEqual({ disabled: false, node_limit: { global: 10, per_role: {} } });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('measuring an operation', () => {
  const measure = (query: string) => {
    const doc = parse(query);
    return measureOperation(doc.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode, doc);
  };

  it("counts depth and nodes as Hasura's documentation does", () => {
    expect(measure('query deep1_1 { viewer { name } }')).toEqual({ depth: 1, nodes: 1 });
    expect(measure('query deep1_2 { viewer { ... on User { name } } }')).toEqual({ depth: 1, nodes: 1 });
    expect(measure('query deep2 { viewer { albums { title } } }')).toEqual({ depth: 2, nodes: 2 });
    expect(measure('query deep3 { viewer { albums { ...m songs { ...m } } } } fragment m on Music { id title artists }')).toEqual({ depth: 3, nodes: 3 });
    expect(measure('{ author { name articles { id title } } homepage_entries { article_id } }')).toEqual({ depth: 2, nodes: 3 });
  });

  it('counts a fragment each time it is spread, in linear time however often fragments spread each other', () => {
    const levels = 30;
    const fragments = Array.from({ length: levels }, (_, i) => `fragment f${i} on T { a: x { ...f${i + 1} } b: x { ...f${i + 1} } }`).join(' ');
    const m = measure(`{ root { ...f0 } } ${fragments} fragment f${levels} on T { id }`);
    expect(m.depth).toBe(levels + 1);
    expect(m.nodes).toBe(2 ** (levels + 1) - 1);
  });

  it('does not count introspection towards the depth, but counts its nodes', () => {
    expect(measure('{ __schema { types { fields { type { name } } } } }')).toEqual({ depth: 0, nodes: 4 });
  });
});
