/** @jest-environment jsdom */
import { act, fireEvent, render as renderBare, screen } from '@testing-library/react';
import { AppRouterContext } from 'next/dist/shared/lib/app-router-context.shared-runtime';
import { Profiler, type ReactElement, type ReactNode } from 'react';
import { AppLink } from './app-link';
import { NavigationWatch } from './navigation-watch';
import { useAppNavigation } from './use-app-navigation';

// The app router's own Link (what `next/link` is inside the app), not the pages-router one jest would resolve, with
// the props it gets recorded: in a test build next/link never prefetches whatever it is told (it does so only in
// production builds), so the prop is what can be checked here. Its modules want TextEncoder, which jsdom lacks.
jest.mock('next/link', () => {
  Object.assign(globalThis, { TextEncoder: jest.requireActual('node:util').TextEncoder });
  const { createElement } = jest.requireActual('react');
  const Actual = jest.requireActual('next/dist/client/app-dir/link').default;
  const props: Record<string, unknown>[] = [];
  return { __esModule: true, props, default: (p: Record<string, unknown>) => (props.push(p), createElement(Actual, p)) };
});
const linkProps = () => (jest.requireMock('next/link') as { props: Record<string, unknown>[] }).props;
// Its router modules load the Flight client, which the bundler aliases; the link never fetches here (no prefetch).
jest.mock('react-server-dom-webpack/client', () => ({}), { virtual: true });

const router = { push: jest.fn(), replace: jest.fn(), prefetch: jest.fn(), refresh: jest.fn(), back: jest.fn(), forward: jest.fn() };
jest.mock('next/navigation', () => ({ useRouter: () => router }));

/** Renders inside the app router's context, as every page is (next/link leaves clicks alone without one). */
const render = (ui: ReactElement) =>
  renderBare(ui, { wrapper: ({ children }) => <AppRouterContext.Provider value={router}>{children}</AppRouterContext.Provider> });

/** jsdom has no PerformanceObserver: this one lets a test report a finished resource fetch. */
class FakePerformanceObserver {
  static live = new Set<FakePerformanceObserver>();
  constructor(private readonly callback: (list: { getEntries: () => { name: string }[] }) => void) {}
  observe() {
    FakePerformanceObserver.live.add(this);
  }
  disconnect() {
    FakePerformanceObserver.live.delete(this);
  }
  static finish(url: string) {
    for (const observer of FakePerformanceObserver.live) observer.callback({ getEntries: () => [{ name: url }] });
  }
}

/** How often NavigationWatch has rendered (it renders nothing itself, so a Profiler counts its commits). */
function mountWatch(children?: ReactNode) {
  const renders = { count: 0 };
  const view = render(
    <>
      <Profiler id="watch" onRender={() => void (renders.count += 1)}>
        <NavigationWatch />
      </Profiler>
      {children}
    </>,
  );
  renders.count = 0;
  return { renders, ...view };
}

const advance = (ms: number) => act(() => void jest.advanceTimersByTime(ms));

/** The times (ms from now) at which the watch re-renders, up to 5 s. */
function rerenderTimes(renders: { count: number }): number[] {
  const times: number[] = [];
  for (let ms = 1; ms <= 5_000; ms += 1) {
    const before = renders.count;
    advance(1);
    if (renders.count > before) times.push(ms);
  }
  return times;
}

function Navigator({ href, replace }: { href: string; replace?: boolean }) {
  const { navigate } = useAppNavigation();
  return <button onClick={() => navigate(href, { replace, scroll: false })}>go</button>;
}

beforeEach(() => {
  jest.useFakeTimers();
  jest.clearAllMocks();
  Object.assign(window, { PerformanceObserver: FakePerformanceObserver });
});
afterEach(() => {
  jest.useRealTimers();
});

