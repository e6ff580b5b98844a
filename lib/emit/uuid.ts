/** Name-based UUIDs (version 5, RFC 9562 §5.5): the same name always gives the same id, so a re-export updates rather than duplicates. */
import { createHash } from 'node:crypto';

/** Our namespace: every id we derive is a UUIDv5 of a name such as `claim:iskp-growing-in-afghanistan` in it. Never change it. */
export const CORROBORATE_NAMESPACE = '5d6c2b8e-3f1a-4c0e-9a57-2f0b1c9e7d43';

export function uuidv5(name: string, namespace: string = CORROBORATE_NAMESPACE): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  if (ns.length !== 16) throw new Error(`not a UUID: ${namespace}`);
  const bytes = createHash('sha1').update(ns).update(name, 'utf8').digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
