/**
 * Bytes → text. Config loaders in Python read UTF-8 and fail on invalid bytes, so we report the
 * first invalid byte's offset instead of silently replacing it with U+FFFD.
 */
export type DecodeResult = { readonly text: string; readonly error?: undefined } | { readonly text?: undefined; readonly error: { readonly byteOffset: number; readonly message: string } };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeConfigBytes(bytes: Uint8Array): DecodeResult {
  if (looksBinary(bytes)) return { error: { byteOffset: bytes.indexOf(0), message: 'The file contains NUL bytes; it looks binary, not like a text config.' } };
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    return { error: { byteOffset: offset, message: `The file is not valid UTF-8 (invalid byte 0x${bytes[offset]?.toString(16).padStart(2, '0') ?? '??'} at byte ${offset}).` } };
  }
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let need = 0;
    let min = 0;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return bytes.length;
}
