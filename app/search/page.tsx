import type { Metadata } from 'next';
import { Suspense } from 'react';
import { SearchPage } from '@/components/search/search-page';
import { PageTitle } from '@/components/ui';
import { pageMetadata } from '@/lib/model/structured-data';

export const metadata: Metadata = pageMetadata({
  title: 'Search',
  description: 'Search claims, sources, entities and reports by name, place, group or phrase.',
  path: '/search/',
});

export default function Page() {
  return (
    <>
      <PageTitle title="Search" />
      {/* The query is read from the URL in the browser (a static export has no server to read it). */}
      <Suspense fallback={<p className="text-sm">Loading search…</p>}>
        <SearchPage />
      </Suspense>
    </>
  );
}
