import { NextRequest } from 'next/server';
import { PATCH } from '@/app/api/phenoms/[id]/route';
import { amplifyCookieHeader } from '@/lib/auth/test-support';
import { setUpApiStack, type StaffMember } from '@/local/test/api-stack';

/**
 * Faults of the data service, against the real engine (its own process, paused with SIGSTOP to hang it, then
 * stopped): a dashboard page answers 504/503 with the error panel and a retry, in about 3 s at most; the screening
 * route answers 504/502; and nothing already saved is lost.
 */
const stack = setUpApiStack('faults');
const PHENOM = '0b7e2f7a-9c1d-4e55-8a39-00000000fa17';
let staff: StaffMember;

beforeAll(async () => {
  staff = await stack.staff({ name: 'faults' });
  await stack.sql(`INSERT INTO public.phenom (id, title, occurred_at) VALUES ($1, 'Fault-test fixture', now())`, [PHENOM]);
});
afterAll(() => {
  // Never leave a paused process group behind, whatever failed.
  try {
    process.kill(-stack.engineProcess.pid, 'SIGCONT');
  } catch {
    // Already gone.
  }
});

async function openPage(path: string) {
  const { middleware } = await import('@/middleware');
  const started = Date.now();
  const res = await middleware(new NextRequest(`http://127.0.0.1:3000${path}`, { headers: { cookie: amplifyCookieHeader({ idToken: staff.token }) } }));
  return { res, ms: Date.now() - started };
}

function save(status: string) {
  return stack.call(PATCH, { method: 'PATCH', path: `/api/phenoms/${PHENOM}`, params: { id: PHENOM }, as: staff, body: { status } });
}

const savedStatus = async () => (await stack.sql<{ status: string }>('SELECT status FROM public.phenom WHERE id = $1', [PHENOM]))[0].status;

describe('when the data service fails', () => {
  it('serves pages and saves while it is up', async () => {
    const { res } = await openPage('/phenoms');
    expect(res.headers.get('x-middleware-next')).toBe('1');
    expect((await save('triage')).status).toBe(200);
    expect(await savedStatus()).toBe('triage');
  });

  it('hung: the page answers 504 with the panel in about 3 s, the route 504, nothing changes', async () => {
    // Long enough for the healthy answer the probe remembers to go stale.
    await new Promise((r) => setTimeout(r, 2_100));
    process.kill(-stack.engineProcess.pid, 'SIGSTOP');
    try {
      const { res, ms } = await openPage('/phenoms?status=new');
      expect(res.status).toBe(504);
      expect(ms).toBeLessThan(3_500);
      const html = await res.text();
      expect(html).toContain('The data service is taking too long');
      expect(html).toContain('href="/phenoms?status=new">Try again');
      expect(res.headers.get('content-security-policy')).toMatch(/'nonce-/);
      const spy = jest.spyOn(console, 'error').mockImplementation(() => {});
      const route = await save('investigating');
      spy.mockRestore();
      expect(route.status).toBe(504);
      expect((await route.json()).error.code).toBe('upstream_timeout');
    } finally {
      process.kill(-stack.engineProcess.pid, 'SIGCONT');
    }
    expect(await savedStatus()).toBe('triage');
    // Back: pages are served again.
    const { res } = await openPage('/phenoms');
    expect(res.headers.get('x-middleware-next')).toBe('1');
  }, 30_000);

  it('stopped: the page answers 503 with the panel at once, the route 502, nothing is lost', async () => {
    await stack.engineProcess.stop();
    await new Promise((r) => setTimeout(r, 2_100));
    const { res, ms } = await openPage('/phenoms');
    expect(res.status).toBe(503);
    expect(ms).toBeLessThan(1_000);
    expect(await res.text()).toContain('The data service is unreachable');
    const spy = jest.spyOn(console, 'error').mockImplementation(() => {});
    const route = await save('investigating');
    spy.mockRestore();
    expect(route.status).toBe(502);
    expect((await route.json()).error.code).toBe('upstream_unavailable');
    expect(await savedStatus()).toBe('triage');
  }, 30_000);
});
