import { ClaimsIndex, claimsIndexMetadata } from './claims-index';

export const metadata = claimsIndexMetadata(1);

export default function ClaimsPage() {
  return <ClaimsIndex n={1} />;
}
