import type { SessionUser } from '@contract/accounts';
import { Anchor, Center, Loader, Paper, Stack, Tabs } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { ErrorAlert } from '../../components/ErrorAlert';
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

/** The record's sections, in the order a case worker reads a file. */
const TABS = ['identity', 'legal', 'health', 'education', 'family', 'contacts', 'notes', 'files'] as const;
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
      <Tabs value={tab} onChange={(next) => isTab(next) && setTab(next)} keepMountedMode="activity">
        <Tabs.List aria-label={t('resident.tabs.label')}>
          {TABS.map((name) => (
            <Tabs.Tab key={name} value={name}>
              {t(`resident.tabs.${name}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Paper withBorder p="lg" radius="md" mt="md">
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
        </Paper>
      </Tabs>
    </Stack>
  );
}
