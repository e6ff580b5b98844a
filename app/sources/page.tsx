import { SourcesIndex, sourcesIndexMetadata } from './sources-index';

export const metadata = sourcesIndexMetadata(1);

export default function SourcesPage() {
  return <SourcesIndex n={1} />;
}
