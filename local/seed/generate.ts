import { createHash } from 'node:crypto';
import { DEMO_ADMIN, DEMO_STAFF, DEMO_USERS, uuidV5 } from './demo-users';
import { loadGazetteer, type Gazetteer } from './gazetteer';
import { renderMedia, type MediaSpec } from './media';
import { Random } from './random';
import type { Row } from './tables';
import * as words from './vocabulary';

// Pure, deterministic generation: every function here maps (seed, index) to rows, with no clock and no I/O.

/** How many phenoms get the full treatment (media, lists, drops...); beyond that, scale rows stay lean. */
export const DEMO_PHENOMS = 2000;
export const DEFAULT_SEED = 1;
/** The data set ends here, not "now", so a seed gives the same rows whenever it runs. */
export const DEFAULT_UNTIL = new Date('2026-06-01T00:00:00Z');
const HISTORY_DAYS = 6 * 365;
const DAY_MS = 86_400_000;

export interface GeneratorOptions {
  seed: number;
  phenoms: number;
  until: Date;
}

export interface GeneratorContext extends GeneratorOptions {
  gazetteer: Gazetteer;
  staff: readonly Row<'users'>[];
  publicUsers: readonly Row<'users'>[];
}

export interface GeneratedPhenom {
  row: Row<'phenom'>;
  cause: words.Cause;
  /** The colour the witness reported, which the rendered photo shows. */
  color: string;
}

export interface GeneratedMedia {
  row: Row<'phenom_media'>;
  spec: MediaSpec;
}

export interface PhenomChildren {
  media: GeneratedMedia[];
  coords: Row<'phenom_coords'>[];
  sensorData: Row<'phenom_sensor_data'>[];
  shoots: Row<'phenom_shoots'>[];
  transcriptions: Row<'transcriptions'>[];
}

export interface Organisation {
  teams: Row<'teams'>[];
  teamMembers: Row<'team_members'>[];
  drops: Row<'drops'>[];
  lists: Row<'lists'>[];
  listItems: Row<'list_items'>[];
  listShares: Row<'list_shares'>[];
  itemShares: Row<'item_shares'>[];
  notifications: Row<'notifications'>[];
}

const addMs = (date: Date, ms: number) => new Date(date.getTime() + ms);
const minDate = (a: Date, b: Date) => (a < b ? a : b);
const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const emailOf = (name: string, domain: string) => `${name.toLowerCase().normalize('NFD').replace(/[^a-z ]/g, '').replace(/ /g, '.')}@${domain}`;

/** hasAccess: in the nest-access group (the demo's Cognito accounts say so too); public submitters are not. */
function person(random: Random, until: Date, name: string, email: string, hasAccess: boolean, id = uuidV5(`user:${email}`)): Row<'users'> {
  const createdAt = addMs(until, -random.int(30, HISTORY_DAYS) * DAY_MS);
  return {
    id,
    email,
    display_name: name,
    avatar_key: null,
    has_access: hasAccess,
    created_at: createdAt,
    last_seen_at: random.chance(0.85) ? addMs(until, -random.int(0, 30 * 24) * 3_600_000) : null,
  };
}

/** Everyone in the data set: the demo accounts, more staff to assign work to, and members of the public. */
export function generateUsers(options: GeneratorOptions): { staff: Row<'users'>[]; publicUsers: Row<'users'>[] } {
  const random = Random.for(options.seed, 'users');
  const demo = DEMO_USERS.map((u) => person(random, options.until, u.displayName, u.email, u.groups.includes('nest-access'), u.id));
  const staff = [
    ...demo.filter((u) => u.has_access),
    ...words.STAFF_NAMES.map((name) => person(random, options.until, name, emailOf(name, 'nest.local'), true)),
  ];
  const publicUsers = [
    ...demo.filter((u) => !u.has_access),
    ...words.PUBLIC_NAMES.map((name) => person(random, options.until, name, emailOf(name, 'example.com'), false)),
  ];
  return { staff, publicUsers };
}

export function createContext(options: GeneratorOptions): GeneratorContext {
  return { ...options, gazetteer: loadGazetteer(), ...generateUsers(options) };
}

