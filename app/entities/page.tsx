import { EntitiesIndex, entitiesIndexMetadata } from './entities-index';

export const metadata = entitiesIndexMetadata(1);

export default function EntitiesPage() {
  return <EntitiesIndex n={1} />;
}
