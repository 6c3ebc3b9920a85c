import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useProcedureMutation } from '../../api/hooks';
import type { ActionDialog } from './ActionCard';
import { ActionCard } from './ActionCard';
import { ActionModal } from './ActionModal';
import { EvidenceFileModal, EvidenceNoteModal } from './EvidenceModals';
import { ConfirmModal, PlanFailure } from './FormParts';
import { PhaseModal } from './PhaseModal';
import type { PlanAction, PlanPermissions, PlanPhase, TransformationPlan } from './plan-form';
import { actionsOf, PLAN_CHANGE_REFRESH } from './plan-form';
import { ProgressModal } from './ProgressModal';
import { usePhaseName } from './usePhaseName';

/**
 * Which dialog is open and for what. Closing keeps the subject, so a dialog keeps its text while it
 * fades; `session` grows with each opening, so every dialog opens with a fresh form.
 */
type Dialog = {
  kind: ActionDialog | 'addAction' | 'phase' | 'removePhase' | null;
  phase: PlanPhase | null;
  action: PlanAction | null;
  session: number;
};

/**
 * The plan's phases in order, each with its actions. The director adds, renames, reorders and
 * removes (empty) phases and adds and changes actions; the director and staff record how actions go
 * and their evidence; a viewer reads.
 */
export function PhasesTab({ plan, permissions }: { plan: TransformationPlan; permissions: PlanPermissions }) {
  const { t } = useTranslation();
  const phaseName = usePhaseName();
  const [dialog, setDialog] = useState<Dialog>({ kind: null, phase: null, action: null, session: 0 });
  const reorder = useProcedureMutation('transformation.reorderPhases', PLAN_CHANGE_REFRESH);
  const removePhase = useProcedureMutation('transformation.removePhase', PLAN_CHANGE_REFRESH);
  const removeAction = useProcedureMutation('transformation.removeItem', PLAN_CHANGE_REFRESH);
  const titles = useMemo(() => new Map(actionsOf(plan).map((action) => [action.id, action.title])), [plan]);
  const open = (kind: Dialog['kind'], phase: PlanPhase | null, action: PlanAction | null) => {
    removePhase.reset();
    removeAction.reset();
    setDialog((current) => ({ kind, phase, action, session: current.session + 1 }));
  };
  const close = () => setDialog((current) => ({ ...current, kind: null }));
  const done = (message: string) => {
    notifications.show({ color: 'teal', message });
    close();
  };
  const move = (index: number, by: -1 | 1) => {
    const ids = plan.phases.map((phase) => phase.id);
    const [moved] = ids.splice(index, 1);
    if (moved !== undefined) {
      ids.splice(index + by, 0, moved);
      reorder.mutate({ planId: plan.id, version: plan.version, phaseIds: ids });
    }
  };
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="center">
        <Text c="dimmed" size="sm" maw={720}>
          {t('transformation.phases.intro')}
        </Text>
        {permissions.edit && <Button onClick={() => open('phase', null, null)}>{t('transformation.phases.add')}</Button>}
      </Group>
      <PlanFailure error={reorder.error} onReloaded={() => reorder.reset()} />
      {plan.phases.map((phase, index) => (
        <PhaseSection
          key={phase.id}
          name={t('transformation.phases.numbered', { number: index + 1, name: phaseName(phase) })}
          phase={phase}
          canEdit={permissions.edit}
          first={index === 0}
          last={index === plan.phases.length - 1}
          moving={reorder.isPending}
          onRename={() => open('phase', phase, null)}
          onMove={(by) => move(index, by)}
          onRemove={() => open('removePhase', phase, null)}
          onAddAction={() => open('addAction', phase, null)}
        >
          {phase.actions.length === 0 && <Text c="dimmed">{t('transformation.phases.noActions')}</Text>}
          {phase.actions.map((action) => (
            <ActionCard key={action.id} action={action} titles={titles} permissions={permissions} onOpen={(kind, chosen) => open(kind, phase, chosen)} />
          ))}
        </PhaseSection>
      ))}
      {permissions.edit && (
        <>
          <PhaseModal plan={plan} phase={dialog.phase} opened={dialog.kind === 'phase'} session={dialog.session} onClose={close} />
          <ActionModal
            plan={plan}
            action={dialog.kind === 'addAction' ? null : dialog.action}
            phaseId={dialog.phase?.id ?? null}
            opened={dialog.kind === 'addAction' || dialog.kind === 'edit'}
            session={dialog.session}
            onClose={close}
          />
          <ConfirmModal
            opened={dialog.kind === 'removePhase'}
            title={t('transformation.phases.removeTitle')}
            confirmLabel={t('transformation.phases.removeConfirm')}
            color="red"
            pending={removePhase.isPending}
            error={removePhase.error}
            onClose={close}
            onConfirm={() => {
              const phase = dialog.phase;
              if (phase !== null) {
                removePhase.mutate({ planId: plan.id, version: plan.version, id: phase.id }, { onSuccess: () => done(t('transformation.phases.removed')) });
              }
            }}
          >
            <Text size="sm">{t('transformation.phases.removeExplain', { name: dialog.phase === null ? '' : phaseName(dialog.phase) })}</Text>
          </ConfirmModal>
          <ConfirmModal
            opened={dialog.kind === 'remove'}
            title={t('transformation.action.removeTitle')}
            confirmLabel={t('transformation.action.removeConfirm')}
            color="red"
            pending={removeAction.isPending}
            error={removeAction.error}
            onClose={close}
            onConfirm={() => {
              const action = dialog.action;
              if (action !== null) {
                removeAction.mutate(
                  { planId: plan.id, version: plan.version, section: 'action', id: action.id },
                  { onSuccess: () => done(t('transformation.action.removed')) },
                );
              }
            }}
          >
            <Text size="sm">{t('transformation.action.removeExplain', { title: dialog.action?.title ?? '' })}</Text>
          </ConfirmModal>
        </>
      )}
      {permissions.track && (
        <>
          <ProgressModal action={dialog.action} opened={dialog.kind === 'progress'} session={dialog.session} onClose={close} />
          <EvidenceNoteModal action={dialog.action} opened={dialog.kind === 'note'} session={dialog.session} onClose={close} />
          <EvidenceFileModal action={dialog.action} opened={dialog.kind === 'file'} session={dialog.session} onClose={close} />
        </>
      )}
    </Stack>
  );
}

