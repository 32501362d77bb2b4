'use client';

// The one place that may use next/link (eslint.config.mjs).
// eslint-disable-next-line no-restricted-imports
import Link from 'next/link';
import type { ComponentProps } from 'react';
import { useAppNavigation } from '@/components/navigation/use-app-navigation';

type AppLinkProps = Omit<ComponentProps<typeof Link>, 'prefetch' | 'href' | 'onNavigate'> & { href: string };

/**
 * The one link component of the app: a next/link whose client-side navigation goes through
 * {@link useAppNavigation} (which makes sure it lands), with prefetching off. eslint refuses next/link elsewhere.
 * Modified clicks (new tab, download) stay the browser's, as with next/link.
 *
 * Why no prefetch: in Next 15.5 an "auto" prefetch of one of our dynamic pages holds only the loading boundary and
 * is stored under the bare pathname, so it stands in for every `/phenoms?…` address; each click then renders that
 * loading-only entry and fetches the page a second time from inside the render, which is the render where React
 * loses the ping most often (docs/app.md, "Navigation"). Without prefetch a click fetches its page once.
 */
export function AppLink({ href, replace, scroll, ...props }: AppLinkProps) {
  const { navigate } = useAppNavigation();
  return (
    <Link
      {...props}
      href={href}
      replace={replace}
      scroll={scroll}
      prefetch={false}
      onNavigate={(event) => {
        event.preventDefault();
        navigate(href, { replace, scroll: scroll ?? true });
      }}
    />
  );
}
