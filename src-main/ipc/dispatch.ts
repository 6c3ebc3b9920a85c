import { isAllowed } from '../contract/access';
import type { Envelope } from '../contract/errors';
import { AppError, failed, validationError } from '../contract/errors';
import type { ProcedureName, ProcedureOutput } from '../contract/procedures';
import { isProcedureName, procedures } from '../contract/procedures';
import { parseWithKeys } from '../contract/zod-issues';
import type { CallContext } from '../services/context';
import { handlerOf } from '../services/handlers';

/**
 * The one entry point of the core, shared by Electron IPC, the preview bridge, the CLI and tests:
 * check the procedure exists and the caller may call it, validate the input, run the handler,
 * validate the output, and always answer with an envelope (never a stack trace).
 */
export async function dispatch(name: unknown, input: unknown, ctx: CallContext): Promise<Envelope<unknown>> {
  if (!isProcedureName(name)) {
    return failed(new AppError('UNKNOWN_PROCEDURE', 'No such procedure'));
  }
  const session = ctx.session.current;
  if (!isAllowed(name, session?.role ?? null)) {
    return failed(
      session === null
        ? new AppError('UNAUTHENTICATED', 'Sign in first')
        : new AppError('FORBIDDEN', 'Your role may not do this'),
    );
  }
  try {
    return { ok: true, value: await run(name, input, ctx) };
  } catch (error) {
    if (error instanceof AppError) {
      return failed(error);
    }
    ctx.deps.logger.log('error', 'dispatch.failed', {
      procedure: name,
      error: error instanceof Error ? error.name : typeof error,
      message: error instanceof Error ? error.message.slice(0, 500) : undefined,
    });
    return failed(new AppError('INTERNAL', 'Something went wrong inside Körpü'));
  }
}

/** Typed convenience for callers inside the main process (CLI, tests): throws AppError on failure. */
export async function call<K extends ProcedureName>(name: K, input: unknown, ctx: CallContext): Promise<ProcedureOutput<K>> {
  const envelope = await dispatch(name, input, ctx);
  if (!envelope.ok) {
    throw new AppError(envelope.error.code, envelope.error.message, envelope.error.details);
  }
  return envelope.value as ProcedureOutput<K>;
}

async function run<K extends ProcedureName>(name: K, input: unknown, ctx: CallContext): Promise<unknown> {
  const definition = procedures[name];
  const parsedInput = parseWithKeys(definition.input, input);
  if (!parsedInput.success) {
    throw validationError(parsedInput.issues);
  }
  const handler = handlerOf(name);
  const output = await handler(parsedInput.data as Parameters<typeof handler>[0], ctx);
  const parsedOutput = definition.output.safeParse(output);
  if (!parsedOutput.success) {
    // The core broke its own contract: log which procedure (never the data) and answer INTERNAL.
    ctx.deps.logger.log('error', 'dispatch.output-invalid', { procedure: name, issues: parsedOutput.error.issues.length });
    throw new AppError('INTERNAL', 'Something went wrong inside Körpü');
  }
  return parsedOutput.data;
}
