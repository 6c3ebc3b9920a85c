import { isAllowed } from '@contract/access';
import type { SessionUser } from '@contract/accounts';
import { Anchor, Center, Loader, Paper, Stack, Tabs } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { ErrorAlert } from '../../components/ErrorAlert';
import { AssessmentsSection } from '../pathway/AssessmentsSection';
import { CarePlanSection } from '../pathway/CarePlanSection';
import { PlacementSection } from '../placement/PlacementSection';
import { ReferralsSection } from '../services/ReferralsSection';
import { TimelineSection } from '../timeline/TimelineSection';
import { ResidentHeader } from './ResidentHeader';
import { ContactsSection } from './sections/ContactsSection';
import { EducationSection } from './sections/EducationSection';
import { FamilySection } from './sections/FamilySection';
import { FilesSection } from './sections/FilesSection';
import { HealthSection } from './sections/HealthSection';
import { IdentitySection } from './sections/IdentitySection';
import { LegalSection } from './sections/LegalSection';
import { NotesSection } from './sections/NotesSection';
import { useResident } from './useResident';

/** The record's sections, in the order a case worker reads a file, then the child's way out. */
const TABS = [
  'identity',
  'legal',
  'health',
  'education',
  'family',
  'contacts',
  'notes',
  'files',
  'assessments',
  'plan',
  'referrals',
  'placement',
  'timeline',
] as const;
type Tab = (typeof TABS)[number];

const isTab = (value: string | null): value is Tab => (TABS as readonly (string | null)[]).includes(value);

/**
 * One child's record: the header, then each section as a tab (arrow keys move between them). Hidden
 * tabs keep their state (an open editor survives a look at another tab) but run no effects, so
 * family, notes and files are read only once their tab is opened.
 */
export function ResidentPage({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const resident = useResident(id);
  const [tab, setTab] = useState<Tab>('identity');
  if (resident.error) {
    return (
      <Stack gap="md" maw={640}>
        <ErrorAlert error={resident.error} />
        <Anchor component={Link} to="/residents">
          {t('resident.backToList')}
        </Anchor>
      </Stack>
    );
  }
  if (resident.data === undefined) {
    return (
      <Center py="xl">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  const record = resident.data;
  const { role } = user;
  // Keyed by the child: following a sibling's link starts every section afresh, no editor stays open.
  return (
    <Stack gap="lg" key={record.id}>
      <ResidentHeader record={record} role={role} />
      <Tabs
        value={tab}
        onChange={(next) => isTab(next) && setTab(next)}
        keepMountedMode="activity"
        orientation="vertical"
        variant="pills"
        styles={{ tab: { justifyContent: 'flex-start' }, tabLabel: { textAlign: 'start' } }}
      >
        <Tabs.List aria-label={t('resident.tabs.label')} miw={210}>
          {TABS.map((name) => (
            <Tabs.Tab key={name} value={name}>
              {t(`resident.tabs.${name}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Paper withBorder p="lg" radius="md" ml="md" style={{ flex: 1, minWidth: 0 }}>
          <Tabs.Panel value="identity">
            <IdentitySection record={record} role={role} />
          </Tabs.Panel>
          <Tabs.Panel value="legal">
            <LegalSection record={record} role={role} />
          </Tabs.Panel>
          <Tabs.Panel value="health">
            <HealthSection record={record} role={role} />
          </Tabs.Panel>
          <Tabs.Panel value="education">
            <EducationSection record={record} role={role} />
          </Tabs.Panel>
          <Tabs.Panel value="family">
            <FamilySection residentId={record.id} role={role} />
          </Tabs.Panel>
          <Tabs.Panel value="contacts">
            <ContactsSection residentId={record.id} role={role} />
          </Tabs.Panel>
          <Tabs.Panel value="notes">
            <NotesSection residentId={record.id} role={role} />
          </Tabs.Panel>
          <Tabs.Panel value="files">
            <FilesSection record={record} role={role} />
          </Tabs.Panel>
          <Tabs.Panel value="assessments">
            <AssessmentsSection record={record} role={role} />
          </Tabs.Panel>
          <Tabs.Panel value="plan">
            <CarePlanSection record={record} role={role} />
          </Tabs.Panel>
          <Tabs.Panel value="referrals">
            <ReferralsSection residentId={record.id} canEdit={isAllowed('referrals.create', role)} />
          </Tabs.Panel>
          <Tabs.Panel value="placement">
            <PlacementSection record={record} role={role} />
          </Tabs.Panel>
          <Tabs.Panel value="timeline">
            <TimelineSection residentId={record.id} />
          </Tabs.Panel>
        </Paper>
      </Tabs>
    </Stack>
  );
}
