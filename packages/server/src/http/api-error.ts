/** The body of every REST API error: a stable code and a message that says what to do next. */
export interface ApiErrorBody {
  error: { code: string; message: string; field?: string };
}

/**
 * An error the HTTP layer itself raises (bad JSON, missing key, body too large), answered as
 * `{ error: { code, message } }` with its status.
 */
export class HttpError extends Error {
  readonly status: number;
  readonly code: string;
  readonly field: string | undefined;

  constructor({
    status,
    code,
    message,
    field,
  }: { status: number; code: string; message: string; field?: string }) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
    this.code = code;
    this.field = field;
  }
}
