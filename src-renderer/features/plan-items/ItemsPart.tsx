import { Button, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useId } from 'react';

/** A titled part of the plan's items (new services, staff, budget, building) with its "add" button for those who may. */
export function ItemsPart({
  title,
  intro,
  add,
  children,
}: {
  title: string;
  intro: string;
  add: { label: string; onClick: () => void } | null;
  children: ReactNode;
}) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="center">
          <Title order={2} size="h4" id={headingId}>
            {title}
          </Title>
          {add !== null && (
            <Button size="compact-sm" onClick={add.onClick}>
              {add.label}
            </Button>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {intro}
        </Text>
        {children}
      </Stack>
    </section>
  );
}

/** A row's buttons; each accessible name carries the item's name, so a screen reader says whose row it is. */
export function RowButtons({ buttons }: { buttons: readonly ({ label: string; name: string; onClick: () => void } | false)[] }) {
  const shown = buttons.filter((button) => button !== false);
  return (
    <Group gap={4} wrap="nowrap">
      {shown.map((button) => (
        <Button key={button.label} size="compact-sm" variant="subtle" aria-label={button.name} onClick={button.onClick}>
          {button.label}
        </Button>
      ))}
    </Group>
  );
}

/** An empty list, said in words. */
export function Empty({ text }: { text: string }) {
  return (
    <Text c="dimmed" size="sm">
      {text}
    </Text>
  );
}
