import type { Metadata } from 'next';
import { getCorpus } from '@/lib/content/store';
import { laterPages, pageNumber } from '@/lib/model/paging';
import { ReportsIndex, reportsIndexMetadata } from '../../reports-index';

export const dynamicParams = false;

type Props = { params: Promise<{ n: string }> };

export function generateStaticParams() {
  return laterPages('report', getCorpus().reports.length);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return reportsIndexMetadata(pageNumber((await params).n));
}

export default async function ReportsIndexPage({ params }: Props) {
  return <ReportsIndex n={pageNumber((await params).n)} />;
}
