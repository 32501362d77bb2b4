import Link from 'next/link';
import type { ComponentProps } from 'react';

/**
 * The one link component of the app: next/link with prefetching turned off. Every internal link (tables, pager,
 * sidebar, dashboard cards) goes through it, and eslint refuses next/link anywhere else.
 *
 * Why no prefetch: in Next 15.5 an "auto" prefetch of one of our (dynamic) pages holds only the loading boundary,
 * and it is stored under the bare pathname, so it stands in ("aliases") for every `/phenoms?…` address. A click then
 * renders that loading-only entry and fetches the page a second time from inside the render (layout-router's lazy
 * fetch + a SERVER_PATCH action: two transitions on the router state). In that interleaved render React 19.2 can
 * lose the ping of a streamed RSC chunk and keep the old screen for good: the RSC payload arrives, the page never
 * changes (docs/app.md, "Navigation"). Without prefetch entries every navigation fetches its page once, in the
 * navigation itself, and nothing aliases it.
 */
export function AppLink(props: Omit<ComponentProps<typeof Link>, 'prefetch'>) {
  return <Link {...props} prefetch={false} />;
}
