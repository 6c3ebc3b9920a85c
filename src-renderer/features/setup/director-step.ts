
import { loginSchema, passwordContainsLogin, passwordSchema } from '@contract/accounts';
import { requiredText } from '@contract/common';
import { z } from 'zod';

/** The wizard's director step: the contract's account rules plus the repeated password. */
export const directorStepSchema = z
  .strictObject({
    fullName: requiredText(150),
    login: loginSchema,
    password: passwordSchema,
    passwordConfirm: z.string(),
  })
  .superRefine((values, ctx) => {
    if (passwordContainsLogin(values.password, values.login)) {
      ctx.addIssue({ code: 'custom', path: ['password'], message: 'validation.passwordContainsLogin' });
    }
    if (values.password !== values.passwordConfirm) {
      ctx.addIssue({ code: 'custom', path: ['passwordConfirm'], message: 'validation.passwordMismatch' });
    }
  });

export type DirectorStepValues = z.input<typeof directorStepSchema>;

export const emptyDirectorValues: DirectorStepValues = { fullName: '', login: '', password: '', passwordConfirm: '' };