/** Local solar time is close enough to the civil time zone for "people look up in the evening". */
function eveningInstant(random: Random, day: Date, longitude: number): { instant: Date; localHours: number } {
  const localHours = random.weighted([
    [random.float(19, 21), 25],
    [random.float(21, 23), 40],
    [random.float(23, 24), 15],
    [random.float(24, 27), 12],
    [random.float(5, 19), 8],
  ]);
  return { instant: addMs(day, (localHours - longitude / 15) * 3_600_000), localHours };
}

/** Truncates to what the witness actually knows, in their local time. */
function truncateTo(precision: string, instant: Date, longitude: number): Date {
  const offsetMs = (longitude / 15) * 3_600_000;
  const local = new Date(instant.getTime() + offsetMs);
  if (precision !== 'second') local.setUTCSeconds(0, 0);
  if (['hour', 'day', 'month', 'year'].includes(precision)) local.setUTCMinutes(0);
  if (['day', 'month', 'year'].includes(precision)) local.setUTCHours(0);
  if (['month', 'year'].includes(precision)) local.setUTCDate(1);
  if (precision === 'year') local.setUTCMonth(0);
  return new Date(local.getTime() - offsetMs);
}

function pickAssignee(random: Random, staff: readonly Row<'users'>[]): string {
  // Demo accounts get a larger share so that "assigned to me" is never empty when someone tries the demo.
  const demoIds = new Set(DEMO_USERS.map((u) => u.id));
  return random.weighted(staff.map((u) => [u.id as string, demoIds.has(u.id as string) ? 6 : 1] as const));
}

function outcomeFor(random: Random, cause: words.Cause, status: string): { outcome: string; confidence: string | null } {
  if (status === 'resolved' || status === 'archived') {
    if (cause === 'unexplained') return { outcome: random.chance(0.7) ? 'insufficient_data' : 'other', confidence: random.chance(0.5) ? 'possible' : null };
    if (random.chance(0.12)) return { outcome: 'insufficient_data', confidence: null };
    return { outcome: cause, confidence: random.weighted(words.CONFIDENCES) };
  }
  if (status === 'investigating' && cause !== 'unexplained' && random.chance(0.35)) return { outcome: cause, confidence: 'possible' };
  return { outcome: 'unknown', confidence: null };
}

function describe(random: Random, profile: words.CauseProfile, color: string, shapeLabel: string, durationS: number | null, withEvidence: boolean): string {
  const article = /^[aeiou]/.test(color) ? 'an' : 'a';
  const lasted = durationS === null ? '' : ` It lasted about ${durationS >= 120 ? `${Math.round(durationS / 60)} minutes` : `${durationS} seconds`}.`;
  const sentences = [
    `${random.pick(words.WITNESSES)} ${random.pick(words.NOTICING)} ${article} ${color} ${shapeLabel} ${random.pick(words.DIRECTIONS)}.`,
    random.pick(profile.motions) + lasted,
    random.pick(profile.sounds),
    random.pick(words.CONDITIONS),
  ];
  if (withEvidence) sentences.push(random.pick(words.EVIDENCE));
  return sentences.join(' ');
}

