/**
 * Resource names of the pool ("poolKeys/{uuid}", "poolKeys/{key}/slots/{n}",
 * "poolKeys/{key}/healthChecks/{id}", "poolStreams/{lease}") made and parsed; a malformed name is
 * INVALID_ARGUMENT on the field that carried it.
 */
import { invalidField } from '../../errors/control-error.js';
import { isUuid } from '../../resource-names.js';

export const poolKeyName = (id: string) => `poolKeys/${id}`;
export const poolStatusName = (id: string) => `poolKeys/${id}/status`;
export const slotName = (poolKeyId: string, slotNumber: number) => `poolKeys/${poolKeyId}/slots/${slotNumber}`;
export const healthCheckName = (poolKeyId: string, id: string) => `poolKeys/${poolKeyId}/healthChecks/${id}`;
export const streamName = (leaseId: string) => `poolStreams/${leaseId}`;

function uuidSegment(match: RegExpExecArray | null, field: string, name: string, shape: string): string {
  const id = match?.[1] ?? '';
  if (!isUuid(id)) throw invalidField(field, `"${name}" is not a name of the form "${shape}"`);
  return id.toLowerCase();
}

/** "poolKeys/{uuid}" -> the key's id. */
export function parsePoolKeyName(name: string, field: string): string {
  return uuidSegment(/^poolKeys\/([^/]+)$/.exec(name), field, name, 'poolKeys/{uuid}');
}

/** "poolKeys/{uuid}/status" -> the key's id. */
export function parsePoolStatusName(name: string, field: string): string {
  return uuidSegment(/^poolKeys\/([^/]+)\/status$/.exec(name), field, name, 'poolKeys/{uuid}/status');
}

/** A list's parent: "poolKeys/{uuid}" -> its id; "poolKeys/-" or empty -> null (every key). */
export function parsePoolKeyParent(parent: string, field: string): string | null {
  if (parent === '' || parent === 'poolKeys/-') return null;
  return uuidSegment(/^poolKeys\/([^/]+)$/.exec(parent), field, parent, 'poolKeys/{uuid}" or "poolKeys/-');
}

/** "poolKeys/{uuid}/slots/{n}" -> key id and slot number. */
export function parseSlotName(name: string, field: string): { poolKeyId: string; slotNumber: number } {
  const match = /^poolKeys\/([^/]+)\/slots\/([1-9]\d{0,8})$/.exec(name);
  const poolKeyId = uuidSegment(match, field, name, 'poolKeys/{uuid}/slots/{slot_number}');
  return { poolKeyId, slotNumber: Number(match![2]) };
}

/** "poolStreams/{uuid}" -> the lease id. */
export function parseStreamName(name: string, field: string): string {
  return uuidSegment(/^poolStreams\/([^/]+)$/.exec(name), field, name, 'poolStreams/{lease_uuid}');
}
