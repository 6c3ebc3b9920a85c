import { Box, Button } from '@mantine/core';
import type { ReactNode } from 'react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A chart's numbers as a table, behind a button: the same months and values for someone who
 * cannot see the picture or wants the exact figures.
 */
export function TableAlternative({ name, children }: { name: string; children: ReactNode }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  const id = useId();
  return (
    <Box>
      <Button
        variant="subtle"
        size="compact-sm"
        aria-expanded={shown}
        aria-controls={id}
        aria-label={t(shown ? 'indicators.table.hide' : 'indicators.table.show', { name })}
        onClick={() => setShown((value) => !value)}
      >
        {t(shown ? 'indicators.table.hideShort' : 'indicators.table.showShort')}
      </Button>
      <Box id={id} mt={shown ? 'xs' : 0}>
        {shown && children}
      </Box>
    </Box>
  );
}
