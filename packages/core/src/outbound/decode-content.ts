import { pipeline, type Readable, type Transform } from 'node:stream';
import * as zlib from 'node:zlib';

/** Lenient about a stream cut short, as fetch (and curl) are: what arrived is decoded. */
const SYNC = { flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH };
const BROTLI = {
  flush: zlib.constants.BROTLI_OPERATION_FLUSH,
  finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH,
};

/** The content codings an answer is decoded from, as fetch decodes them. */
const DECODERS: Record<string, () => Transform> = {
  gzip: () => zlib.createGunzip(SYNC),
  'x-gzip': () => zlib.createGunzip(SYNC),
  deflate: () => zlib.createInflate(SYNC),
  br: () => zlib.createBrotliDecompress(BROTLI),
  ...(typeof zlib.createZstdDecompress === 'function'
    ? {
        zstd: () =>
          zlib.createZstdDecompress({
            flush: zlib.constants.ZSTD_e_continue,
            finishFlush: zlib.constants.ZSTD_e_end,
          }),
      }
    : {}),
};

/** More codings than this on one answer is refused, as fetch refuses it (a decompression bomb). */
const MAX_CODINGS = 5;

/**
 * The body of an answer sent with `content-encoding`, decoded: `gzip`, `deflate`, `br` (and `zstd`
 * where Node has it), several in the order they were applied (`gzip, br`). `undefined` when there is
 * nothing to decode, or a coding this does not know: then the body stays as it came, as fetch leaves
 * it. A corrupt stream fails the read of the returned stream.
 *
 * @throws Error when the answer names more than five codings.
 * @example
 * const decoded = decodeContent('gzip', body); // a Readable of the plain bytes
 */
export function decodeContent(contentEncoding: string | undefined, body: Readable): Readable | undefined {
  if (contentEncoding === undefined) return undefined;
  const codings = contentEncoding
    .toLowerCase()
    .split(',')
    .map((coding) => coding.trim())
    .filter((coding) => coding !== '' && coding !== 'identity');
  if (codings.length > MAX_CODINGS) {
    throw new Error(`too many content codings in the answer: ${codings.length}, at most ${MAX_CODINGS}`);
  }
  if (codings.length === 0 || codings.some((coding) => !(coding in DECODERS))) return undefined;
  const decoders = codings.reverse().map((coding) => DECODERS[coding]!());
  // pipeline destroys every stream when one fails or the last is destroyed (a cancelled read).
  pipeline([body, ...decoders], () => {});
  return decoders.at(-1)!;
}