/** One phase: its numbered name, the director's buttons for it, its actions. */
function PhaseSection({
  name,
  phase,
  canEdit,
  first,
  last,
  moving,
  onRename,
  onMove,
  onRemove,
  onAddAction,
  children,
}: {
  name: string;
  phase: PlanPhase;
  canEdit: boolean;
  first: boolean;
  last: boolean;
  moving: boolean;
  onRename: () => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
  onAddAction: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" align="center" wrap="wrap">
        <Title order={2} size="h4" id={headingId}>
          {name}
        </Title>
        {canEdit && (
          <Group gap="xs">
            <Button size="compact-sm" onClick={onAddAction} aria-label={t('transformation.action.addTo', { phase: name })}>
              {t('transformation.action.add')}
            </Button>
            <Button size="compact-sm" variant="default" onClick={onRename} aria-label={t('transformation.phases.renameOf', { phase: name })}>
              {t('transformation.phases.rename')}
            </Button>
            <Button size="compact-sm" variant="default" disabled={first || moving} onClick={() => onMove(-1)} aria-label={t('transformation.phases.upOf', { phase: name })}>
              {t('transformation.phases.up')}
            </Button>
            <Button size="compact-sm" variant="default" disabled={last || moving} onClick={() => onMove(1)} aria-label={t('transformation.phases.downOf', { phase: name })}>
              {t('transformation.phases.down')}
            </Button>
            {phase.actions.length === 0 && (
              <Button size="compact-sm" variant="light" color="red" onClick={onRemove} aria-label={t('transformation.phases.removeOf', { phase: name })}>
                {t('transformation.phases.remove')}
              </Button>
            )}
          </Group>
        )}
      </Group>
      <Stack gap="xs">{children}</Stack>
    </Stack>
  );
}
