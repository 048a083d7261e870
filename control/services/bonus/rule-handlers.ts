/** BonusService: earning rules (CRUD) and the exchange's items and prices. */
import { alreadyExists, invalidField, notFound } from '../../errors/control-error.js';
import { Violations } from '../../errors/violations.js';
import type { BonusRule, BonusRule__Output } from '../../generated/swarmgate/control/v1/BonusRule.js';
import type { BonusRuleType } from '../../generated/swarmgate/control/v1/BonusRuleType.js';
import type { BonusServiceHandlers } from '../../generated/swarmgate/control/v1/BonusService.js';
import type { ExchangeItem } from '../../generated/swarmgate/control/v1/ExchangeItem.js';
import type { ExchangeItemKind } from '../../generated/swarmgate/control/v1/ExchangeItemKind.js';
import { mutate } from '../../mutation.js';
import { unary } from '../../server/unary.js';
import { toTimestamp } from '../../timestamps.js';
import type { ServiceDeps } from '../deps.js';
import type { Queryable } from '../users/user-records.js';
import { formatPoints } from './bonus-records.js';
import { EXCHANGE_ITEM_SELECT, type ExchangeItemRow } from './exchange.js';
import { ruleConditionsSchema } from './rule-conditions.js';
import { parseExchangeItemName } from './spend-handlers.js';

interface RuleRow {
  id: number;
  name: string;
  description: string | null;
  rule_type: string;
  points_per_hour: string;
  base_multiplier: string;
  size_multiplier_enabled: boolean;
  conditions: Record<string, unknown>;
  category_ids: number[] | null;
  priority: number;
  is_active: boolean;
  created_at: Date;
  updated_at: Date;
}

const RULE_SELECT = `SELECT id, name, description, rule_type, points_per_hour, base_multiplier, size_multiplier_enabled, conditions,
  category_ids, priority, is_active, created_at, updated_at FROM bonus_rules`;

const RULE_TYPES: Record<string, BonusRuleType> = {
  seed_time: 'BONUS_RULE_TYPE_SEED_TIME',
  seed_size: 'BONUS_RULE_TYPE_SEED_SIZE',
  upload: 'BONUS_RULE_TYPE_UPLOAD',
  ratio: 'BONUS_RULE_TYPE_RATIO',
  request_fill: 'BONUS_RULE_TYPE_REQUEST_FILL',
  one_time: 'BONUS_RULE_TYPE_ONE_TIME',
};
const RULE_TYPE_FROM_PROTO = Object.fromEntries(Object.entries(RULE_TYPES).map(([k, v]) => [v, k]));

const ITEM_KINDS: Record<ExchangeItemRow['kind'], ExchangeItemKind> = {
  upload_credit: 'EXCHANGE_ITEM_KIND_UPLOAD_CREDIT',
  freeleech_token: 'EXCHANGE_ITEM_KIND_FREELEECH_TOKEN',
  personal_freeleech: 'EXCHANGE_ITEM_KIND_PERSONAL_FREELEECH',
  invite: 'EXCHANGE_ITEM_KIND_INVITE',
};

function toRuleMessage(row: RuleRow): BonusRule {
  return {
    name: `bonusRules/${row.name}`,
    id: String(row.id),
    description: row.description ?? '',
    ruleType: RULE_TYPES[row.rule_type] ?? 'BONUS_RULE_TYPE_UNSPECIFIED',
    pointsPerHour: Number(row.points_per_hour).toString(),
    baseMultiplier: Number(row.base_multiplier).toString(),
    sizeMultiplierEnabled: row.size_multiplier_enabled,
    conditionsJson: JSON.stringify(row.conditions),
    categoryIds: row.category_ids ?? [],
    priority: row.priority,
    active: row.is_active,
    createTime: toTimestamp(row.created_at),
    updateTime: toTimestamp(row.updated_at),
  };
}

function toItemMessage(row: ExchangeItemRow): ExchangeItem {
  return {
    name: `exchangeItems/${row.id}`,
    kind: ITEM_KINDS[row.kind],
    description: row.description,
    cost: formatPoints(row.cost),
    quantity: row.quantity,
    active: row.is_active,
    updateTime: toTimestamp(row.updated_at),
  };
}

function parseRuleName(name: string, field: string): string {
  const match = /^bonusRules\/([a-z][a-z0-9_]{1,63})$/.exec(name);
  if (!match) throw invalidField(field, `"${name}" is not a bonus rule name ("bonusRules/{name}")`);
  return match[1]!;
}

