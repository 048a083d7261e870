/** Collects every problem with a request so one INVALID_ARGUMENT names them all at once. */
import { invalidArgument } from './control-error.js';
import type { FieldViolation } from './status-details.js';

export class Violations {
  private readonly list: FieldViolation[] = [];

  add(field: string, description: string): void {
    this.list.push({ field, description });
  }

  /** Records a violation when `ok` is false; returns `ok`. */
  check(ok: boolean, field: string, description: string): boolean {
    if (!ok) this.add(field, description);
    return ok;
  }

  throwIfAny(): void {
    if (this.list.length > 0) throw invalidArgument(this.list);
  }
}
