import { setUpApiStack, type StaffMember } from '@/local/test/api-stack';

/**
 * The session cut-offs as Hasura's permissions and the trigger enforce them (hasura/metadata, the migration),
 * against the real engine: staff end only their own sessions, admins anyone's, and nobody chooses the time.
 */
const stack = setUpApiStack('session_cutoffs');
let staff: StaffMember;
let colleague: StaffMember;
let admin: StaffMember;

beforeAll(async () => {
  staff = await stack.staff({ name: 'cutoff-staff' });
  colleague = await stack.staff({ name: 'cutoff-colleague' });
  admin = await stack.staff({ name: 'cutoff-admin', admin: true });
});

const RECORD = `mutation ($userId: String!, $reason: String!) {
  insert_session_cutoffs_one(object: { user_id: $userId, reason: $reason }, on_conflict: { constraint: session_cutoffs_pkey, update_columns: [reason] }) { user_id not_before }
}`;

async function gql(as: StaffMember, query: string, variables: Record<string, unknown> = {}, role = 'nest-access') {
  const res = await fetch(stack.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${as.token}`, 'x-hasura-role': role },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: Record<string, { user_id: string; not_before: string } | null>; errors?: { message: string; extensions?: { code?: string } }[] };
}

describe('session_cutoffs', () => {
  it("lets staff end their own sessions, stamped with the database's clock", async () => {
    const before = Date.now();
    const answer = await gql(staff, RECORD, { userId: staff.id, reason: 'sign_out' });
    expect(answer.errors).toBeUndefined();
    const stamp = Date.parse(answer.data!.insert_session_cutoffs_one!.not_before);
    expect(stamp).toBeGreaterThanOrEqual(before - 2_000);
    expect(stamp).toBeLessThanOrEqual(Date.now() + 2_000);
    const [row] = await stack.sql<{ set_by: string; reason: string }>('SELECT set_by, reason FROM public.session_cutoffs WHERE user_id = $1', [staff.id]);
    expect(row).toEqual({ set_by: staff.id, reason: 'sign_out' });
  });

  it('moves the cut-off forward on every sign-out, never back', async () => {
    const first = await gql(staff, RECORD, { userId: staff.id, reason: 'sign_out' });
    await new Promise((r) => setTimeout(r, 20));
    const second = await gql(staff, RECORD, { userId: staff.id, reason: 'sign_out' });
    expect(Date.parse(second.data!.insert_session_cutoffs_one!.not_before)).toBeGreaterThan(Date.parse(first.data!.insert_session_cutoffs_one!.not_before));
  });

  it('refuses staff ending someone else’s sessions, or reading their cut-off', async () => {
    const answer = await gql(staff, RECORD, { userId: colleague.id, reason: 'revoked' });
    expect(answer.errors?.[0]?.extensions?.code).toBe('permission-error');
    expect(await stack.sql('SELECT 1 FROM public.session_cutoffs WHERE user_id = $1', [colleague.id])).toEqual([]);
    await gql(admin, RECORD, { userId: colleague.id, reason: 'revoked' }, 'nest-admin');
    const peek = await gql(staff, `query ($id: String!) { session_cutoffs_by_pk(user_id: $id) { not_before } }`, { id: colleague.id });
    expect(peek.data).toEqual({ session_cutoffs_by_pk: null });
  });

  it('gives no one a say over the time itself', async () => {
    const backdated = await gql(staff, `mutation { insert_session_cutoffs_one(object: { user_id: "${staff.id}", reason: "sign_out", not_before: "2000-01-01T00:00:00Z" }) { not_before } }`);
    expect(backdated.errors?.[0]?.extensions?.code).toBe('validation-failed');
  });

  it('lets an admin end anyone’s sessions', async () => {
    const answer = await gql(admin, RECORD, { userId: colleague.id, reason: 'revoked' }, 'nest-admin');
    expect(answer.errors).toBeUndefined();
    const [row] = await stack.sql<{ set_by: string; reason: string }>('SELECT set_by, reason FROM public.session_cutoffs WHERE user_id = $1', [colleague.id]);
    expect(row).toEqual({ set_by: admin.id, reason: 'revoked' });
  });
});
