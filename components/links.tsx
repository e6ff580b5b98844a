import Link from './link';
import type { AnchorHTMLAttributes, ReactNode } from 'react';

/** One link component for content: site paths use next/link, others open as external links. */
export function SmartLink({
  href = '',
  children,
  ...rest
}: AnchorHTMLAttributes<HTMLAnchorElement> & { children?: ReactNode }) {
  if (href.startsWith('/') && !href.startsWith('//')) {
    return (
      <Link href={href} {...rest}>
        {children}
      </Link>
    );
  }
  if (href.startsWith('#')) {
    return (
      <a href={href} {...rest}>
        {children}
      </a>
    );
  }
  return (
    <a href={href} rel="noopener noreferrer" target="_blank" {...rest}>
      {children}
      <span className="sr-only"> (external link, opens in a new tab)</span>
    </a>
  );
}

export function ExternalLink({ href, children, className }: { href: string; children: ReactNode; className?: string }) {
  return (
    <a href={href} rel="noopener noreferrer" target="_blank" className={className}>
      {children}
      <span aria-hidden="true"> ↗</span>
      <span className="sr-only"> (external link, opens in a new tab)</span>
    </a>
  );
}
