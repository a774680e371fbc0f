import { ZodError, type z } from 'zod';
import type { ChannelName, Contract } from '../../shared/ipc/contract';
import { IpcErrorCode, type IpcError, type IpcResult } from '../../shared/ipc/define';
import { CaseFileError, CaseFileErrorCode } from '../core';

/** The part of Electron's ipcMain the handlers use; the harness supplies a shim with the same shape. */
export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: IpcInvokeEventLike, ...args: unknown[]) => unknown,
  ): void;
  removeHandler(channel: string): void;
}
export interface IpcInvokeEventLike {
  senderFrame: { url: string } | null;
}

export type Handler<C extends ChannelName> = (
  input: z.output<Contract[C]['input']>,
) => Promise<z.input<Contract[C]['output']>> | z.input<Contract[C]['output']>;

/** One implementation per channel: TypeScript refuses a missing or an extra one. */
export type Handlers = { [C in ChannelName]: Handler<C> };

/** The handlers of some domains (`case`, `object`…), kept in one file per feature. */
export type HandlersFor<D extends string> = {
  [C in ChannelName as C extends `${D}:${string}` ? C : never]: Handler<C>;
};

export interface HandleOptions {
  /** Is this frame the app's own window? (file:// in the app, the harness origin in tests) */
  isTrustedSender: (url: string) => boolean;
  /** Called after each accepted request, e.g. to postpone the idle lock. */
  onRequest?: (channel: ChannelName) => void;
  /** Where unexpected failures are reported: the channel and the error's class, never its data. */
  logUnexpected?: (channel: ChannelName, errorName: string) => void;
}

function fail(
  code: string,
  message: string,
  details?: Record<string, unknown>,
): { ok: false; error: IpcError } {
  return { ok: false, error: { code, message, ...(details ? { details } : {}) } };
}

function invalid(channel: string, error: ZodError): { ok: false; error: IpcError } {
  const issues = error.issues.map((i) => ({ path: i.path.map(String), message: i.message }));
  const first = issues[0];
  const where = first && first.path.length > 0 ? ` (${first.path.join('.')})` : '';
  return fail(
    IpcErrorCode.InvalidInput,
    `Invalid request to ${channel}${where}: ${first?.message ?? 'invalid'}`,
    { issues },
  );
}

/**
 * Wraps one handler: checks the sender, parses the input, runs it, checks the output, and turns
 * every outcome into an IpcResult. Nothing is thrown back to the renderer, and no stack trace or
 * case data leaves the main process in an error.
 */
export function wrapHandler<C extends ChannelName>(
  name: C,
  spec: Contract[C],
  handler: Handler<C>,
  opts: HandleOptions,
): (
  event: IpcInvokeEventLike,
  ...args: unknown[]
) => Promise<IpcResult<z.output<Contract[C]['output']>>> {
  return async (event, ...args) => {
    if (!opts.isTrustedSender(event?.senderFrame?.url ?? '')) {
      return fail(IpcErrorCode.Forbidden, 'This request did not come from the Custodia window.');
    }
    if (args.length !== 1) {
      return fail(
        IpcErrorCode.InvalidInput,
        `Invalid request to ${name}: expected one argument, got ${args.length}.`,
      );
    }
    const input = spec.input.safeParse(args[0]);
    if (!input.success) return invalid(name, input.error);
    try {
      opts.onRequest?.(name);
      const value = await handler(input.data as z.output<Contract[C]['input']>);
      const output = spec.output.safeParse(value);
      if (!output.success) {
        opts.logUnexpected?.(name, 'OutputValidation');
        return fail(
          IpcErrorCode.Internal,
          'Custodia produced an unexpected answer; nothing else was changed.',
        );
      }
      return { ok: true, value: output.data as z.output<Contract[C]['output']> };
    } catch (e) {
      if (e instanceof CaseFileError) {
        return fail(e.code, e.message, e.details ? safeDetails(e.details) : undefined);
      }
      if (e instanceof ZodError) return invalid(name, e);
      const fsCode = fileSystemCode(e);
      if (fsCode)
        return fail(CaseFileErrorCode.FileSystem, describeFileSystemError(fsCode), {
          errno: fsCode,
        });
      opts.logUnexpected?.(name, (e as Error)?.name ?? typeof e);
      return fail(
        IpcErrorCode.Internal,
        'Something unexpected went wrong; the operation was not completed.',
      );
    }
  };
}

const FS_MESSAGES: Record<string, string> = {
  ENOENT: 'A folder on that path does not exist.',
  EACCES: 'You are not allowed to write there.',
  EPERM: 'The operating system does not permit this there.',
  EROFS: 'That place is read-only.',
  ENOSPC: 'The disk is full.',
  ENAMETOOLONG: 'That file name is too long.',
  ENOTDIR: 'Part of that path is a file, not a folder.',
  EISDIR: 'That path is a folder, not a file.',
  EEXIST: 'Something already exists at that path; nothing was overwritten.',
};

/** The errno-style code of a file-system failure (ENOENT, EACCES …), or null for anything else. */
function fileSystemCode(e: unknown): string | null {
  const code = (e as { code?: unknown })?.code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code) ? code : null;
}

function describeFileSystemError(code: string): string {
  return `${FS_MESSAGES[code] ?? 'The file system refused the operation.'} (${code})`;
}

/** Only plain scalars (codes, counts, group numbers) cross to the renderer. */
function safeDetails(details: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(details).filter(
      ([, v]) => ['string', 'number', 'boolean'].includes(typeof v) || Array.isArray(v),
    ),
  );
}