const RULE_PATHS = ['description', 'rule_type', 'points_per_hour', 'base_multiplier', 'size_multiplier_enabled', 'conditions_json', 'category_ids', 'priority', 'active'] as const;

/** Column values for the given paths of `rule`, every problem reported at once. */
function ruleColumns(rule: BonusRule__Output, paths: readonly string[]): Record<string, unknown> {
  const v = new Violations();
  const columns: Record<string, unknown> = {};
  const number = (path: string, text: string, min: number, max: number, exclusiveMin: boolean) => {
    const value = Number(text);
    const ok = /^\d+(\.\d+)?$/.test(text.trim()) && (exclusiveMin ? value > min : value >= min) && value <= max;
    v.check(ok, `rule.${path}`, `must be a number ${exclusiveMin ? 'above' : 'from'} ${min} up to ${max}`);
    return value;
  };
  for (const path of paths) {
    switch (path) {
      case 'description':
        v.check(rule.description.length <= 500, 'rule.description', 'must be at most 500 characters');
        columns.description = rule.description.trim() || null;
        break;
      case 'rule_type':
        v.check(rule.ruleType in RULE_TYPE_FROM_PROTO, 'rule.rule_type', 'is required');
        columns.rule_type = RULE_TYPE_FROM_PROTO[rule.ruleType];
        break;
      case 'points_per_hour':
        columns.points_per_hour = number(path, rule.pointsPerHour, 0, 999999, false);
        break;
      case 'base_multiplier':
        columns.base_multiplier = number(path, rule.baseMultiplier, 0, 999, true);
        break;
      case 'size_multiplier_enabled':
        columns.size_multiplier_enabled = rule.sizeMultiplierEnabled;
        break;
      case 'conditions_json': {
        let parsed: unknown;
        try {
          parsed = JSON.parse(rule.conditionsJson || '{}');
        } catch {
          parsed = undefined;
        }
        const checked = ruleConditionsSchema.safeParse(parsed);
        v.check(
          checked.success,
          'rule.conditions_json',
          'must be a JSON object with only min_ratio, max_seeders, min_seeders, freeleech, min_size_bytes, max_size_bytes (numbers; freeleech a boolean)',
        );
        columns.conditions = checked.success ? checked.data : {};
        break;
      }
      case 'category_ids':
        v.check(rule.categoryIds.every((id) => Number.isInteger(id) && id > 0), 'rule.category_ids', 'must be category ids');
        columns.category_ids = rule.categoryIds.length ? rule.categoryIds : null;
        break;
      case 'priority':
        columns.priority = rule.priority;
        break;
      case 'active':
        columns.is_active = rule.active;
        break;
      default:
        v.add('update_mask', `"${path}" cannot be updated; paths: ${RULE_PATHS.join(', ')}`);
    }
  }
  v.throwIfAny();
  return columns;
}

async function findRule(db: Queryable, name: string): Promise<RuleRow> {
  const { rows } = await db.query<RuleRow>(`${RULE_SELECT} WHERE name = $1`, [name]);
  if (!rows[0]) throw notFound(`bonusRules/${name}`);
  return rows[0];
}

type RuleHandlers = Pick<
  BonusServiceHandlers,
  'ListBonusRules' | 'CreateBonusRule' | 'UpdateBonusRule' | 'DeleteBonusRule' | 'ListExchangeItems' | 'UpdateExchangeItem'
>;