/** Phenom #index: the same row for a given seed, whatever else is generated. */
export function generatePhenom(ctx: GeneratorContext, index: number): GeneratedPhenom {
  const random = Random.for(ctx.seed, 'phenom', index);
  const id = random.uuid();
  const cause = random.weighted(words.CAUSES.map((c) => [c, words.CAUSE_PROFILES[c].weight] as const));
  const profile = words.CAUSE_PROFILES[cause];
  const place = ctx.gazetteer.pick(random);
  const shape = random.weighted(profile.shapes);
  const color = random.pick(profile.colors);

  // Recent months are busier (more users of the app), so ages skew young.
  const ageDays = Math.floor(HISTORY_DAYS * random.next() ** 1.6);
  const day = new Date(Date.UTC(ctx.until.getUTCFullYear(), ctx.until.getUTCMonth(), ctx.until.getUTCDate()) - (ageDays + 1) * DAY_MS);
  const precision = random.weighted(words.PRECISIONS);
  const { instant } = eveningInstant(random, day, place.longitude);
  const occurredAt = minDate(truncateTo(precision, instant, place.longitude), addMs(ctx.until, -3_600_000));
  const reportedAt = minDate(addMs(occurredAt, random.logNormal(6, 1.6) * 3_600_000), ctx.until);

  const located = random.chance(0.97);
  // Up to ~8 km from the town centre: witnesses are spread over the area, not stacked on one point.
  const latitude = located ? round(Math.max(-89.9, Math.min(89.9, place.latitude + random.normal(0, 0.03))), 6) : null;
  const longitude = located ? round(Math.max(-179.9, Math.min(179.9, place.longitude + random.normal(0, 0.04))), 6) : null;
  const durationS = random.chance(0.95) ? Math.max(1, Math.round(random.logNormal(profile.durationMedianS, 0.9))) : null;

  // Older reports are more likely to be closed.
  const age = ageDays / HISTORY_DAYS;
  const status = age > 0.15 && random.chance(0.4 + age) ? random.weighted([['resolved', 3], ['archived', 1]]) : random.weighted(words.STATUSES);
  const { outcome, confidence } = outcomeFor(random, cause, status);
  const assigned = { new: 0.05, triage: 0.5, investigating: 1, resolved: 0.8, archived: 0.6 }[status] ?? 0;
  const source = random.weighted(words.SOURCES);
  const createdBy = source === 'phone' || source === 'email' || source === 'import' ? pickAssignee(random, ctx.staff) : null;
  const updatedAt = status === 'new' ? reportedAt : minDate(addMs(reportedAt, random.float(0, 60) * DAY_MS), ctx.until);
  const shapeLabel = words.SHAPE_LABELS[shape] ?? shape;

  return {
    cause,
    color,
    row: {
      id,
      title: `${capitalise(color)} ${shapeLabel} ${random.pick(words.TITLE_PREPOSITIONS)} ${place.name}`.slice(0, 200),
      description: describe(random, profile, color, shapeLabel, durationS, random.chance(0.5)),
      occurred_at: occurredAt,
      occurred_at_precision: precision,
      reported_at: reportedAt,
      latitude,
      longitude,
      altitude_m: located && random.chance(0.4) ? Math.round(random.logNormal(1500, 1.2)) : null,
      location_name: place.name,
      country: place.country,
      shape,
      duration_s: durationS,
      source,
      status,
      outcome,
      outcome_confidence: confidence,
      assignee_id: random.chance(assigned) ? pickAssignee(random, ctx.staff) : null,
      created_by: createdBy,
      created_at: reportedAt,
      updated_at: updatedAt,
      deleted_at: random.chance(0.015) ? updatedAt : null,
    },
  };
}

function sensorReadings(random: Random, sensor: (typeof words.SENSORS)[number]): Record<string, unknown> {
  switch (sensor) {
    case 'magnetometer':
      return { x_ut: round(random.normal(20, 3), 2), y_ut: round(random.normal(-5, 3), 2), z_ut: round(random.normal(-42, 4), 2) };
    case 'ambient_light':
      return { lux: round(random.logNormal(2, 1.2), 3) };
    case 'weather':
      return { temp_c: round(random.normal(12, 8), 1), humidity_pct: random.int(20, 100), wind_kph: round(random.logNormal(8, 0.6), 1), cloud_cover_pct: random.int(0, 100) };
    case 'adsb':
      return { aircraft_within_10km: random.int(0, 6), nearest_callsign: random.chance(0.7) ? `${random.pick(['BAW', 'DAL', 'UAL', 'RYR', 'AFR', 'DLH', 'SWA'])}${random.int(10, 9999)}` : null };
    case 'radiation':
      return { cpm: random.int(8, 40) };
  }
}

/**
 * The name a phone or recorder would have given the file (IMG_0412.png, Recording 17.wav): the download offers it
 * back. Taken from the media id, not the random stream, so adding it changed no other seeded value.
 */
function deviceFileName(kind: MediaSpec['kind'], mediaId: string, extension: string): string {
  const n = Number.parseInt(mediaId.slice(0, 4), 16) % 10_000;
  return kind === 'image' ? `IMG_${String(n).padStart(4, '0')}.${extension}` : `Recording ${n}.${extension}`;
}

/**
 * Everything recorded under one phenom. The first DEMO_PHENOMS phenoms carry media (rendered, so sizes and
 * checksums are real); the scale tail gets only a few tracks and readings.
 */
