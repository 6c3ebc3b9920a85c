import { AppError } from '../../contract/errors';
import type { CallContext, HandlerMap, Session } from '../context';
import { authenticate, sessionUser, setUserLanguage } from './auth-service';

/** The session of this call; dispatch has already refused anonymous calls to non-public procedures. */
export function requireSession(ctx: CallContext): Session {
  const session = ctx.session.current;
  if (session === null) {
    throw new AppError('UNAUTHENTICATED', 'Sign in first');
  }
  return session;
}

/** Sign-in, sign-out and the signed-in user's own preferences. */
export const authHandlers: HandlerMap<'auth.login' | 'auth.logout' | 'auth.session' | 'account.setLanguage'> = {
  'auth.login': async (input, ctx) => {
    const session = await authenticate(ctx.deps, input.login, input.password);
    ctx.session.current = session;
    const result = { user: sessionUser(ctx.deps.db, session) };
    ctx.emit('session.changed', result);
    return result;
  },
  'auth.logout': (_input, ctx) => {
    if (ctx.session.current !== null) {
      ctx.deps.logger.log('info', 'auth.logout', { userId: ctx.session.current.userId });
      ctx.session.current = null;
      ctx.emit('session.changed', null);
    }
    return { ok: true };
  },
  'auth.session': (_input, ctx) => {
    const session = ctx.session.current;
    if (session === null) {
      return null;
    }
    try {
      return { user: sessionUser(ctx.deps.db, session) };
    } catch (error) {
      if (error instanceof AppError && error.code === 'UNAUTHENTICATED') {
        ctx.session.current = null;
        return null;
      }
      throw error;
    }
  },
  'account.setLanguage': (input, ctx) => {
    const session = requireSession(ctx);
    setUserLanguage(ctx.deps, session.userId, input.language);
    // The session's user now speaks another language: the window (and the app menu) follow.
    ctx.emit('session.changed', { user: sessionUser(ctx.deps.db, session) });
    return { language: input.language };
  },
};
