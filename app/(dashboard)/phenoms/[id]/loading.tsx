import { Skeleton } from '@/components/ui/skeleton';

/**
 * The detail page's own loading boundary. Besides showing the page's shape while it loads, it fixes a real failure:
 * with only the (dashboard)-wide boundary, clicking a title in the list after its prefetch had finished often did
 * nothing at all (Next 15.5 fetched the page, then never switched to it; in our runs a quarter to half of the clicks
 * on a settled list). With a boundary at this segment every click lands. e2e/dashboard.spec.ts opens a phenom by
 * clicking its title, so a regression shows up there.
 */
export default function PhenomLoading() {
  return (
    <div role="status" aria-live="polite" className="flex flex-col gap-6">
      <span className="sr-only">Loading…</span>
      <Skeleton className="h-8 w-64" />
      <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_24rem]">
        <div className="flex flex-col gap-6">
          <Skeleton className="h-56" />
          <Skeleton className="h-72" />
        </div>
        <Skeleton className="h-80" />
      </div>
    </div>
  );
}
