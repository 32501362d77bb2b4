import { AppLink } from '@/components/navigation/app-link';
import { ChevronLeft, ChevronRight } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { filtersHref, PAGE_SIZES, type PhenomFilters } from '@/lib/phenoms/filters';

const numberFormat = new Intl.NumberFormat('en-GB');

export function Pagination({ pathname, filters, total }: { pathname: string; filters: PhenomFilters; total: number }) {
  const pages = Math.max(1, Math.ceil(total / filters.size));
  const first = total === 0 ? 0 : (filters.page - 1) * filters.size + 1;
  const last = Math.min(total, filters.page * filters.size);
  return (
    <nav aria-label="Pagination" className="mt-4 flex flex-wrap items-center justify-between gap-3 text-sm">
      <p className="text-muted-foreground" aria-live="polite">
        {numberFormat.format(first)}–{numberFormat.format(last)} of {numberFormat.format(total)}
      </p>
      <div className="flex items-center gap-2">
        <span className="text-muted-foreground">Rows per page</span>
        {PAGE_SIZES.map((size) => (
          <AppLink
            key={size}
            href={filtersHref(pathname, filters, { size })}
            aria-current={size === filters.size ? 'true' : undefined}
            className={size === filters.size ? 'font-semibold underline' : 'text-muted-foreground hover:text-foreground'}
          >
            {size}
          </AppLink>
        ))}
      </div>
      <div className="flex items-center gap-2">
        <PageLink disabled={filters.page <= 1} href={filtersHref(pathname, filters, { page: filters.page - 1 })} label="Previous page">
          <ChevronLeft aria-hidden />
        </PageLink>
        <span className="tabular-nums">
          Page {numberFormat.format(Math.min(filters.page, pages))} of {numberFormat.format(pages)}
        </span>
        <PageLink disabled={filters.page >= pages} href={filtersHref(pathname, filters, { page: filters.page + 1 })} label="Next page">
          <ChevronRight aria-hidden />
        </PageLink>
      </div>
    </nav>
  );
}

function PageLink({ disabled, href, label, children }: { disabled: boolean; href: string; label: string; children: React.ReactNode }) {
  if (disabled) {
    return (
      <Button variant="outline" size="icon" disabled aria-label={label}>
        {children}
      </Button>
    );
  }
  return (
    <Button asChild variant="outline" size="icon">
      <AppLink href={href} aria-label={label} scroll={false}>
        {children}
      </AppLink>
    </Button>
  );
}