describe('AppLink', () => {
  it('is a link to its address whose click navigates through the helper, pushing by default', () => {
    render(<AppLink href="/phenoms?sort=title">Title</AppLink>);
    const link = screen.getByRole('link', { name: 'Title' });
    expect(link.getAttribute('href')).toBe('/phenoms?sort=title');
    fireEvent.click(link);
    expect(router.push).toHaveBeenCalledWith('/phenoms?sort=title', { scroll: true });
    expect(router.replace).not.toHaveBeenCalled();
  });

  it('replaces the history entry and keeps the scroll position when asked', () => {
    render(
      <AppLink href="/phenoms?page=2" replace scroll={false}>
        Next
      </AppLink>,
    );
    fireEvent.click(screen.getByRole('link', { name: 'Next' }));
    expect(router.replace).toHaveBeenCalledWith('/phenoms?page=2', { scroll: false });
    expect(router.push).not.toHaveBeenCalled();
  });

  it('leaves a modified click (new tab, new window) to the browser', () => {
    render(<AppLink href="/phenoms">Phenoms</AppLink>);
    fireEvent.click(screen.getByRole('link', { name: 'Phenoms' }), { ctrlKey: true });
    fireEvent.click(screen.getByRole('link', { name: 'Phenoms' }), { metaKey: true });
    expect(router.push).not.toHaveBeenCalled();
  });

  it('tells next/link never to prefetch (docs/app.md, "Navigation")', () => {
    linkProps().length = 0;
    render(<AppLink href="/phenoms?page=3">Page 3</AppLink>);
    fireEvent.mouseEnter(screen.getByRole('link', { name: 'Page 3' }));
    expect(linkProps().length).toBeGreaterThan(0);
    expect(linkProps().map((p) => p.prefetch)).toEqual(linkProps().map(() => false));
    expect(router.prefetch).not.toHaveBeenCalled();
  });
});

describe('useAppNavigation', () => {
  it('pushes or replaces with the scroll option given', () => {
    const { rerender } = render(<Navigator href="/phenoms?status=open" />);
    fireEvent.click(screen.getByRole('button'));
    expect(router.push).toHaveBeenCalledWith('/phenoms?status=open', { scroll: false });
    rerender(<Navigator href="/phenoms?status=closed" replace />);
    fireEvent.click(screen.getByRole('button'));
    expect(router.replace).toHaveBeenCalledWith('/phenoms?status=closed', { scroll: false });
  });

  it('gives the same navigate function on every render, so effects may depend on it', () => {
    const seen = new Set<unknown>();
    function Spy() {
      seen.add(useAppNavigation().navigate);
      return null;
    }
    const { rerender } = render(<Spy />);
    rerender(<Spy />);
    rerender(<Spy />);
    expect(seen.size).toBe(1);
  });
});

describe('NavigationWatch', () => {
  it('renders nothing', () => {
    const { container } = mountWatch();
    expect(container.innerHTML).toBe('');
  });

  it('re-renders 0.3, 1, 2 and 3.5 s after a navigation through the helper, and not otherwise', () => {
    const { renders } = mountWatch(<Navigator href="/phenoms?page=2" />);
    expect(rerenderTimes(renders)).toEqual([]);
    fireEvent.click(screen.getByRole('button'));
    expect(rerenderTimes(renders)).toEqual([300, 1_000, 2_000, 3_500]);
  });

  it('re-renders after a link click', () => {
    const { renders } = mountWatch(<AppLink href="/phenoms?sort=title">Title</AppLink>);
    fireEvent.click(screen.getByRole('link', { name: 'Title' }));
    expect(rerenderTimes(renders)).toEqual([300, 1_000, 2_000, 3_500]);
  });

  it('re-renders after back/forward, which does not go through the helper', () => {
    const { renders } = mountWatch();
    act(() => void window.dispatchEvent(new PopStateEvent('popstate')));
    expect(rerenderTimes(renders)).toEqual([300, 1_000, 2_000, 3_500]);
  });

  it('re-renders after an RSC fetch finishes (a refresh, a lazy fetch), but not after other fetches', () => {
    const { renders } = mountWatch();
    act(() => FakePerformanceObserver.finish('http://127.0.0.1/phenoms/1/media/photo.png'));
    expect(rerenderTimes(renders)).toEqual([]);
    act(() => FakePerformanceObserver.finish('http://127.0.0.1/phenoms?page=2&_rsc=1x2y3'));
    expect(rerenderTimes(renders)).toEqual([300, 1_000, 2_000, 3_500]);
  });

  it('stops listening once unmounted', () => {
    const { renders, unmount } = mountWatch();
    unmount();
    act(() => void window.dispatchEvent(new PopStateEvent('popstate')));
    act(() => FakePerformanceObserver.finish('http://127.0.0.1/phenoms?_rsc=1'));
    expect(FakePerformanceObserver.live.size).toBe(0);
    expect(rerenderTimes(renders)).toEqual([]);
  });
});
