import { AppError } from '../../contract/errors';
import type { Caller, HandlerContext, HandlerMap } from '../context';
import {
  changeOwnPassword,
  lockSession,
  resolveCaller,
  sessionView,
  setUserLanguage,
  signIn,
  signOut,
  unlockSession,
} from './auth-service';

/** The signed-in caller; dispatch has already refused anonymous calls to procedures that need one. */
export function requireCaller(ctx: HandlerContext): Caller {
  if (ctx.caller === null) {
    throw new AppError('UNAUTHENTICATED', 'Sign in first');
  }
  return ctx.caller;
}

/** Tells the window its session changed (signed in or out, locked, unlocked, new language). */
function announce(ctx: HandlerContext): void {
  const caller = ctx.sessionId === null ? null : resolveCaller(ctx.deps, ctx.sessionId, ctx.connectionId);
  ctx.emit('session.changed', caller === null ? null : sessionView(ctx.deps.db, caller));
}

/** Sign-in, sign-out, the idle lock and the signed-in user's own account. */
export const authHandlers: HandlerMap<
  | 'auth.login'
  | 'auth.logout'
  | 'auth.session'
  | 'auth.lock'
  | 'auth.unlock'
  | 'auth.touch'
  | 'account.setLanguage'
  | 'account.changePassword'
> = {
  'auth.login': async (input, ctx) => {
    const result = await signIn(ctx.deps, ctx.procedure, input.login, input.password, ctx.connectionId);
    if (ctx.caller !== null) {
      // Signing in again from the same window replaces the old session (only once the new one exists).
      ctx.deps.sessions.drop(ctx.caller.sessionId);
    }
    ctx.emit('session.changed', result.session);
    return result;
  },
  'auth.logout': (_input, ctx) => {
    if (ctx.caller !== null) {
      signOut(ctx.deps, ctx.actor, ctx.caller);
      ctx.emit('session.changed', null);
    }
    return { ok: true };
  },
  'auth.session': (_input, ctx) => (ctx.caller === null ? null : sessionView(ctx.deps.db, ctx.caller)),
  'auth.lock': (_input, ctx) => {
    lockSession(ctx.deps, ctx.actor, requireCaller(ctx));
    announce(ctx);
    return { ok: true };
  },
  'auth.unlock': async (input, ctx) => {
    const caller = requireCaller(ctx);
    try {
      await unlockSession(ctx.deps, ctx.actor, caller, input.password);
    } catch (error) {
      if (error instanceof AppError && error.code === 'ACCOUNT_LOCKED') {
        ctx.emit('session.changed', null);
      }
      throw error;
    }
    const unlocked = resolveCaller(ctx.deps, caller.sessionId, ctx.connectionId);
    if (unlocked === null) {
      throw new AppError('UNAUTHENTICATED', 'The session is no longer valid');
    }
    const view = sessionView(ctx.deps.db, unlocked);
    ctx.emit('session.changed', view);
    return view;
  },
  // Dispatch records the activity of every call; this one exists for input that calls nothing.
  'auth.touch': () => ({ ok: true }),
  'account.setLanguage': (input, ctx) => {
    setUserLanguage(ctx.deps, ctx.actor, requireCaller(ctx).userId, input.language);
    announce(ctx);
    return { language: input.language };
  },
  'account.changePassword': async (input, ctx) => {
    await changeOwnPassword(ctx.deps, ctx.actor, requireCaller(ctx), input.currentPassword, input.newPassword);
    announce(ctx);
    return { ok: true };
  },
};
