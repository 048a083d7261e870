/**
 * The pool's secrets in the control plane: the SecretBox made from pool.masterKey (FAILED_PRECONDITION
 * naming the setting when it is unset or malformed), and the shape a plaintext API key must have.
 * Nothing here ever puts the plaintext into an error, a log line or an audit image.
 */
import { SecretBox } from '../../../core/secret-box.js';
import type { Config } from '../../../core/config.js';
import { failedPrecondition } from '../../errors/control-error.js';
import type { Violations } from '../../errors/violations.js';

const SETTING = { setting: 'pool.masterKey', env: 'SWARMGATE_POOL_MASTER_KEY' };

export function secretBoxFor(settings: Config['pool']): SecretBox {
  if (!settings.masterKey) {
    throw failedPrecondition(
      'POOL_MASTER_KEY_UNSET',
      'the pool has no master key: set pool.masterKey (SWARMGATE_POOL_MASTER_KEY) to 32 random bytes, e.g. `openssl rand -base64 32`',
      SETTING,
    );
  }
  try {
    return new SecretBox(settings.masterKey);
  } catch {
    throw failedPrecondition('POOL_MASTER_KEY_INVALID', 'pool.masterKey (SWARMGATE_POOL_MASTER_KEY) must be 32 bytes as base64 or 64 hex characters', SETTING);
  }
}

/** 8 to 512 visible ASCII characters (TorBox keys are UUIDs); the value is never echoed. */
const API_KEY = /^[\x21-\x7e]{8,512}$/;

export function checkApiKey(v: Violations, field: string, apiKey: string): void {
  v.check(API_KEY.test(apiKey), field, 'is required: 8 to 512 visible ASCII characters without spaces');
}
