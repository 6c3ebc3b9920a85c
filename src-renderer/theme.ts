import { Badge, createTheme } from '@mantine/core';

/** Körpü's look: calm teal, system fonts (works offline, covers ə, ğ, ı and Cyrillic). */
export const theme = createTheme({
  primaryColor: 'teal',
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif',
  headings: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif' },
  components: {
    // A status badge is read whole: in a narrow table column it widens the column instead of
    // being cut to "Sa…".
    Badge: Badge.extend({ styles: { root: { minWidth: 'max-content' } } }),
  },
});
