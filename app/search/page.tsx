import type { Metadata } from 'next';
import { Suspense } from 'react';
import { SearchPage } from '@/components/search/search-page';
import { PageTitle } from '@/components/ui';

export const metadata: Metadata = {
  title: 'Search',
  description: 'Search claims, sources, entities and reports by name, place, group or phrase.',
};

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