export function ruleHandlers(deps: ServiceDeps): RuleHandlers {
  const { pool, bus } = deps;
  return {
    ListBonusRules: unary(async () => ({ rules: (await pool.query<RuleRow>(`${RULE_SELECT} ORDER BY priority, name`)).rows.map(toRuleMessage) })),

    CreateBonusRule: unary(async (request, context) => {
      const name = request.ruleId.trim();
      if (!/^[a-z][a-z0-9_]{1,63}$/.test(name)) throw invalidField('rule_id', 'must be lower_snake_case, 2 to 64 characters');
      if (!request.rule) throw invalidField('rule', 'is required');
      const columns = ruleColumns(request.rule, RULE_PATHS);
      return mutate(pool, bus, context, async (scope) => {
        const keys = Object.keys(columns);
        await scope.tx
          .query(
            `INSERT INTO bonus_rules (name, ${keys.join(', ')}) VALUES ($1, ${keys.map((_, i) => `$${i + 2}`).join(', ')})`,
            [name, ...Object.values(columns)],
          )
          .catch((err: { code?: string }) => {
            if (err.code === '23505') throw alreadyExists('BONUS_RULE_EXISTS', `bonusRules/${name} already exists`);
            throw err;
          });
        const row = await findRule(scope.tx, name);
        await scope.audit({ action: 'bonus_rule.create', entityType: 'bonus_rule', entityId: String(row.id), after: { ...row } });
        return toRuleMessage(row);
      });
    }),

    UpdateBonusRule: unary(async (request, context) => {
      if (!request.rule) throw invalidField('rule', 'is required');
      const name = parseRuleName(request.rule.name, 'rule.name');
      const paths = request.updateMask?.paths ?? [];
      if (paths.length === 0) throw invalidField('update_mask', `name the fields to change: ${RULE_PATHS.join(', ')}`);
      const columns = ruleColumns(request.rule, paths);
      return mutate(pool, bus, context, async (scope) => {
        const before = await findRule(scope.tx, name);
        const keys = Object.keys(columns);
        await scope.tx.query(`UPDATE bonus_rules SET ${keys.map((k, i) => `${k} = $${i + 2}`).join(', ')} WHERE id = $1`, [before.id, ...Object.values(columns)]);
        const after = await findRule(scope.tx, name);
        await scope.audit({ action: 'bonus_rule.update', entityType: 'bonus_rule', entityId: String(before.id), before: { ...before }, after: { ...after } });
        return toRuleMessage(after);
      });
    }),

    DeleteBonusRule: unary(async (request, context) => {
      const name = parseRuleName(request.name, 'name');
      return mutate(pool, bus, context, async (scope) => {
        const before = await findRule(scope.tx, name);
        await scope.tx.query(`DELETE FROM bonus_rules WHERE id = $1`, [before.id]);
        await scope.audit({ action: 'bonus_rule.delete', entityType: 'bonus_rule', entityId: String(before.id), before: { ...before } });
        return {};
      });
    }),

    ListExchangeItems: unary(async () => ({
      items: (await pool.query<ExchangeItemRow>(`${EXCHANGE_ITEM_SELECT} ORDER BY cost, id`)).rows.map(toItemMessage),
    })),

    UpdateExchangeItem: unary(async (request, context) => {
      const item = request.item;
      if (!item) throw invalidField('item', 'is required');
      const id = parseExchangeItemName(item.name, 'item.name');
      const paths = request.updateMask?.paths ?? [];
      const v = new Violations();
      v.check(paths.length > 0, 'update_mask', 'name the fields to change: description, cost, quantity, active');
      const columns: Record<string, unknown> = {};
      for (const path of paths) {
        if (path === 'description') {
          v.check(item.description.trim().length >= 1 && item.description.length <= 300, 'item.description', 'must be 1 to 300 characters');
          columns.description = item.description.trim();
        } else if (path === 'cost') {
          v.check(/^\d{1,11}(\.\d{1,2})?$/.test(item.cost.trim()) && Number(item.cost) > 0, 'item.cost', 'must be a positive number of points with at most two decimals');
          columns.cost = item.cost.trim();
        } else if (path === 'quantity') {
          v.check(Number.isSafeInteger(item.quantity) && item.quantity > 0, 'item.quantity', 'must be a positive whole number');
          columns.quantity = item.quantity;
        } else if (path === 'active') {
          columns.is_active = item.active;
        } else v.add('update_mask', `"${path}" cannot be updated; paths: description, cost, quantity, active`);
      }
      v.throwIfAny();
      return mutate(pool, bus, context, async (scope) => {
        const { rows: before } = await scope.tx.query<ExchangeItemRow>(`${EXCHANGE_ITEM_SELECT} WHERE id = $1 FOR UPDATE`, [id]);
        if (!before[0]) throw notFound(`exchangeItems/${id}`);
        const keys = Object.keys(columns);
        await scope.tx.query(`UPDATE bonus_exchange_items SET ${keys.map((k, i) => `${k} = $${i + 2}`).join(', ')} WHERE id = $1`, [id, ...Object.values(columns)]);
        const { rows: after } = await scope.tx.query<ExchangeItemRow>(`${EXCHANGE_ITEM_SELECT} WHERE id = $1`, [id]);
        await scope.audit({ action: 'bonus_exchange_item.update', entityType: 'bonus_exchange_item', entityId: id, before: { ...before[0] }, after: { ...after[0]! } });
        return toItemMessage(after[0]!);
      });
    }),
  };
}
