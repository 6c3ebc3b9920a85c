import { beforeEach, describe, expect, it, vi } from 'vitest';

import { memoryLogger } from '../platform/logger';
import type { CallContext, CoreDeps } from '../services/context';
import type * as HandlersModule from '../services/handlers';
import { dispatch } from './dispatch';

/**
 * The two ways the core itself can fail a call: a handler that throws something unexpected, and a
 * handler whose answer breaks the contract. Either way the window gets INTERNAL and no data or stack
 * trace, and the log names the procedure, never the input or the output. docs/security.md cites it.
 */

const fake = vi.hoisted(() => ({ handler: null as ((input: unknown) => unknown) | null }));

vi.mock('../services/handlers', async (importOriginal) => {
  const actual = await importOriginal<typeof HandlersModule>();
  return { ...actual, handlerOf: (name: Parameters<typeof actual.handlerOf>[0]) => fake.handler ?? actual.handlerOf(name) };
});

/** A call context with no session: `app.info` is public, so nothing but the logger is reached. */
function context() {
  const logger = memoryLogger();
  const ctx: CallContext = { deps: { logger } as unknown as CoreDeps, sessionId: null, connectionId: 'test:1', emit: () => undefined };
  return { ctx, logger };
}

const SECRET = 'Səbinə Qəhrəmanova 5ZK7P2T';

describe('dispatch when the core itself fails', () => {
  beforeEach(() => {
    fake.handler = null;
  });

  it('answers an unknown procedure with UNKNOWN_PROCEDURE, before anything runs', async () => {
    const { ctx, logger } = context();
    fake.handler = () => {
      throw new Error('must not run');
    };
    await expect(dispatch('residents.dropAll', {}, ctx)).resolves.toMatchObject({ ok: false, error: { code: 'UNKNOWN_PROCEDURE' } });
    expect(logger.entries).toEqual([]);
  });

  it('answers an unexpected exception with INTERNAL and a fixed message, never the exception', async () => {
    const { ctx, logger } = context();
    fake.handler = () => {
      throw new TypeError('boom');
    };
    const reply = await dispatch('app.info', {}, ctx);
    expect(reply).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'Something went wrong inside Körpü' } });
    expect(logger.entries).toEqual([{ level: 'error', event: 'dispatch.failed', fields: { procedure: 'app.info', error: 'TypeError', message: 'boom' } }]);
  });

  it('answers an output outside the contract with INTERNAL, and logs only which procedure and how many issues', async () => {
    const { ctx, logger } = context();
    fake.handler = () => ({ version: '1.0.0', setupComplete: 'yes', leaked: SECRET });
    const reply = await dispatch('app.info', {}, ctx);
    expect(reply).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'Something went wrong inside Körpü' } });
    expect(JSON.stringify(reply)).not.toContain(SECRET);
    expect(logger.entries).toEqual([{ level: 'error', event: 'dispatch.output-invalid', fields: { procedure: 'app.info', issues: expect.any(Number) as number } }]);
    expect(JSON.stringify(logger.entries)).not.toContain(SECRET);
  });

  it('refuses input outside the contract before the handler runs, naming the field but not logging it', async () => {
    const { ctx, logger } = context();
    const handler = vi.fn();
    fake.handler = handler;
    const reply = await dispatch('app.info', { [SECRET]: true }, ctx);
    expect(reply).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect(handler).not.toHaveBeenCalled();
    expect(logger.entries).toEqual([]);
  });
});
