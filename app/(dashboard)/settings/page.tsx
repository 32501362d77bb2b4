import type { Metadata } from 'next';
import { MeDocument } from '@/graphql/generated/graphql';
import { requireStaff } from '@/lib/auth';
import { presignMediaUrls } from '@/lib/s3';
import { staffQuery } from '@/lib/staff-query';
import { PageHeader } from '@/components/layout/page-header';
import { AvatarForm, DisplayNameForm } from '@/components/settings/profile-form';
import { DataError } from '@/components/states/data-error';
import { ThemeSelect } from '@/components/layout/theme-switch';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';

export const metadata: Metadata = { title: 'Settings' };

export default async function SettingsPage() {
  const { user } = await requireStaff();
  const result = await staffQuery(MeDocument, { id: user.sub });
  const header = <PageHeader title="Settings" description={`Signed in as ${user.email}. Your email and groups come from the sign-in service and are changed there.`} />;
  if (!result.ok) {
    return (
      <>
        {header}
        <DataError error={result.error} />
      </>
    );
  }
  const me = result.data.users_by_pk;
  const avatarUrl = me?.avatar_key ? ((await presignMediaUrls([me.avatar_key])).get(me.avatar_key) ?? null) : null;
  return (
    <>
      {header}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>Profile</CardTitle>
            <CardDescription>How colleagues see you in lists, shares, teams and the audit log.</CardDescription>
          </CardHeader>
          <CardContent className="flex flex-col gap-6">
            <DisplayNameForm initial={me?.display_name ?? ''} />
            <AvatarForm initialUrl={avatarUrl} />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Theme</CardTitle>
            <CardDescription>System follows your device’s light or dark setting. Kept in this browser; also in the account menu.</CardDescription>
          </CardHeader>
          <CardContent>
            <ThemeSelect />
          </CardContent>
        </Card>
      </div>
    </>
  );
}
