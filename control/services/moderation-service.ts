/**
 * ModerationService: bans, warnings, reports, the moderation queue and staff notes, and the
 * administration of what the engine enforces (groups, site settings, client blacklist, ports); one
 * file per part under control/services/moderation/.
 */
import type { ModerationServiceHandlers } from '../generated/swarmgate/control/v1/ModerationService.js';
import type { ServiceDeps } from './deps.js';
import { banHandlers } from './moderation/bans.js';
import { blacklistedPortHandlers } from './moderation/blacklisted-ports.js';
import { clientBlacklistHandlers } from './moderation/client-blacklist.js';
import { groupHandlers } from './moderation/groups.js';
import { queueHandlers } from './moderation/queue.js';
import { reportHandlers } from './moderation/reports.js';
import { siteSettingsHandlers } from './moderation/site-settings.js';
import { staffNoteHandlers } from './moderation/staff-notes.js';
import { warningHandlers } from './moderation/warnings.js';

export function moderationServiceHandlers(deps: ServiceDeps): ModerationServiceHandlers {
  return {
    ...banHandlers(deps),
    ...warningHandlers(deps),
    ...reportHandlers(deps),
    ...queueHandlers(deps),
    ...staffNoteHandlers(deps),
    ...groupHandlers(deps),
    ...siteSettingsHandlers(deps),
    ...clientBlacklistHandlers(deps),
    ...blacklistedPortHandlers(deps),
  };
}
