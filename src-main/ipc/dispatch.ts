import { access, isAllowed } from '../contract/access';
import type { Envelope } from '../contract/errors';
import { AppError, failed, validationError } from '../contract/errors';
import type { ProcedureName, ProcedureOutput } from '../contract/procedures';
import { isProcedureName, procedures } from '../contract/procedures';
import { parseWithKeys } from '../contract/zod-issues';
import { resolveCaller } from '../services/auth/auth-service';
import type { CallContext, Caller, HandlerContext } from '../services/context';
import { handlerOf } from '../services/handlers';
import { storageError } from './storage-errors';

/** Calls that are not the user doing something, so they do not keep a session from idling. */
const PASSIVE: ReadonlySet<ProcedureName> = new Set(['app.info', 'auth.session']);

/**
 * The one entry point of the core, shared by Electron IPC, the preview bridge, the CLI and tests:
 * resolve the session id to a user, check the procedure exists and the caller's role may call it
 * (and that the session is not locked or waiting for a new password), validate the input, run the
 * handler, validate the output, and always answer with an envelope (never a stack trace).
 */
export async function dispatch(name: unknown, input: unknown, ctx: CallContext): Promise<Envelope<unknown>> {
  if (!isProcedureName(name)) {
    return failed(new AppError('UNKNOWN_PROCEDURE', 'No such procedure'));
  }
  try {
    const caller = resolveCaller(ctx.deps, ctx.sessionId, ctx.connectionId);
    const refusal = gate(name, caller);
    if (refusal !== null) {
      return failed(refusal);
    }
    if (caller !== null && !PASSIVE.has(name)) {
      ctx.deps.sessions.touch(caller.sessionId, ctx.deps.clock.now().getTime());
    }
    const handlerContext: HandlerContext = {
      ...ctx,
      procedure: name,
      caller,
      actor: { userId: caller?.userId ?? null, login: caller?.login ?? null, procedure: name },
    };
    return { ok: true, value: await run(name, input, handlerContext) };
  } catch (error) {
    if (error instanceof AppError) {
      return failed(error);
    }
    const storage = storageError(error);
    if (storage !== null) {
      ctx.deps.logger.log('error', 'dispatch.storage', { procedure: name, code: storage.code });
      return failed(storage);
    }
    ctx.deps.logger.log('error', 'dispatch.failed', {
      procedure: name,
      error: error instanceof Error ? error.name : typeof error,
      message: error instanceof Error ? error.message.slice(0, 500) : undefined,
    });
    return failed(new AppError('INTERNAL', 'Something went wrong inside Körpü'));
  }
}

/** Why this caller may not call this procedure now, or null when they may. */
function gate(name: ProcedureName, caller: Caller | null): AppError | null {
  if (!isAllowed(name, caller?.role ?? null)) {
    return caller === null ? new AppError('UNAUTHENTICATED', 'Sign in first') : new AppError('FORBIDDEN', 'Your role may not do this');
  }
  const rule = access[name];
  if (caller?.locked === true && rule.whileLocked !== true) {
    return new AppError('SESSION_LOCKED', 'The window is locked; enter your password to continue');
  }
  if (caller?.mustChangePassword === true && rule.beforePasswordChange !== true) {
    return new AppError('PASSWORD_CHANGE_REQUIRED', 'Choose a new password first');
  }
  return null;
}

/** Typed convenience for callers inside the main process (CLI, tests): throws AppError on failure. */
export async function call<K extends ProcedureName>(name: K, input: unknown, ctx: CallContext): Promise<ProcedureOutput<K>> {
  const envelope = await dispatch(name, input, ctx);
  if (!envelope.ok) {
    throw new AppError(envelope.error.code, envelope.error.message, envelope.error.details);
  }
  return envelope.value as ProcedureOutput<K>;
}

async function run<K extends ProcedureName>(name: K, input: unknown, ctx: HandlerContext): Promise<unknown> {
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
