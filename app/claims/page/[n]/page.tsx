import type { Metadata } from 'next';
import { getCorpus } from '@/lib/content/store';
import { laterPages, pageNumber } from '@/lib/model/paging';
import { ClaimsIndex, claimsIndexMetadata } from '../../claims-index';

export const dynamicParams = false;

type Props = { params: Promise<{ n: string }> };

export function generateStaticParams() {
  return laterPages('claim', getCorpus().claims.length);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return claimsIndexMetadata(pageNumber((await params).n));
}

export default async function ClaimsIndexPage({ params }: Props) {
  return <ClaimsIndex n={pageNumber((await params).n)} />;
}
