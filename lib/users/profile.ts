import 'server-only';
import { MeDocument, UpdateMeDocument, UpsertMyProfileDocument, type MyProfileFieldsFragment } from '@/graphql/generated/graphql';
import { ADMIN_GROUP, type StaffRouteContext, type StaffUser } from '@/lib/auth';
import { presignMediaUrls } from '@/lib/s3';
import { profileRow } from './sync-profile';
import type { ProfilePatch } from './schemas';

type Hasura = StaffRouteContext<unknown>['hasura'];
type Profile = Omit<MyProfileFieldsFragment, 'created_at'> & { created_at: string | null };

/** What /api/me answers: the row, the groups from the token (Cognito's, not the database's), a displayable avatar. */
export interface MeBody {
  me: Profile & { groups: string[]; is_admin: boolean; avatar_url: string | null };
}

async function describe(user: StaffUser, row: MyProfileFieldsFragment | null): Promise<MeBody> {
  // No row before the first page view: the token alone says who this is.
  const profile: Profile = row ?? { id: user.sub, email: user.email.toLowerCase(), display_name: '', avatar_key: null, has_access: true, created_at: null, last_seen_at: null };
  const avatar = profile.avatar_key ? ((await presignMediaUrls([profile.avatar_key])).get(profile.avatar_key) ?? null) : null;
  return { me: { ...profile, groups: user.groups, is_admin: user.groups.includes(ADMIN_GROUP), avatar_url: avatar } };
}

export async function readMe(user: StaffUser, hasura: Hasura): Promise<MeBody> {
  const data = await hasura(MeDocument, { id: user.sub });
  return describe(user, data.users_by_pk ?? null);
}

/** Changes the caller's own row; creates it first when they call the API before ever opening a page. */
export async function updateMe(user: StaffUser, idToken: string, hasura: Hasura, patch: ProfilePatch): Promise<MeBody> {
  let data = await hasura(UpdateMeDocument, { id: user.sub, set: patch });
  if (!data.update_users_by_pk) {
    await hasura(UpsertMyProfileDocument, { object: profileRow(user, idToken, new Date()) });
    data = await hasura(UpdateMeDocument, { id: user.sub, set: patch });
  }
  return describe(user, data.update_users_by_pk ?? null);
}
