import type { Aircraft_Correlation_Insert_Input } from '@/graphql/generated/graphql';
import type { ScreeningRequest } from '@/lib/screening/engine';
import type { CorrelationOutcome } from './correlate';
import type { Tolerances } from './env';
import type { AirAnswer } from './types';

/** At most this many aircraft are stored per correlation (best first): a busy sky near a hub has hundreds. */
export const STORED_MATCHES = 50;

export type CorrelationTrigger = 'manual' | 'bulk';

export interface CorrelationRun {
  request: ScreeningRequest;
  answer: AirAnswer;
  /** Null when the provider did not answer (nothing to correlate). */
  outcome: CorrelationOutcome | null;
  tolerances: Tolerances;
  radiusKm: number;
}

function summaryOf(run: CorrelationRun): string {
  if (run.answer.status === 'not_checked') return run.answer.note;
  if (run.answer.status === 'failed') return `Aircraft could not be checked: ${run.answer.message}`;
  return run.outcome!.summary;
}

/** The insert for a correlation run: the inputs, the tolerances, the provider's query and raw answer, the matches. */
export function correlationInsert(phenomId: string, run: CorrelationRun, trigger: CorrelationTrigger): Aircraft_Correlation_Insert_Input {
  const { request, answer, outcome } = run;
  const matches = (outcome?.matches ?? []).slice(0, STORED_MATCHES);
  return {
    phenom_id: phenomId,
    trigger,
    provider: answer.provider,
    status: answer.status,
    inputs: { observer: request.observer, at: new Date(request.atMs).toISOString(), direction: request.direction ?? null },
    tolerances: { ...run.tolerances, radiusKm: run.radiusKm },
    query: answer.query ?? null,
    raw: answer.status === 'ok' ? answer.raw : null,
    fetched_at: answer.status === 'ok' ? answer.fetchedAt : null,
    note: answer.status === 'not_checked' ? answer.note.slice(0, 500) : null,
    error: answer.status === 'failed' ? answer.message.slice(0, 500) : null,
    aircraft_count: outcome?.matches.length ?? 0,
    possible_aircraft: outcome?.possibleAircraft ?? false,
    summary: summaryOf(run).slice(0, 1000),
    matches: {
      data: matches.map((m, i) => ({
        rank: i + 1,
        icao24: m.icao24.slice(0, 20),
        callsign: m.callsign?.slice(0, 20) ?? null,
        az: m.azDeg,
        el: m.elDeg,
        ground_distance_km: m.groundDistanceKm,
        slant_range_km: m.slantRangeKm,
        altitude_m: m.altitudeM,
        latitude: m.latDeg,
        longitude: m.lonDeg,
        time_offset_s: m.timeOffsetS,
        separation_deg: m.separationDeg,
        within_tolerance: m.withinTolerance,
      })),
    },
  };
}
