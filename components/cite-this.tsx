import { type CitedPage, citationsFor } from '@/lib/model/citation';
import { CopyButton } from './copy-button';
import { ExternalLink } from './links';

/**
 * "Cite this": the page's permanent address, the file as it was at the commit the site was built
 * from, and the page as an APA, Chicago and BibTeX reference (formatted when the page is built,
 * so no citation code reaches the browser), each with a copy button.
 */
export function CiteThis({ page, commit }: { page: CitedPage; commit: string | null }) {
  const c = citationsFor(page, commit);
  const forms = [
    ['apa', 'APA', c.apa],
    ['chicago', 'Chicago', c.chicago],
    ['bibtex', 'BibTeX', c.bibtex],
  ] as const;
  const id = (key: string) => `cite-${key}`;
  return (
    <div className="space-y-4 text-sm" data-testid="cite-this">
      <div>
        <p className="font-medium">Permanent link</p>
        <p className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1">
          <code id={id('url')} className="break-all">
            {c.url}
          </code>
          <span className="print:hidden">
            <CopyButton target={id('url')} label="permanent link" />
          </span>
        </p>
        <p className="mt-1 subtle">
          {c.version ? (
            <>
              Built from commit <code>{c.version.short}</code>
              {c.version.url ? (
                <>
                  : <ExternalLink href={c.version.url}>this page&rsquo;s file as it was then</ExternalLink>
                </>
              ) : null}
              .
            </>
          ) : (
            'Built outside a git checkout, so no commit is recorded.'
          )}
        </p>
      </div>
      {forms.map(([key, label, text]) => (
        <div key={key} className={key === 'bibtex' ? 'print:hidden' : ''}>
          <p className="flex items-center gap-2 font-medium">
            {label}
            <span className="print:hidden">
              <CopyButton target={id(key)} label={`${label} citation`} />
            </span>
          </p>
          {key === 'bibtex' ? (
            <pre
              id={id(key)}
              className="mt-1 overflow-x-auto rounded bg-stone-100 p-2 text-xs dark:bg-stone-900"
              tabIndex={0}
              aria-label="BibTeX entry"
            >
              {text}
            </pre>
          ) : (
            <p id={id(key)} className="mt-1 break-words rounded bg-stone-50 p-2 dark:bg-stone-900">
              {text}
            </p>
          )}
        </div>
      ))}
    </div>
  );
}