export function generatePhenomChildren(ctx: GeneratorContext, index: number, phenom: GeneratedPhenom): PhenomChildren {
  const random = Random.for(ctx.seed, 'phenom-children', index);
  const p = phenom.row;
  const phenomId = p.id as string;
  const occurredAt = p.occurred_at as Date;
  const reportedAt = p.reported_at as Date;
  const durationS = Math.max(10, (p.duration_s as number | null) ?? 60);
  const full = index < DEMO_PHENOMS;
  const children: PhenomChildren = { media: [], coords: [], sensorData: [], shoots: [], transcriptions: [] };

  if (full && random.chance(0.45)) {
    for (let m = random.int(1, 3); m > 0; m--) {
      const mediaId = random.uuid();
      const audio = random.chance(0.25);
      const spec: MediaSpec = audio
        ? { kind: 'audio', seed: random.int(0, 2 ** 31), durationS: random.int(2, 6) }
        : { kind: 'image', seed: random.int(0, 2 ** 31), shape: p.shape as string, color: phenom.color, width: 160, height: 120 };
      const rendered = renderMedia(spec);
      children.media.push({
        spec,
        row: {
          id: mediaId,
          phenom_id: phenomId,
          s3_key: `phenoms/${phenomId}/${mediaId}.${rendered.extension}`,
          file_name: deviceFileName(spec.kind, mediaId, rendered.extension),
          content_type: rendered.contentType,
          bytes: rendered.body.length,
          width: spec.kind === 'image' ? spec.width : null,
          height: spec.kind === 'image' ? spec.height : null,
          duration_s: spec.kind === 'audio' ? spec.durationS : null,
          sha256: createHash('sha256').update(rendered.body).digest('hex'),
          captured_at: addMs(occurredAt, random.int(0, durationS) * 1000),
          uploaded_by: p.created_by,
          created_at: reportedAt,
        },
      });
      if (spec.kind === 'audio' && random.chance(0.8)) {
        const lines = random.sample(words.SPOKEN_LINES, random.int(2, 4));
        const slot = spec.durationS / lines.length;
        children.transcriptions.push({
          id: random.uuid(),
          media_id: mediaId,
          language: 'en',
          text: lines.join(' '),
          segments: lines.map((text, k) => ({ start: round(k * slot, 2), end: round((k + 1) * slot - 0.1, 2), text })),
          created_at: addMs(reportedAt, random.int(1, 48) * 3_600_000),
        });
      }
    }
  }

  const latitude = p.latitude as number | null;
  const longitude = p.longitude as number | null;
  if (latitude !== null && longitude !== null && random.chance(full ? 0.3 : 0.05)) {
    const samples = random.int(5, full ? 30 : 10);
    const observerAlt = random.int(0, 400);
    let bearing = random.float(0, 360);
    let elevation = random.float(10, 60);
    const turn = random.float(-4, 4);
    const climb = random.float(-2, 2);
    const distanceKm = random.float(2, 30);
    for (let s = 0; s < samples; s++) {
      const rad = (bearing * Math.PI) / 180;
      const objectLat = Math.max(-89.9, Math.min(89.9, latitude + (distanceKm * Math.cos(rad)) / 111));
      const rawLng = longitude + (distanceKm * Math.sin(rad)) / (111 * Math.max(0.1, Math.cos((latitude * Math.PI) / 180)));
      children.coords.push({
        id: random.uuid(),
        phenom_id: phenomId,
        t: addMs(occurredAt, Math.round((s / samples) * durationS * 1000)),
        observer_lat: latitude,
        observer_lng: longitude,
        observer_alt_m: observerAlt,
        object_lat: round(objectLat, 6),
        object_lng: round(((((rawLng + 180) % 360) + 360) % 360) - 180, 6),
        object_alt_m: Math.round(Math.min(1e6, distanceKm * 1000 * Math.tan((elevation * Math.PI) / 180))),
        bearing_deg: round(bearing, 2) % 360,
        elevation_deg: round(elevation, 2),
      });
      bearing = (((bearing + turn) % 360) + 360) % 360;
      elevation = Math.max(0, Math.min(89, elevation + climb));
    }
  }

  if (random.chance(full ? 0.15 : 0.03)) {
    for (const sensor of random.sample(words.SENSORS, random.int(1, 2))) {
      for (let s = random.int(3, full ? 20 : 6); s > 0; s--) {
        children.sensorData.push({ id: random.uuid(), phenom_id: phenomId, sensor, t: addMs(occurredAt, random.int(0, durationS) * 1000), readings: sensorReadings(random, sensor) });
      }
    }
  }

  if (random.chance(full ? 0.2 : 0.05)) {
    for (let s = random.int(1, 2); s > 0; s--) {
      const startedAt = addMs(occurredAt, random.int(-30, 60) * 1000);
      children.shoots.push({
        id: random.uuid(),
        phenom_id: phenomId,
        started_at: startedAt,
        ended_at: random.chance(0.95) ? addMs(startedAt, random.int(5, durationS) * 1000) : null,
        device: random.pick(words.DEVICES),
        operator: random.chance(0.7) ? (random.pick(ctx.publicUsers).display_name as string) : (random.pick(ctx.staff).display_name as string),
        notes: random.pick(words.SHOOT_NOTES),
        created_at: reportedAt,
      });
    }
  }
  return children;
}

