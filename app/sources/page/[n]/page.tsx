import type { Metadata } from 'next';
import { getCorpus } from '@/lib/content/store';
import { laterPages, pageNumber } from '@/lib/model/paging';
import { SourcesIndex, sourcesIndexMetadata } from '../../sources-index';

export const dynamicParams = false;

type Props = { params: Promise<{ n: string }> };

export function generateStaticParams() {
  return laterPages('source', getCorpus().sources.length);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return sourcesIndexMetadata(pageNumber((await params).n));
}

export default async function SourcesIndexPage({ params }: Props) {
  return <SourcesIndex n={pageNumber((await params).n)} />;
}
