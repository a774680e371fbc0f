import { z } from 'zod';

/**
 * One IPC channel: what the renderer may send (`input`) and what it gets back (`output`).
 * Channels are named `domain:verb`; every input is an object, `{}` when there is nothing to send.
 */
export interface ChannelSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
}

export function channel<I extends z.ZodType, O extends z.ZodType>(
  input: I,
  output: O,
): ChannelSpec<I, O> {
  return { input, output };
}

/** No input: the renderer sends `{}`; anything else is refused. */
export const NoInput = z.object({}).strict();

export const IpcErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
  details: z.record(z.string(), z.unknown()).optional(),
});
export type IpcError = z.infer<typeof IpcErrorSchema>;

/** What every channel returns: never a thrown error, never a stack trace. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** Codes the IPC layer adds to the case file's own (src/shared/case-file/errors.ts). */
export const IpcErrorCode = {
  Forbidden: 'FORBIDDEN',
  InvalidInput: 'INVALID_INPUT',
  Internal: 'INTERNAL',
} as const;
