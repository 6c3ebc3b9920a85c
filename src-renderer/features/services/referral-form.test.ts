import { referralStatuses } from '@contract/services-register';
import { describe, expect, it } from 'vitest';

import { ApiError } from '../../api/client';
import { capacityRefusalOf, NEXT_REFERRAL_STATUSES } from './referral-form';

describe('a refusal because the service is full', () => {
  it('carries the numbers the core sent', () => {
    const error = new ApiError({ code: 'SERVICE_AT_CAPACITY', message: 'Full', details: { capacity: 8, load: 8 } });
    expect(capacityRefusalOf(error)).toEqual({ capacity: 8, load: 8 });
  });

  it('is still one without them', () => {
    expect(capacityRefusalOf(new ApiError({ code: 'SERVICE_AT_CAPACITY', message: 'Full' }))).toEqual({ capacity: null, load: null });
  });

  it('is not any other failure', () => {
    expect(capacityRefusalOf(new ApiError({ code: 'VALIDATION_FAILED', message: 'Invalid', details: { capacity: 8, load: 8 } }))).toBeNull();
    expect(capacityRefusalOf(new Error('SERVICE_AT_CAPACITY'))).toBeNull();
  });
});

describe('where a referral may go next', () => {
  it('never goes back to requested, and an ended or declined one is closed', () => {
    for (const status of referralStatuses) {
      expect(NEXT_REFERRAL_STATUSES[status]).not.toContain('requested');
      expect(NEXT_REFERRAL_STATUSES[status]).not.toContain(status);
    }
    expect(NEXT_REFERRAL_STATUSES.ended).toEqual([]);
    expect(NEXT_REFERRAL_STATUSES.declined).toEqual([]);
  });
});
