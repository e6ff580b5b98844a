import { ReportsIndex, reportsIndexMetadata } from './reports-index';

export const metadata = reportsIndexMetadata(1);

export default function ReportsPage() {
  return <ReportsIndex n={1} />;
}
