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
 * Kamran, admitted on 2024-09-02: a note (the director's) and a family visit (Leyla's, a social
 * worker) written through the app, and the rest of his path (written by other features) put
 * straight into their tables: a plan (the director's) and its review, an assessment (Leyla's), a
 * day-care referral, an exit to kinship care (Leyla's) that broke down, a foster family after it
 * (the director's), one follow-up visit made (Leyla's) and one still due.
 */
async function kamransRecord() {
  const dir = tempDir('korpu-timeline-');
  dirs.push(dir);
  const core = await openTestCore(dir.path);
  opened.push(core);
  const director = await core.setUp();
  const directorId = (await director.call('auth.session', {}))?.user.id ?? '';
  const staff = await core.addUser(director, 'leyla', 'staff');
  const staffId = (await staff.call('auth.session', {}))?.user.id ?? '';
  const record = await director.call('residents.create', childInput());
  const stayId = record.stays[0]?.id ?? '';
  const note = await director.call('notes.add', { residentId: record.id, note: { date: '2025-03-10', domainCode: 'health', text: 'Diş həkiminə aparıldı.' } });
  const contact = await staff.call('contacts.add', { residentId: record.id, entry: { date: '2025-03-10', kind: 'visit', personName: 'Əliyeva Zəhra (nənə)' } });

  const db = core.core.deps.db;
  const at = '2026-11-25T09:00:00.000Z';
  const residentId = record.id;
  db.insert(assessments).values({ id: 'as1', residentId, date: '2024-10-01', summary: null, assessorId: staffId, createdAt: at }).run();
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
      // The exit's own placement: whoever recorded it recorded the exit.
      { ...placement, id: 'pc1', typeCode: 'kinship', startDate: '2026-06-01', endedDate: '2026-08-01', endReason: 'breakdown', createdBy: staffId },
      { ...placement, id: 'pc2', typeCode: 'foster_family', startDate: '2026-08-01', createdBy: directorId },
    ])
    .run();
  db.insert(followUpVisits)
    .values([
      { id: 'fu1', placementId: 'pc1', residentId, dueDate: '2026-07-01', visitDate: '2026-07-03', outcome: 'at_risk', recordedBy: staffId, recordedAt: at },
      { id: 'fu2', placementId: 'pc2', residentId, dueDate: '2026-12-01' },
    ])
    .run();
  return { core, director, staff, record, stayId, note, contact };
}

