import { NextResponse } from 'next/server';
import { ApiError, httpError, parseQuery, withStaff } from '@/lib/auth';
import { aircraftQuerySchema } from '@/lib/aircraft/bbox';
import type { OpenSkyFailure } from '@/lib/aircraft/client';
import { aircraftBody } from '@/lib/aircraft/present';
import { liveAircraftFeed } from '@/lib/aircraft/live';

/** Where OpenSky's failure leaves the caller: every one is upstream's, never a 500 and never OpenSky's own words. */
function failureError(f: OpenSkyFailure): ApiError {
  switch (f.kind) {
    case 'rate_limited':
      return new ApiError(429, 'too_many_requests', `OpenSky's limit for live aircraft is used up for now. Aircraft can be shown again in ${f.retryAfterS} s.`);
    case 'timeout':
      return new ApiError(504, 'upstream_timeout', 'OpenSky did not answer in time. Try again shortly.');
    case 'unreachable':
      return httpError.upstreamUnavailable('OpenSky Network');
    default:
      return new ApiError(502, 'upstream_error', 'OpenSky failed to answer with aircraft. Try again shortly.');
  }
}

/** Live aircraft in a box (OpenSky /states/all), for the map overlay. */
export const GET = withStaff(async ({ req }) => {
  const { bbox } = parseQuery(req, aircraftQuerySchema);
  const result = await liveAircraftFeed().states(bbox);
  if (!result.ok) {
    console.error(`[api] GET /api/aircraft: OpenSky ${result.error.kind}: ${result.error.message}`);
    const err = failureError(result.error);
    const res = NextResponse.json(err.body, { status: err.status });
    if (result.error.kind === 'rate_limited') res.headers.set('Retry-After', String(result.error.retryAfterS));
    return res;
  }
  return NextResponse.json(aircraftBody(bbox, result.data));
});
