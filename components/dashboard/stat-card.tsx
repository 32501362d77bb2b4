import { AppLink } from '@/components/navigation/app-link';
import type { LucideIcon } from 'lucide-react';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';

const numberFormat = new Intl.NumberFormat('en-GB');

export function StatCard({ label, value, hint, href, icon: Icon }: { label: string; value: number; hint?: string; href: string; icon: LucideIcon }) {
  return (
    <AppLink href={href} className="rounded-xl outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50">
      <Card className="h-full gap-2 transition-colors hover:bg-accent/50">
        <CardHeader className="flex-row items-center justify-between">
          <CardTitle className="text-sm font-medium text-muted-foreground">{label}</CardTitle>
          <Icon className="size-4 text-muted-foreground" aria-hidden />
        </CardHeader>
        <CardContent>
          <div className="text-3xl font-semibold tabular-nums">{numberFormat.format(value)}</div>
          {hint ? <p className="mt-1 text-xs text-muted-foreground">{hint}</p> : null}
        </CardContent>
      </Card>
    </AppLink>
  );
}

/** A labelled horizontal bar per value: readable without a chart library and without JavaScript. */
export function BreakdownBars({
  label,
  rows,
  total,
}: {
  /** Names the list for assistive technology (the card title it sits under). */
  label: string;
  rows: { key: string; label: string; count: number; href: string; color?: string }[];
  total: number;
}) {
  return (
    <ul aria-label={label} className="flex flex-col gap-3">
      {rows.map((row) => {
        const share = total > 0 ? row.count / total : 0;
        const percent = Math.round(share * 100);
        return (
          <li key={row.key}>
            {/* The bar is decoration. The link is named by its visible text ("Triage 1,234 (12%)"), never by an
                aria-label that says something else than what is seen. */}
            <AppLink href={row.href} className="group block rounded-md outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50">
              <div className="mb-1 flex items-baseline justify-between text-sm">
                <span className="group-hover:underline">{row.label}</span>
                <span className="tabular-nums text-muted-foreground">
                  {numberFormat.format(row.count)} <span className="text-xs">({percent}%)</span>
                </span>
              </div>
              <div className="h-2 overflow-hidden rounded-full bg-muted" aria-hidden>
                <div className="h-full rounded-full bg-primary" style={{ width: `${Math.max(share * 100, row.count > 0 ? 1 : 0)}%`, background: row.color }} />
              </div>
            </AppLink>
          </li>
        );
      })}
    </ul>
  );
}