describe("a child's timeline", () => {
  it('shows every event of the record oldest first, same-day events in the order of the kinds, with who recorded each', async () => {
    const { director, record, stayId, note, contact } = await kamransRecord();
    const events = await director.call('residents.timeline', { residentId: record.id });
    const aynur = sampleSetup.director.fullName;
    const leyla = 'User leyla';
    expect(events.map((entry) => [entry.date, entry.kind, entry.event, entry.values, entry.refId, entry.recordedByName])).toEqual([
      // Stays, reviews and referrals keep no author; a visit still due has none yet.
      ['2024-09-02', 'admission', 'admission', { sourceCode: 'family' }, stayId, null],
      ['2024-09-20', 'plan', 'plan', {}, 'pl1', aynur],
      ['2024-10-01', 'assessment', 'assessment', { scores: 2 }, 'as1', leyla],
      ['2025-01-15', 'referral', 'referralRequested', { serviceName: 'Nəsimi günərzi qayğı mərkəzi' }, 'rf1', null],
      ['2025-02-01', 'referral', 'referralStarted', { serviceName: 'Nəsimi günərzi qayğı mərkəzi' }, 'rf1', null],
      ['2025-03-10', 'review', 'review', { nextReviewDate: '2025-09-10' }, 'rv1', null],
      ['2025-03-10', 'note', 'note', { domainCode: 'health' }, note.id, aynur],
      ['2025-03-10', 'contact', 'contact', { kind: 'visit' }, contact.id, leyla],
      // The first placement is the exit itself; only the foster family after the breakdown is its own event.
      ['2026-06-01', 'exit', 'exit', { exitTypeCode: 'kinship' }, stayId, leyla],
      ['2026-07-03', 'follow_up', 'followUp', { outcome: 'at_risk' }, 'fu1', leyla],
      ['2026-08-01', 'placement', 'placement', { typeCode: 'foster_family' }, 'pc2', aynur],
      ['2026-12-01', 'follow_up', 'followUpDue', {}, 'fu2', null],
    ]);
  });

  it('shows only the kinds asked for, and refuses an unknown child', async () => {
    const { core, director, record, note } = await kamransRecord();
    expect(await director.call('residents.timeline', { residentId: record.id, kinds: ['note'] })).toEqual([
      { date: '2025-03-10', kind: 'note', event: 'note', values: { domainCode: 'health' }, refId: note.id, recordedByName: sampleSetup.director.fullName },
    ]);
    const viewer = await core.addUser(director, 'nigar', 'viewer');
    const exits = await viewer.call('residents.timeline', { residentId: record.id, kinds: ['exit', 'follow_up'] });
    expect(exits.map((entry) => entry.event)).toEqual(['exit', 'followUp', 'followUpDue']);
    expect(await failureCode(director.invoke('residents.timeline', { residentId: 'nobody' }))).toBe('NOT_FOUND');
  });

  it("never names an adopted child's new family, nor the visitor and notes of a visit to it, to a reader who is not the director", async () => {
    const { core, director, staff } = await kamransRecord();
    const viewer = await core.addUser(director, 'nigar', 'viewer');
    const child = await staff.call('residents.create', childInput({ surname: 'Quliyev', birthDate: '2020-02-02' }));
    const decision = { bodyCode: 'guardianship_authority', number: 'Q-17/2026', date: null };
    // His grandmother first; after the breakdown, the family that adopted him (which makes the record secret).
    await staff.call('placements.exit', {
      residentId: child.id,
      version: child.version,
      exitTypeCode: 'kinship',
      exitDate: '2026-06-01',
      decision,
      destination: { kind: 'person', name: 'Quliyeva Zəhra', phone: '+994 50 111 22 33', address: 'Şəki, Bazar küçəsi 4' },
      note: 'Nənəsi onu tanıyır.',
    });
    const [kinship] = await staff.call('placements.list', { residentId: child.id });
    const [adoption] = await staff.call('placements.change', {
      residentId: child.id,
      previousPlacementId: kinship?.id,
      endReason: 'breakdown',
      typeCode: 'adoption',
      startDate: '2026-08-01',
      decision: { bodyCode: 'court', number: '2-9/2026', date: '2026-07-20' },
      destination: { kind: 'person', name: 'Həsənova Səbinə', phone: '+994 50 555 12 34', address: 'Sumqayıt, 5-ci mkr.' },
      note: 'Ailə uşağı tanıyır.',
    });
    await staff.call('followUps.record', {
      id: adoption?.followUps[0]?.id,
      visitDate: '2026-09-03',
      visitor: 'Sosial işçi Nərmin Əzizova',
      outcome: 'stable',
      notes: 'Həsənovlar ailəsində uşaq yaxşı uyğunlaşıb.',
    });
    expect((await director.call('residents.get', { id: child.id })).secret).toBe(true);

    const familyAndVisit = [
      'Quliyeva Zəhra',
      '+994 50 111 22 33',
      'Şəki, Bazar küçəsi 4',
      'Nənəsi onu tanıyır.',
      'Həsənova',
      '+994 50 555 12 34',
      'Sumqayıt',
      'Ailə uşağı tanıyır.',
      'Nərmin Əzizova',
      'Həsənovlar',
    ];
    for (const reader of [staff, viewer]) {
      const events = await reader.call('residents.timeline', { residentId: child.id, kinds: ['exit', 'placement', 'follow_up'] });
      // What happened, when, and which member of staff recorded it stay on the timeline.
      expect(events.map((entry) => [entry.date, entry.event, entry.values, entry.recordedByName])).toEqual([
        ['2026-06-01', 'exit', { exitTypeCode: 'kinship' }, 'User leyla'],
        ['2026-07-01', 'followUpDue', {}, null],
        ['2026-08-01', 'placement', { typeCode: 'adoption' }, 'User leyla'],
        ['2026-09-03', 'followUp', { outcome: 'stable' }, 'User leyla'],
        ['2026-11-01', 'followUpDue', {}, null],
        ['2027-02-01', 'followUpDue', {}, null],
        ['2027-08-01', 'followUpDue', {}, null],
      ]);
      const everything = JSON.stringify(await reader.call('residents.timeline', { residentId: child.id }));
      for (const revealing of familyAndVisit) {
        expect(everything).not.toContain(revealing);
      }
    }
  });
});
