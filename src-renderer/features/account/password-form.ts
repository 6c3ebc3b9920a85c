import { changePasswordInputSchema, passwordSchema } from '@contract/accounts';
import { z } from 'zod';


/** Changing one's password in a form: the contract's rules plus typing the new one twice. */
export const changePasswordFormSchema = z
  .strictObject({
    currentPassword: z.string().min(1, 'validation.required'),
    newPassword: passwordSchema,
    repeat: z.string(),
  })
  .superRefine((value, ctx) => {
    const contract = changePasswordInputSchema.safeParse({ currentPassword: value.currentPassword, newPassword: value.newPassword });
    for (const issue of contract.success ? [] : contract.error.issues) {
      if (issue.code === 'custom') {
        ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
      }
    }
    if (value.newPassword !== value.repeat) {
      ctx.addIssue({ code: 'custom', path: ['repeat'], message: 'validation.passwordMismatch' });
    }
  });

export type ChangePasswordValues = z.input<typeof changePasswordFormSchema>;

export const emptyPasswordValues: ChangePasswordValues = { currentPassword: '', newPassword: '', repeat: '' };
