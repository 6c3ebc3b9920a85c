import type { FollowUp, Placement } from '../../contract/placements';
import type { CarePlan } from '../../contract/plans';
import type { PdfBlock } from '../pdf/pdf-blocks';
import { lines, row } from '../pdf/pdf-blocks';
import type { SectionContext } from './case-file-blocks';
import type { CaseFileData } from './case-file-data';

// The care pathway's sections: assessments, the individual care plan, referrals to services, and
// the exit with its placements and follow-up visits.

const paragraph = (text: string): PdfBlock => ({ kind: 'paragraph', text });

/** A date that is there, in words. */
function dayOf({ date }: SectionContext, value: string): string {
  return date(value) ?? value;
}

/** The latest assessment in full, how many came before it, and when the next is due while the child is in care. */
export function assessmentsSection({ assessments }: CaseFileData, context: SectionContext): PdfBlock[] {
  const { care } = context.labels;
  const blocks: PdfBlock[] = [{ kind: 'heading', text: care.sections.assessments }];
  if (assessments.nextDue !== null) {
    blocks.push(row(care.fields.nextAssessment, dayOf(context, assessments.nextDue)));
  }
  const [latest, ...earlier] = assessments.assessments;
  if (latest === undefined) {
    blocks.push(paragraph(context.labels.noEntries));
    return blocks;
  }
  // A score the scale does not know (never written by this app) is printed as the bare number.
  const meanings: Partial<Record<number, string>> = care.scores;
  blocks.push(
    { kind: 'subheading', text: care.latestAssessment(dayOf(context, latest.date)) },
    row(care.fields.assessor, latest.assessorName),
    ...latest.scores.map((score) => {
      const meaning = meanings[score.score];
      const text = meaning === undefined ? String(score.score) : care.scoreText(score.score, meaning);
      return row(context.label('assessment_domain', score.domainCode), lines([text, score.note]));
    }),
    row(care.fields.summary, latest.summary),
    row(care.fields.earlierAssessments, earlier.length),
  );
  return blocks;
}

/** The plan of the latest stay: next review, goals with their actions, and the latest review. */
export function planSection({ plan }: CaseFileData, context: SectionContext): PdfBlock[] {
  const { care } = context.labels;
  const blocks: PdfBlock[] = [{ kind: 'heading', text: care.sections.plan }];
  if (plan === null) {
    blocks.push(paragraph(care.noPlan));
    return blocks;
  }
  // A closed plan's next review will never take place: say why instead.
  blocks.push(plan.closed ? paragraph(care.planClosed) : row(care.fields.nextReview, context.date(plan.nextReviewDate)));
  if (plan.goals.length === 0) {
    blocks.push(paragraph(care.noGoals));
  }
  plan.goals.forEach((goal, index) => blocks.push(...goalBlocks(goal, index + 1, context)));
  const [review] = plan.reviews;
  if (review !== undefined) {
    blocks.push(
      { kind: 'subheading', text: care.latestReview(dayOf(context, review.date)) },
      row(care.fields.participants, review.participants),
      row(care.fields.decisions, review.decisions),
    );
  }
  return blocks;
}

function goalBlocks(goal: CarePlan['goals'][number], n: number, context: SectionContext): PdfBlock[] {
  const { care } = context.labels;
  return [
    { kind: 'subheading', text: care.goal(n, context.label('assessment_domain', goal.domainCode)) },
    paragraph(goal.text),
    row(care.fields.targetDate, context.date(goal.targetDate)),
    row(care.fields.goalStatus, care.goalStatus[goal.status]),
    ...goal.actions.map((action, index) =>
      row(
        care.action(index + 1),
        lines([
          action.text,
          action.ownerName === null ? null : `${care.fields.owner}: ${action.ownerName}`,
          action.dueDate === null ? null : `${care.fields.actionDue}: ${dayOf(context, action.dueDate)}`,
          action.doneAt === null ? care.notDone : `${care.fields.doneOn}: ${dayOf(context, action.doneAt)}`,
        ]),
      ),
    ),
  ];
}

/** Every referral to a service, newest request first: its status and dates. */
export function referralsSection({ referrals }: CaseFileData, context: SectionContext): PdfBlock[] {
  const { labels, date } = context;
  const { care } = labels;
  const blocks: PdfBlock[] = [{ kind: 'heading', text: care.sections.referrals }];
  if (referrals.length === 0) {
    blocks.push(paragraph(labels.noEntries));
  }
  for (const referral of referrals) {
    blocks.push(
      { kind: 'subheading', text: referral.serviceName },
      row(care.fields.referralStatus, care.referralStatus[referral.status]),
      row(care.fields.requestedDate, date(referral.requestedDate)),
      row(care.fields.startDate, date(referral.startDate)),
      row(care.fields.endDate, date(referral.endDate)),
    );
    if (referral.note !== null) {
      blocks.push(row(labels.fields.note, referral.note));
    }
  }
  return blocks;
}

/** Every placement after leaving, newest first: decision, destination, its end, and its follow-up visits. */
export function placementsSection({ placements }: CaseFileData, context: SectionContext): PdfBlock[] {
  const { care } = context.labels;
  const blocks: PdfBlock[] = [{ kind: 'heading', text: care.sections.placements }];
  if (placements.length === 0) {
    blocks.push(paragraph(context.labels.noEntries));
  }
  for (const placement of placements) {
    blocks.push(...placementBlocks(placement, context));
  }
  return blocks;
}

function placementBlocks(placement: Placement, context: SectionContext): PdfBlock[] {
  const { labels, date, label } = context;
  const { care, fields } = labels;
  const { decision, destination } = placement;
  const blocks: PdfBlock[] = [
    { kind: 'subheading', text: care.placement(label('exit_type', placement.typeCode), dayOf(context, placement.startDate)) },
    row(fields.basisBody, label('decision_body', decision.bodyCode)),
    row(fields.basisNumber, decision.number),
    row(fields.basisDate, date(decision.date)),
  ];
  if (destination.kind !== 'none') {
    blocks.push(row(care.destination[destination.kind], destination.name), row(fields.phone, destination.phone), row(fields.address, destination.address));
  }
  if (placement.note !== null) {
    blocks.push(row(fields.note, placement.note));
  }
  if (placement.endedDate !== null) {
    const ended = dayOf(context, placement.endedDate);
    blocks.push(row(care.fields.ended, placement.endReason === null ? ended : `${ended}: ${care.endReason[placement.endReason]}`));
  }
  placement.followUps.forEach((visit, index) => blocks.push(row(care.visit(index + 1), visitText(visit, placement, context))));
  return blocks;
}

/** When a visit was due and what it found; one not made is overdue, planned, or (the placement ended) not made. */
function visitText(visit: FollowUp, placement: Placement, context: SectionContext): string {
  const { care } = context.labels;
  const unmade = placement.endedDate !== null ? 'notMade' : visit.dueDate < context.today ? 'overdue' : 'planned';
  return lines([
    `${care.fields.visitDue}: ${dayOf(context, visit.dueDate)}`,
    visit.visitDate === null ? care.visitState[unmade] : `${care.fields.visitDate}: ${dayOf(context, visit.visitDate)}`,
    visit.visitor === null ? null : `${care.fields.visitor}: ${visit.visitor}`,
    visit.outcome === null ? null : `${care.fields.outcome}: ${care.outcome[visit.outcome]}`,
    visit.notes === null ? null : `${care.fields.visitNotes}: ${visit.notes}`,
  ]);
}
