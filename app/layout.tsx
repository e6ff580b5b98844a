import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { ContentReload } from '@/components/content-reload';
import { LinkPreviews } from '@/components/link-previews';
import { SiteFooter, SiteHeader } from '@/components/site-header';
import { getCorpus } from '@/lib/content/store';
import { previewShards } from '@/lib/model/previews';
import { SITE } from '@/lib/model/site';
import { feedAlternates } from '@/lib/model/structured-data';
import './globals.css';

export const metadata: Metadata = {
  // Absolute links in <head> only when the build was told the public address (SITE_URL); never a guessed host.
  ...(SITE.url ? { metadataBase: new URL(`${SITE.url}/`) } : {}),
  title: { default: `${SITE.name}: annotated reports and claims`, template: `%s · ${SITE.name}` },
  description: SITE.tagline,
  // Pages replace these with their own (lib/model/structured-data.ts pageMetadata); a page without metadata keeps them.
  alternates: { types: feedAlternates() },
  openGraph: { siteName: SITE.name, locale: 'en', type: 'website' },
  twitter: { card: 'summary' },
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fafaf9' },
    { media: '(prefers-color-scheme: dark)', color: '#0c0a09' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">
        <SiteHeader />
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
          {children}
        </main>
        <SiteFooter />
        <LinkPreviews shards={previewShards(getCorpus())} />
        {process.env.NODE_ENV === 'development' && process.env.CORROBORATE_DEV_EVENTS ? (
          <ContentReload url={process.env.CORROBORATE_DEV_EVENTS} />
        ) : null}
      </body>
    </html>
  );
}
