import type { AnchorHTMLAttributes } from 'react';

/**
 * A link to a page of this site: a plain `<a>`. The site is a set of static pages, each complete
 * on its own; following a link loads the next page, which a static host or CDN serves from cache.
 * Next's client-side navigation would need a second copy of every page (the RSC payload files,
 * three more per page), which the build does not publish: see docs/architecture.md.
 */
export default function Link({ href, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  return <a href={href} {...rest} />;
}
