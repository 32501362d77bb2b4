import { AUDIT_ACTIONS, AUDITED_TABLES, type AuditFilters } from '@/lib/audit/filters';
import { personName } from '@/lib/users/display';
import { Button } from '@/components/ui/button';
import { Input, NativeSelect } from '@/components/ui/input';
import { Label } from '@/components/ui/label';

function Choice({ name, label, any, value, options }: { name: string; label: string; any: string; value?: string; options: { value: string; label: string }[] }) {
  return (
    <div className="flex flex-col gap-2">
      <Label htmlFor={`audit-${name}`}>{label}</Label>
      <NativeSelect id={`audit-${name}`} name={name} defaultValue={value ?? ''}>
        <option value="">{any}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </NativeSelect>
    </div>
  );
}

const same = (values: readonly string[]) => values.map((v) => ({ value: v, label: v }));

/** A plain GET form: filtering works before (and without) JavaScript, and every filter lives in the address. */
export function AuditFilterForm({ filters, people }: { filters: AuditFilters; people: { id: string; display_name: string; email: string }[] }) {
  return (
    <form method="get" action="/audit" aria-label="Filter the audit log" className="mb-6 grid gap-3 sm:grid-cols-2 lg:grid-cols-[repeat(5,minmax(0,1fr))_auto] lg:items-end">
      <Choice name="actor" label="Who" any="Anyone" value={filters.actor} options={people.map((p) => ({ value: p.id, label: personName(p) }))} />
      <Choice name="table" label="Table" any="Any table" value={filters.table} options={same(AUDITED_TABLES)} />
      <Choice name="action" label="Action" any="Any action" value={filters.action} options={same(AUDIT_ACTIONS)} />
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
