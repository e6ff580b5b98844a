import { CLAIM_KIND, ENTITY_KIND, REPORT_KIND, SOURCE_KIND } from '@/lib/scales';
import type { CollectionType } from '@/lib/types';

export const TYPE_LABEL: Record<CollectionType, string> = { claim: 'Claim', source: 'Source', entity: 'Entity', report: 'Report' };
export const TYPE_LABEL_PLURAL: Record<CollectionType, string> = { claim: 'Claims', source: 'Sources', entity: 'Entities', report: 'Reports' };
export const TYPE_ORDER: readonly CollectionType[] = ['claim', 'source', 'entity', 'report'];

const KIND_SCALES = { claim: CLAIM_KIND, entity: ENTITY_KIND, source: SOURCE_KIND, report: REPORT_KIND } as const;

/** The reader-facing label of a record's kind, e.g. "Place" or "UN document". */
export function kindLabel(type: CollectionType, kind: string | undefined): string | undefined {
  if (!kind) return undefined;
  const values = KIND_SCALES[type].values as readonly { value: string; label: string }[];
  return values.find((v) => v.value === kind)?.label;
}
