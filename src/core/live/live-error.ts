/** Why a live request failed, in words a reader understands; `kind` lets callers react (e.g. a bad key). */
export type LiveErrorKind = 'timeout' | 'network' | 'http' | 'rate-limited' | 'too-large' | 'truncated' | 'malformed' | 'refused' | 'key';

export class LiveError extends Error {
  constructor(
    readonly kind: LiveErrorKind,
    message: string,
    readonly status: number | null = null,
    /** The start of the error body (sanitised), for sources that read error details (API key problems). */
    readonly body: string | null = null,
  ) {
    super(message);
  }
}
