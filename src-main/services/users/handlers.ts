import type { HandlerMap } from '../context';
import { createUser, listUsers, resetPassword, setUserActive, updateUser } from './users-service';

/** User administration (director only, per the access table). */
export const usersHandlers: HandlerMap<'users.list' | 'users.create' | 'users.update' | 'users.setActive' | 'users.resetPassword'> = {
  'users.list': (_input, ctx) => listUsers(ctx.deps.db),
  'users.create': (input, ctx) => createUser(ctx.deps, ctx.actor, input),
  'users.update': (input, ctx) => updateUser(ctx.deps, ctx.actor, input),
  'users.setActive': (input, ctx) => setUserActive(ctx.deps, ctx.actor, input.id, input.active),
  'users.resetPassword': (input, ctx) => resetPassword(ctx.deps, ctx.actor, input.id, input.password),
};
