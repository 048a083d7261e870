/**
 * BonusService: balances and the ledger (bonus/balance-handlers.ts), rules and exchange prices
 * (rule-handlers.ts), spending (spend-handlers.ts) and freeleech tokens (token-handlers.ts). The
 * domain operations they call live beside them (ledger.ts, exchange.ts, transfers.ts, bounties.ts,
 * tokens.ts); the accrual job is bonus/jobs.ts.
 */
import type { BonusServiceHandlers } from '../generated/swarmgate/control/v1/BonusService.js';
import { balanceHandlers } from './bonus/balance-handlers.js';
import { ruleHandlers } from './bonus/rule-handlers.js';
import { spendHandlers } from './bonus/spend-handlers.js';
import { tokenHandlers } from './bonus/token-handlers.js';
import type { ServiceDeps } from './deps.js';

export function bonusServiceHandlers(deps: ServiceDeps): BonusServiceHandlers {
  return { ...balanceHandlers(deps), ...ruleHandlers(deps), ...spendHandlers(deps), ...tokenHandlers(deps, deps.settings.bonus.tokenHours) };
}
