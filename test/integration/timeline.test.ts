import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';

import type { Envelope } from '../../src-main/contract/errors';
import {
  assessments,
  assessmentScores,
  carePlans,
  followUpVisits,
  placements,
  planReviews,
  referrals,
  services,
  stays,
} from '../../src-main/db/schema';
import { childInput } from '../helpers/residents';
import type { TestCore } from '../helpers/temp-core';
import { openTestCore, sampleSetup, tempDir } from '../helpers/temp-core';

const opened: TestCore[] = [];
const dirs: { cleanup(): void }[] = [];
afterEach(() => {
  opened.splice(0).forEach((core) => core.close());
  dirs.splice(0).forEach((dir) => dir.cleanup());
});

async function failureCode(reply: Promise<Envelope<unknown>>): Promise<string> {
  const envelope = await reply;
  expect(envelope.ok).toBe(false);
  return envelope.ok ? '' : envelope.error.code;
}

/**
 * Kamran, admitted on 2024-09-02: a note and a family visit written through the app, and the rest
 * of his path (written by other features) put straight into their tables: a plan and its review,
 * an assessment, a day-care referral, an exit to kinship care that broke down, a foster family
 * after it, one follow-up visit made and one still due.
 */
async function kamransRecord() {
  const dir = tempDir('korpu-timeline-');
  dirs.push(dir);
  const core = await openTestCore(dir.path);
  opened.push(core);
  const director = await core.setUp();
  const directorId = (await director.call('auth.session', {}))?.user.id ?? '';
  const record = await director.call('residents.create', childInput());
  const stayId = record.stays[0]?.id ?? '';
  const note = await director.call('notes.add', { residentId: record.id, note: { date: '2025-03-10', domainCode: 'health', text: 'Diş həkiminə aparıldı.' } });
  const contact = await director.call('contacts.add', { residentId: record.id, entry: { date: '2025-03-10', kind: 'visit', personName: 'Əliyeva Zəhra (nənə)' } });

  const db = core.core.deps.db;
  const at = '2026-11-25T09:00:00.000Z';
  const residentId = record.id;
  db.insert(assessments).values({ id: 'as1', residentId, date: '2024-10-01', summary: null, assessorId: directorId, createdAt: at }).run();
  db.insert(assessmentScores)
    .values([
      { assessmentId: 'as1', domainCode: 'health', score: 3, note: null },
      { assessmentId: 'as1', domainCode: 'education', score: 2, note: null },
    ])
    .run();
  // Noon UTC is the same calendar day in every time zone the test may run in.
  db.insert(carePlans).values({ id: 'pl1', residentId, stayId, nextReviewDate: '2025-09-10', createdBy: directorId, createdAt: '2024-09-20T12:00:00.000Z' }).run();
  db.insert(planReviews)
    .values({ id: 'rv1', planId: 'pl1', date: '2025-03-10', participants: 'Direktor, sosial işçi', decisions: 'Məktəb dəyişmir.', nextReviewDate: '2025-09-10', createdAt: at })
    .run();
  db.insert(services).values({ id: 'sv1', name: 'Nəsimi günərzi qayğı mərkəzi', typeCode: 'day_care', capacity: 30, active: true, createdAt: at, updatedAt: at }).run();
  db.insert(referrals)
    .values({ id: 'rf1', residentId, serviceId: 'sv1', status: 'attending', requestedDate: '2025-01-15', startDate: '2025-02-01', createdAt: at, updatedAt: at })
    .run();
  db.update(stays).set({ exitDate: '2026-06-01', exitTypeCode: 'kinship' }).where(eq(stays.id, stayId)).run();
  const placement = { residentId, stayId, decisionBodyCode: 'guardianship_authority', destinationKind: 'person' as const, createdAt: at };
  db.insert(placements)
    .values([
      { ...placement, id: 'pc1', typeCode: 'kinship', startDate: '2026-06-01', endedDate: '2026-08-01', endReason: 'breakdown' },
      { ...placement, id: 'pc2', typeCode: 'foster_family', startDate: '2026-08-01' },
    ])
    .run();
  db.insert(followUpVisits)
    .values([
      { id: 'fu1', placementId: 'pc1', residentId, dueDate: '2026-07-01', visitDate: '2026-07-03', outcome: 'at_risk' },
      { id: 'fu2', placementId: 'pc2', residentId, dueDate: '2026-12-01' },
    ])
    .run();
  return { core, director, record, stayId, note, contact };
}

describe("a child's timeline", () => {
  it('shows every event of the record oldest first, same-day events in the order of the kinds', async () => {
    const { director, record, stayId, note, contact } = await kamransRecord();
    const events = await director.call('residents.timeline', { residentId: record.id });
    expect(events.map((entry) => [entry.date, entry.kind, entry.event, entry.values, entry.refId])).toEqual([
      ['2024-09-02', 'admission', 'admission', { sourceCode: 'family' }, stayId],
      ['2024-09-20', 'plan', 'plan', {}, 'pl1'],
      ['2024-10-01', 'assessment', 'assessment', { scores: 2 }, 'as1'],
      ['2025-01-15', 'referral', 'referralRequested', { serviceName: 'Nəsimi günərzi qayğı mərkəzi' }, 'rf1'],
      ['2025-02-01', 'referral', 'referralStarted', { serviceName: 'Nəsimi günərzi qayğı mərkəzi' }, 'rf1'],
      ['2025-03-10', 'review', 'review', { nextReviewDate: '2025-09-10' }, 'rv1'],
      ['2025-03-10', 'note', 'note', { domainCode: 'health', authorName: sampleSetup.director.fullName }, note.id],
      ['2025-03-10', 'contact', 'contact', { kind: 'visit' }, contact.id],
      // The first placement is the exit itself; only the foster family after the breakdown is its own event.
      ['2026-06-01', 'exit', 'exit', { exitTypeCode: 'kinship' }, stayId],
      ['2026-07-03', 'follow_up', 'followUp', { outcome: 'at_risk' }, 'fu1'],
      ['2026-08-01', 'placement', 'placement', { typeCode: 'foster_family' }, 'pc2'],
      ['2026-12-01', 'follow_up', 'followUpDue', {}, 'fu2'],
    ]);
  });

  it('shows only the kinds asked for, and refuses an unknown child', async () => {
    const { core, director, record, note } = await kamransRecord();
    expect(await director.call('residents.timeline', { residentId: record.id, kinds: ['note'] })).toEqual([
      { date: '2025-03-10', kind: 'note', event: 'note', values: { domainCode: 'health', authorName: sampleSetup.director.fullName }, refId: note.id },
    ]);
    const viewer = await core.addUser(director, 'nigar', 'viewer');
    const exits = await viewer.call('residents.timeline', { residentId: record.id, kinds: ['exit', 'follow_up'] });
    expect(exits.map((entry) => entry.event)).toEqual(['exit', 'followUp', 'followUpDue']);
    expect(await failureCode(director.invoke('residents.timeline', { residentId: 'nobody' }))).toBe('NOT_FOUND');
  });
});
