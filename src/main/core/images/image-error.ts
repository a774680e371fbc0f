/** Why an image was refused. Each code names a situation a person can act on. */
export const ImageErrorCode = {
  NotAnImage: 'NOT_AN_IMAGE',
  TooLarge: 'TOO_LARGE',
  Corrupt: 'CORRUPT',
  /** A real image in a format this build cannot decode (HEIC, or an SVG drawing). */
  Unsupported: 'UNSUPPORTED',
} as const;

export type ImageErrorCode = (typeof ImageErrorCode)[keyof typeof ImageErrorCode];

/** Messages name the problem, never the file's content. The decoder's own error is the `cause`. */
export class ImageError extends Error {
  override readonly name = 'ImageError';
  constructor(
    readonly code: ImageErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isImageError(e: unknown, code?: ImageErrorCode): e is ImageError {
  return e instanceof ImageError && (code === undefined || e.code === code);
}
