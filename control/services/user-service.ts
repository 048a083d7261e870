/** UserService: accounts (control/services/users/user-lifecycle.ts) and their security (account-security.ts). */
import type { UserServiceHandlers } from '../generated/swarmgate/control/v1/UserService.js';
import type { ServiceDeps } from './deps.js';
import { accountSecurityHandlers } from './users/account-security.js';
import { userLifecycleHandlers } from './users/user-lifecycle.js';

export function userServiceHandlers(deps: ServiceDeps): UserServiceHandlers {
  return { ...userLifecycleHandlers(deps), ...accountSecurityHandlers(deps) };
}
