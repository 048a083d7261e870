/** Value converters for the pool's list filters, beyond the shared ones of control/filter.ts. */
import { isUuid } from '../../resource-names.js';

export const poolFilterValues = {
  /** A 32-bit integer. */
  integer: (value: string) => (/^-?\d{1,10}$/.test(value) && Math.abs(Number(value)) <= 2 ** 31 - 1 ? { ok: Number(value) } : { error: 'must be a whole number' }),
  /** A non-negative number (days). */
  number: (value: string) => (/^\d{1,6}(\.\d{1,6})?$/.test(value) ? { ok: Number(value) } : { error: 'must be a non-negative number, e.g. 2.5' }),
  /** "users/{uuid}" or a bare UUID. */
  user: (value: string) => {
    const id = value.startsWith('users/') ? value.slice(6) : value;
    return isUuid(id) ? { ok: id.toLowerCase() } : { error: 'must be "users/{uuid}"' };
  },
};