/** Teams, public submissions, lists with their shares, and notifications, built around the demo phenoms. */
export function generateOrganisation(ctx: GeneratorContext): Organisation {
  const random = Random.for(ctx.seed, 'organisation');
  const until = ctx.until;
  const core = Array.from({ length: Math.min(ctx.phenoms, DEMO_PHENOMS) }, (_, i) => generatePhenom(ctx, i).row);
  const live = core.filter((p) => p.deleted_at === null);
  const staffIds = ctx.staff.map((u) => u.id as string);
  const demoIds = new Set(DEMO_USERS.map((u) => u.id));
  const [analyst, field] = DEMO_STAFF;
  const org: Organisation = { teams: [], teamMembers: [], drops: [], lists: [], listItems: [], listShares: [], itemShares: [], notifications: [] };

  for (const team of words.TEAMS) {
    const createdAt = addMs(until, -random.int(200, HISTORY_DAYS) * DAY_MS);
    const id = uuidV5(`team:${team.name}`);
    org.teams.push({ id, name: team.name, description: team.description, created_at: createdAt, updated_at: createdAt });
    random.sample(staffIds, random.int(4, 7)).forEach((userId, k) => {
      org.teamMembers.push({ team_id: id, user_id: userId, is_lead: k === 0, joined_at: addMs(createdAt, random.int(0, 100) * DAY_MS) });
    });
  }
  // The demo accounts always belong somewhere, so team pages have someone familiar.
  for (const [userId, teamIndex] of [[DEMO_ADMIN.id, 0], [analyst.id, 1], [field.id, 0]] as const) {
    const teamId = org.teams[teamIndex].id;
    if (!org.teamMembers.some((m) => m.team_id === teamId && m.user_id === userId)) {
      org.teamMembers.push({ team_id: teamId, user_id: userId, is_lead: false, joined_at: org.teams[teamIndex].created_at });
    }
  }

  const submitters = ctx.publicUsers.map((u) => u.id as string);
  for (let d = Math.round(core.length * 0.15); d > 0 && live.length > 0; d--) {
    const status = random.weighted([['pending', 40], ['accepted', 35], ['rejected', 15], ['duplicate', 10]] as const);
    const linked = status === 'accepted' || status === 'duplicate' ? random.pick(live) : null;
    const submittedAt = linked ? addMs(linked.reported_at as Date, -random.int(0, 120) * 60_000) : addMs(until, -random.float(0, 45) * DAY_MS);
    const about = linked ?? random.pick(core);
    org.drops.push({
      id: random.uuid(),
      submitter_id: random.chance(0.9) ? random.pick(submitters) : null,
      payload: {
        description: about.description,
        latitude: about.latitude,
        longitude: about.longitude,
        occurred_at: (about.occurred_at as Date).toISOString(),
        media_count: random.int(0, 3),
        device: random.pick(words.DEVICES),
        app_version: `2.${random.int(0, 9)}.${random.int(0, 20)}`,
      },
      status,
      phenom_id: linked ? linked.id : null,
      submitted_at: submittedAt,
      updated_at: status === 'pending' ? submittedAt : minDate(addMs(submittedAt, random.float(0.1, 10) * DAY_MS), until),
    });
  }

  const addList = (ownerId: string, name: string) => {
    const createdAt = addMs(until, -random.int(1, 400) * DAY_MS);
    const list: Row<'lists'> = { id: random.uuid(), owner_id: ownerId, name, description: random.chance(0.5) ? `Shared working list: ${name.toLowerCase()}.` : '', created_at: createdAt, updated_at: createdAt };
    org.lists.push(list);
    random.sample(live, random.int(5, 30)).forEach((p, position) => {
      org.listItems.push({ id: random.uuid(), list_id: list.id, phenom_id: p.id, added_by: ownerId, note: random.pick(words.LIST_NOTES), position, created_at: addMs(createdAt, random.int(0, 3_600) * 1000) });
    });
    return list;
  };
  const share = (list: Row<'lists'>, userId: string, canEdit: boolean) => {
    org.listShares.push({ list_id: list.id, user_id: userId, can_edit: canEdit, created_at: list.created_at });
  };
  if (live.length > 0) {
    // Fixed scenarios the demo and the e2e tests rely on: a read-only share, an editable share, a single shared item.
    const starlink = addList(analyst.id, 'Starlink trains');
    share(starlink, field.id, false);
    share(starlink, DEMO_ADMIN.id, true);
    const fieldList = addList(field.id, 'Follow up with witness');
    const sharedItem = org.listItems.filter((i) => i.list_id === fieldList.id)[0];
    org.itemShares.push({ item_id: sharedItem.id, user_id: analyst.id, shared_by: field.id, created_at: sharedItem.created_at });
    addList(DEMO_ADMIN.id, 'Candidates for the monthly report');
    for (const owner of staffIds.filter((id) => !demoIds.has(id))) {
      for (const name of random.sample(words.LIST_NAMES, random.int(0, 3))) {
        const list = addList(owner, name);
        for (const userId of random.sample(staffIds.filter((id) => id !== owner), random.int(0, 3))) share(list, userId, random.chance(0.4));
      }
    }
  }

  for (const user of ctx.staff) {
    const userId = user.id as string;
    const notify = (kind: string, payload: Record<string, unknown>, at: Date) => {
      org.notifications.push({ id: random.uuid(), user_id: userId, kind, payload, read_at: random.chance(0.6) ? minDate(addMs(at, random.int(1, 72) * 3_600_000), until) : null, created_at: at });
    };
    for (const p of random.sample(live.filter((x) => x.assignee_id === userId), 8)) {
      notify('phenom.assigned', { phenom_id: p.id, title: p.title }, p.updated_at as Date);
    }
    for (const s of org.listShares.filter((x) => x.user_id === userId)) {
      const list = org.lists.find((l) => l.id === s.list_id)!;
      notify('list.shared', { list_id: list.id, name: list.name, by: list.owner_id, can_edit: s.can_edit }, s.created_at as Date);
    }
    for (const s of org.itemShares.filter((x) => x.user_id === userId)) {
      notify('item.shared', { item_id: s.item_id, by: s.shared_by }, s.created_at as Date);
    }
    for (const drop of random.sample(org.drops.filter((x) => x.status === 'pending'), random.int(0, 4))) {
      notify('drop.submitted', { drop_id: drop.id }, drop.submitted_at as Date);
    }
  }
  return org;
}

export interface MediaObject {
  key: string;
  contentType: string;
  body: Buffer;
}

/**
 * The S3 objects behind the seeded phenom_media rows, for the dev stack to upload to the local bucket. Same
 * options as the seed, same objects, byte for byte.
 */
export function* mediaObjects(options: Partial<GeneratorOptions> = {}): Generator<MediaObject> {
  const ctx = createContext({ seed: options.seed ?? DEFAULT_SEED, phenoms: options.phenoms ?? DEMO_PHENOMS, until: options.until ?? DEFAULT_UNTIL });
  for (let i = 0; i < Math.min(ctx.phenoms, DEMO_PHENOMS); i++) {
    for (const media of generatePhenomChildren(ctx, i, generatePhenom(ctx, i)).media) {
      const rendered = renderMedia(media.spec);
      yield { key: media.row.s3_key as string, contentType: rendered.contentType, body: rendered.body };
    }
  }
}
