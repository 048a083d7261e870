/** Users by passkey and by index, and their groups: every worker holds a full copy (read-mostly). */
import type { GroupRecord, UserRecord } from '../records.js';

export class UserDirectory {
  private readonly byPasskey = new Map<string, UserRecord>();
  private readonly byIndex: (UserRecord | undefined)[] = [];
  private readonly groups = new Map<number, GroupRecord>();

  byPasskeyOf(passkey: string): UserRecord | undefined {
    return this.byPasskey.get(passkey);
  }

  byIndexOf(index: number): UserRecord | undefined {
    return this.byIndex[index];
  }

  group(id: number): GroupRecord | undefined {
    return this.groups.get(id);
  }

  upsertGroup(group: GroupRecord): void {
    this.groups.set(group.id, group);
  }

  /** Add or replace a user; a rotated passkey stops working at once. */
  upsert(user: UserRecord): void {
    const previous = this.byIndex[user.index];
    if (previous && previous.passkey !== user.passkey) this.byPasskey.delete(previous.passkey);
    this.byIndex[user.index] = user;
    this.byPasskey.set(user.passkey, user);
  }

  remove(index: number): void {
    const previous = this.byIndex[index];
    if (!previous) return;
    this.byPasskey.delete(previous.passkey);
    this.byIndex[index] = undefined;
  }

  get size(): number {
    return this.byPasskey.size;
  }
}
