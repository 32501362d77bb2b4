import { AUDIT_ACTIONS, AUDITED_TABLES, type AuditFilters } from '@/lib/audit/filters';
import { personName } from '@/lib/users/display';
import { Button } from '@/components/ui/button';
import { Input, NativeSelect } from '@/components/ui/input';
import { Label } from '@/components/ui/label';

/** A plain GET form: filtering works before (and without) JavaScript, and every filter lives in the address. */
export function AuditFilterForm({ filters, people }: { filters: AuditFilters; people: { id: string; display_name: string; email: string }[] }) {
  return (
    <form method="get" action="/audit" aria-label="Filter the audit log" className="mb-6 grid gap-3 sm:grid-cols-2 lg:grid-cols-[repeat(5,minmax(0,1fr))_auto] lg:items-end">
      <div className="flex flex-col gap-2">
        <Label htmlFor="audit-actor">Who</Label>
        <NativeSelect id="audit-actor" name="actor" defaultValue={filters.actor ?? ''}>
          <option value="">Anyone</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {personName(p)}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="flex flex-col gap-2">
        <Label htmlFor="audit-table">Table</Label>
        <NativeSelect id="audit-table" name="table" defaultValue={filters.table ?? ''}>
          <option value="">Any table</option>
          {AUDITED_TABLES.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="flex flex-col gap-2">
        <Label htmlFor="audit-action">Action</Label>
        <NativeSelect id="audit-action" name="action" defaultValue={filters.action ?? ''}>
          <option value="">Any action</option>
          {AUDIT_ACTIONS.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="flex flex-col gap-2">
        <Label htmlFor="audit-from">From (UTC day)</Label>
        <Input id="audit-from" name="from" type="date" defaultValue={filters.from} />
      </div>
      <div className="flex flex-col gap-2">
        <Label htmlFor="audit-to">To (UTC day)</Label>
        <Input id="audit-to" name="to" type="date" defaultValue={filters.to} />
      </div>
      <Button type="submit">Filter</Button>
    </form>
  );
}
