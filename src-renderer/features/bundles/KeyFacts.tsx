import { Code, Stack, Text } from '@mantine/core';
import { useId } from 'react';

/**
 * One fact about a key: a term and its value, the value in monospace so it can be compared and
 * copied (`mono: false` for words such as "not in the key file"); `large` for what is read aloud.
 */
export type KeyFact = { term: string; value: string; mono?: boolean; large?: boolean };

/**
 * Facts about a key as a description list (term, then value). Each value is named by its term, so
 * it can be found as "the fingerprint". Values stay selectable: a director may copy a fingerprint
 * into an e-mail to the ministry.
 */
export function KeyFacts({ facts }: { facts: readonly KeyFact[] }) {
  const baseId = useId();
  return (
    <Stack component="dl" gap="xs" m={0}>
      {facts.map((fact, index) => (
        <div key={fact.term}>
          <Text component="dt" size="sm" c="dimmed" id={`${baseId}-${index}`}>
            {fact.term}
          </Text>
          <Text component="dd" m={0} aria-labelledby={`${baseId}-${index}`} style={{ userSelect: 'text', overflowWrap: 'anywhere' }}>
            {fact.mono === false ? fact.value : fact.large === true ? (
              // Eight groups to a line (40 monospace characters): two even lines to read out.
              <Code fz="lg" style={{ display: 'inline-block', maxWidth: '40ch' }}>
                {fact.value}
              </Code>
            ) : (
              <Code fz="sm">{fact.value}</Code>
            )}
          </Text>
        </div>
      ))}
    </Stack>
  );
}
