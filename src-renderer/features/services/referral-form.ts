import type { ProcedureName } from '@contract/procedures';
import type { ReferralStatus } from '@contract/services-register';
import { z } from 'zod';

import { ApiError } from '../../api/client';

/** What a referral change makes stale: the lists of referrals, the services' load, the gaps, the trail. */
export const REFERRAL_CHANGE_REFRESH = [
  'referrals.list',
  'services.list',
  'services.unreferredDisabled',
  'residents.timeline',
  'audit.list',
] as const satisfies readonly ProcedureName[];

/**
 * Where a referral may go from each status (the core holds the same rule and refuses anything
 * else): an ended or declined referral is closed for good.
 */
export const NEXT_REFERRAL_STATUSES: Readonly<Record<ReferralStatus, readonly ReferralStatus[]>> = {
  requested: ['accepted', 'declined'],
  accepted: ['attending', 'ended', 'declined'],
  attending: ['ended'],
  ended: [],
  declined: [],
};

export const REFERRAL_STATUS_COLORS: Readonly<Record<ReferralStatus, string>> = {
  requested: 'blue',
  accepted: 'teal',
  attending: 'green',
  ended: 'gray',
  declined: 'red',
};

/** A refusal because the service is full, with its numbers when the core sent them. */
export type CapacityRefusal = { capacity: number; load: number } | { capacity: null; load: null };

const capacityDetailsSchema = z.object({ capacity: z.number(), load: z.number() });

/** What a SERVICE_AT_CAPACITY refusal says, or null for any other outcome. */
export function capacityRefusalOf(error: unknown): CapacityRefusal | null {
  if (!(error instanceof ApiError) || error.code !== 'SERVICE_AT_CAPACITY') {
    return null;
  }
  const details = capacityDetailsSchema.safeParse(error.details);
  return details.success ? details.data : { capacity: null, load: null };
}
