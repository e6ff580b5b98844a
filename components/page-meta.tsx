import type { LastChanged } from '@/lib/model/corpus';
import { formatDate } from '@/lib/model/format';
import { editUrl } from '@/lib/model/site';
import { ExternalLink } from './links';

/**
 * The foot of a page: when its source file last changed (from git, computed by the content layer)
 * and a link to edit that file in the repository. `file` is the path from the repository root.
 */
export function PageMeta({ file, changed }: { file: string; changed: LastChanged | null }) {
  return (
    <footer data-testid="page-meta" className="mt-12 flex flex-wrap gap-x-6 gap-y-1 border-t border-stone-200 pt-4 text-sm text-stone-600 dark:border-stone-800 dark:text-stone-400">
      {changed ? (
        <p>
          Last changed {changed.source === 'shallow' ? 'on or before ' : ''}
          <time dateTime={changed.date}>{formatDate(changed.date)}</time>
        </p>
      ) : null}
      <p>
        <ExternalLink href={editUrl(file)}>Edit this page</ExternalLink>
      </p>
    </footer>
  );
}
