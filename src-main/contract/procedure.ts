import type { z } from 'zod';

/** One procedure of the contract: its input and output schemas and a one-line summary. */
export type ProcedureDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> = {
  readonly input: I;
  readonly output: O;
  readonly summary: string;
};

/** Declares a procedure; exists so each entry is checked against ProcedureDef where it is written. */
export function procedure<I extends z.ZodType, O extends z.ZodType>(def: ProcedureDef<I, O>): ProcedureDef<I, O> {
  return def;
}
