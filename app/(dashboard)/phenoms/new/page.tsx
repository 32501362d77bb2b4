import type { Metadata } from 'next';
import { PageHeader } from '@/components/layout/page-header';
import { IntakeForm } from '@/components/phenoms/intake-form';
import { Card, CardContent } from '@/components/ui/card';

export const metadata: Metadata = { title: 'New phenom' };

export default function NewPhenomPage() {
  return (
    <>
      <PageHeader title="New phenom" description="A report taken down by hand (a call, an email). It starts as new and unassigned; the sky of that moment is captured at once." />
      <Card>
        <CardContent className="pt-6">
          <IntakeForm />
        </CardContent>
      </Card>
    </>
  );
}
