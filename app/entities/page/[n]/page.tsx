import type { Metadata } from 'next';
import { getCorpus } from '@/lib/content/store';
import { laterPages, pageNumber } from '@/lib/model/paging';
import { EntitiesIndex, entitiesIndexMetadata } from '../../entities-index';

export const dynamicParams = false;

type Props = { params: Promise<{ n: string }> };

export function generateStaticParams() {
  return laterPages('entity', getCorpus().entities.length);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return entitiesIndexMetadata(pageNumber((await params).n));
}

export default async function EntitiesIndexPage({ params }: Props) {
  return <EntitiesIndex n={pageNumber((await params).n)} />;
}
