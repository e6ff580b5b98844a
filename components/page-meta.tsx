import Link from './link';
import type { LastChanged } from '@/lib/model/corpus';
import { formatDate } from '@/lib/model/format';
import { editUrl } from '@/lib/model/site';
import { ExternalLink } from './links';

/** A machine-readable form of the page's item (a file the build writes, not a page). */
export interface ItemDownload {
  href: string;
  label: string;
  /** Media type, e.g. application/ld+json. */
  type: string;
}

/**
 * The foot of a page: when its source file last changed (from git, computed by the content layer),
 * the item's machine-readable forms where it has any, and a link to edit its file in the repository
 * (only when the build was given one: REPOSITORY_URL). `file` is the path from the repository root.
 */
export function PageMeta({
  file,
  changed,
  downloads = [],
}: {
  file: string;
  changed: LastChanged | null;
  downloads?: ItemDownload[];
}) {
  const edit = editUrl(file);
  return (
    <footer data-testid="page-meta" className="page-meta">
      {changed ? (
        <p>
          Last changed {changed.source === 'shallow' ? 'on or before ' : ''}
          <time dateTime={changed.date}>{formatDate(changed.date)}</time>
        </p>
      ) : null}
      {downloads.length ? (
        <p data-testid="item-downloads">
          Data:{' '}
          {downloads.map((d, i) => (
            <span key={d.href}>
              {i ? ' · ' : null}
              <a href={d.href} type={d.type}>
                {d.label}
              </a>
            </span>
          ))}{' '}
          (<Link href="/data/">about the downloads</Link>)
        </p>
      ) : null}
      {edit ? (
        <p>
          <ExternalLink href={edit}>Edit this page</ExternalLink>
        </p>
      ) : null}
    </footer>
  );
}
