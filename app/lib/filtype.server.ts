import { fileTypeFromBuffer } from "file-type";

/**
 * A file's real type read from its content (file-type knows the magic numbers), never from its name or the
 * browser's claim: the MIME type when it is one of `tillatte`, otherwise null.
 */
export async function ekteFiltype<T extends string>(
  bytes: Uint8Array,
  tillatte: readonly T[],
): Promise<T | null> {
  const funnet = await fileTypeFromBuffer(bytes);
  return funnet && (tillatte as readonly string[]).includes(funnet.mime) ? (funnet.mime as T) : null;
}
