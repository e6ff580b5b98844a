import Link from './link';
import { FEEDS, feedPath } from '@/lib/model/open-data';
import { SITE } from '@/lib/model/site';
import { SearchBox } from './search/search-box';

export function SiteHeader() {
  return (
    <header data-no-preview="" className="site-header">
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-bold tracking-tight text-inherit no-underline">
          <span aria-hidden="true" className="mr-1 text-emerald-700 dark:text-emerald-400">
            ✓
          </span>
          {SITE.name}
        </Link>
        <nav aria-label="Main" className="order-3 w-full sm:order-none sm:w-auto">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {SITE.nav.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="nav-link">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="ml-auto min-w-0 flex-1 sm:max-w-xs">
          <SearchBox />
        </div>
      </div>
    </header>
  );
}

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="mx-auto flex max-w-6xl flex-wrap justify-between gap-4 px-4">
        <p>
          {SITE.name}: {SITE.tagline}
        </p>
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          <li>
            <Link href="/methodology/">How we assess claims</Link>
          </li>
          <li>
            <Link href="/data/">Open data</Link>
          </li>
          <li data-testid="footer-feeds">
            Feeds:{' '}
            {FEEDS.map((f, i) => (
              <span key={f.key}>
                {i ? ' · ' : null}
                <a href={`/${feedPath(f.key, 'atom.xml')}`} type="application/atom+xml">
                  {f.key} (Atom)
                </a>
              </span>
            ))}
          </li>
        </ul>
      </div>
    </footer>
  );
}
