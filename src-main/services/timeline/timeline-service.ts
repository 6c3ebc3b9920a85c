import { asc, count, eq, sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';

import { calendarDate } from '../../contract/dates';
import type { TimelineEvent, TimelineKind } from '../../contract/timeline';
import { timelineKinds } from '../../contract/timeline';
import type { Db } from '../../db/client';
import {
  assessments,
  assessmentScores,
  carePlans,
  contactLog,
  followUpVisits,
  placements,
  planReviews,
  progressNotes,
  referrals,
  services,
  stays,
  users,
} from '../../db/schema';
import { residentRow } from '../residents/resident-record';

/** Where each kind sorts among events of the same day: the order of `timelineKinds`. */
const kindRank = new Map<TimelineKind, number>(timelineKinds.map((kind, index) => [kind, index]));

/**
 * The events of one kind of record; each reads its own table(s) in one query, an exit in two (the
 * stays, and the placements that say who recorded each exit).
 */
type Source = { kinds: readonly TimelineKind[]; events(db: Db, residentId: string): TimelineEvent[] };

/** Insertion order, which breaks ties of one day and kind the way the records were written. */
function inserted(table: SQLiteTable): SQL {
  return sql`${table}.rowid`;
}

function event(
  date: string,
  kind: TimelineKind,
  name: string,
  refId: string,
  recordedByName: string | null,
  values: TimelineEvent['values'] = {},
): TimelineEvent {
  return { date, kind, event: name, values, refId, recordedByName };
}

/**
 * The child's placements in the order they were made, with who recorded each. `first` marks each
 * stay's first placement: the exit wrote it in the same transaction, so its author recorded the
 * exit. Destination and note are never read: for an adopted child they name the new family.
 */
function placementsInOrder(db: Db, residentId: string) {
  const seenStays = new Set<string>();
  return db
    .select({
      id: placements.id,
      stayId: placements.stayId,
      startDate: placements.startDate,
      typeCode: placements.typeCode,
      recordedByName: users.fullName,
    })
    .from(placements)
    .leftJoin(users, eq(users.id, placements.createdBy))
    .where(eq(placements.residentId, residentId))
    .orderBy(asc(placements.startDate), asc(placements.createdAt), inserted(placements))
    .all()
    .map((placement) => {
      const first = !seenStays.has(placement.stayId);
      seenStays.add(placement.stayId);
      return { ...placement, first };
    });
}

const sources: readonly Source[] = [
  {
    kinds: ['admission'],
    // A stay keeps no author: who admitted the child is only in the audit trail.
    events: (db, residentId) =>
      db
        .select({ id: stays.id, admissionDate: stays.admissionDate, sourceCode: stays.sourceCode })
        .from(stays)
        .where(eq(stays.residentId, residentId))
        .orderBy(inserted(stays))
        .all()
        .map((stay) => event(stay.admissionDate, 'admission', 'admission', stay.id, null, { sourceCode: stay.sourceCode })),
  },
  {
    kinds: ['exit'],
    events: (db, residentId) => {
      const exitRecorders = new Map(
        placementsInOrder(db, residentId)
          .filter((placement) => placement.first)
          .map((placement) => [placement.stayId, placement.recordedByName]),
      );
      return db
        .select({ id: stays.id, exitDate: stays.exitDate, exitTypeCode: stays.exitTypeCode })
        .from(stays)
        .where(eq(stays.residentId, residentId))
        .orderBy(inserted(stays))
        .all()
        .flatMap((stay) =>
          stay.exitDate === null
            ? []
            : [event(stay.exitDate, 'exit', 'exit', stay.id, exitRecorders.get(stay.id) ?? null, { exitTypeCode: stay.exitTypeCode })],
        );
    },
  },
  {
    kinds: ['assessment'],
    events: (db, residentId) =>
      db
        .select({ id: assessments.id, date: assessments.date, scores: count(assessmentScores.domainCode), assessorName: users.fullName })
        .from(assessments)
        .leftJoin(users, eq(users.id, assessments.assessorId))
        .leftJoin(assessmentScores, eq(assessmentScores.assessmentId, assessments.id))
        .where(eq(assessments.residentId, residentId))
        .groupBy(assessments.id, users.fullName)
        .orderBy(inserted(assessments))
        .all()
        .map((row) => event(row.date, 'assessment', 'assessment', row.id, row.assessorName, { scores: row.scores })),
  },
  {
    kinds: ['plan'],
    // A plan has no date of its own: it is dated the (local) day it was started.
    events: (db, residentId) =>
      db
        .select({ id: carePlans.id, createdAt: carePlans.createdAt, createdByName: users.fullName })
        .from(carePlans)
        .leftJoin(users, eq(users.id, carePlans.createdBy))
        .where(eq(carePlans.residentId, residentId))
        .orderBy(inserted(carePlans))
        .all()
        .map((plan) => event(calendarDate(new Date(plan.createdAt)), 'plan', 'plan', plan.id, plan.createdByName)),
  },
  {
    kinds: ['review'],
    // A review keeps no author (its participants are free text, not users).
    events: (db, residentId) =>
      db
        .select({ id: planReviews.id, date: planReviews.date, nextReviewDate: planReviews.nextReviewDate })
        .from(planReviews)
        .innerJoin(carePlans, eq(carePlans.id, planReviews.planId))
        .where(eq(carePlans.residentId, residentId))
        .orderBy(inserted(planReviews))
        .all()
        .map((review) => event(review.date, 'review', 'review', review.id, null, { nextReviewDate: review.nextReviewDate })),
  },
  {
    kinds: ['note'],
    events: (db, residentId) =>
      db
        .select({ id: progressNotes.id, date: progressNotes.date, domainCode: progressNotes.domainCode, authorName: users.fullName })
        .from(progressNotes)
        .leftJoin(users, eq(users.id, progressNotes.authorId))
        .where(eq(progressNotes.residentId, residentId))
        .orderBy(inserted(progressNotes))
        .all()
        .map((note) => event(note.date, 'note', 'note', note.id, note.authorName, { domainCode: note.domainCode })),
  },
  {
    kinds: ['referral'],
    // A referral keeps no author: who made or moved it is only in the audit trail.
    events: (db, residentId) =>
      db
        .select({
          id: referrals.id,
          requestedDate: referrals.requestedDate,
          startDate: referrals.startDate,
          endDate: referrals.endDate,
          serviceName: services.name,
        })
        .from(referrals)
        .innerJoin(services, eq(services.id, referrals.serviceId))
        .where(eq(referrals.residentId, residentId))
        .orderBy(inserted(referrals))
        .all()
        .flatMap((referral) => {
          const values = { serviceName: referral.serviceName };
          return [
            event(referral.requestedDate, 'referral', 'referralRequested', referral.id, null, values),
            ...(referral.startDate === null ? [] : [event(referral.startDate, 'referral', 'referralStarted', referral.id, null, values)]),
            ...(referral.endDate === null ? [] : [event(referral.endDate, 'referral', 'referralEnded', referral.id, null, values)]),
          ];
        }),
  },
  {
    kinds: ['contact'],
    events: (db, residentId) =>
      db
        .select({ id: contactLog.id, date: contactLog.date, kind: contactLog.kind, recordedByName: users.fullName })
        .from(contactLog)
        .leftJoin(users, eq(users.id, contactLog.recordedBy))
        .where(eq(contactLog.residentId, residentId))
        .orderBy(inserted(contactLog))
        .all()
        .map((contact) => event(contact.date, 'contact', 'contact', contact.id, contact.recordedByName, { kind: contact.kind })),
  },
  {
    kinds: ['placement'],
    // The first placement of a stay is where the child went at exit, already shown as the exit;
    // only the ones after it (a breakdown or change) are events of their own.
    events: (db, residentId) =>
      placementsInOrder(db, residentId)
        .filter((placement) => !placement.first)
        .map((placement) =>
          event(placement.startDate, 'placement', 'placement', placement.id, placement.recordedByName, { typeCode: placement.typeCode }),
        ),
  },
  {
    kinds: ['follow_up'],
    // Visitor and notes are never read: for an adopted child they name the new family.
    events: (db, residentId) =>
      db
        .select({
          id: followUpVisits.id,
          dueDate: followUpVisits.dueDate,
          visitDate: followUpVisits.visitDate,
          outcome: followUpVisits.outcome,
          recordedByName: users.fullName,
        })
        .from(followUpVisits)
        .leftJoin(users, eq(users.id, followUpVisits.recordedBy))
        .where(eq(followUpVisits.residentId, residentId))
        .orderBy(inserted(followUpVisits))
        .all()
        .map((visit) =>
          visit.visitDate === null
            ? event(visit.dueDate, 'follow_up', 'followUpDue', visit.id, null)
            : event(visit.visitDate, 'follow_up', 'followUp', visit.id, visit.recordedByName, { outcome: visit.outcome }),
        ),
  },
];

/**
 * Every event of a child's record, oldest first; events of the same day in the order of
 * `timelineKinds`; each with who recorded it where the record keeps that. Only the tables of the
 * `kinds` asked for are read. NOT_FOUND for an unknown child. Nothing that could name an adopted
 * child's family (a placement's destination and note, a visit's visitor and notes) is read, so
 * every role may be shown the same timeline.
 */
export function residentTimeline(db: Db, residentId: string, kinds?: readonly TimelineKind[]): TimelineEvent[] {
  residentRow(db, residentId);
  const wanted = new Set<TimelineKind>(kinds ?? timelineKinds);
  const events = sources
    .filter((source) => source.kinds.some((kind) => wanted.has(kind)))
    .flatMap((source) => source.events(db, residentId))
    .filter((entry) => wanted.has(entry.kind));
  // Array sort is stable: within a day and kind, events keep the order their records were written in.
  return events.sort((a, b) => a.date.localeCompare(b.date) || (kindRank.get(a.kind) ?? 0) - (kindRank.get(b.kind) ?? 0));
}
