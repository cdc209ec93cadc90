import { createHash } from "node:crypto";
import sharp from "sharp";
import { ekteFiltype } from "../../lib/filtype.server";
import { MAKS_BILDE_BYTES } from "./config";

export type BildeFeil = "for_stor" | "feil_type" | "ulesbar";

export type RensetBilde = {
  innhold: Uint8Array;
  storrelse: number;
  bredde: number;
  hoyde: number;
  sha256: string;
};

/** The photo types a report takes, by MIME type, with the name sharp gives each format. */
const BILDETYPER = { "image/jpeg": "jpeg", "image/png": "png", "image/webp": "webp" } as const;

/** The real type from the content, never from the name or the browser's claim. */
async function gjenkjennBildetype(bytes: Uint8Array) {
  const mime = await ekteFiltype(bytes, Object.keys(BILDETYPER) as (keyof typeof BILDETYPER)[]);
  return mime ? BILDETYPER[mime] : null;
}

/** Longest side after re-encoding: enough to see a fault, small enough for a phone on a slow line. */
const MAKS_SIDE = 2000;
/** Refuse decompression bombs: at most 50 megapixels before decoding. */
const MAKS_PIKSLER = 50_000_000;

/**
 * Checks one uploaded photo and re-encodes it as a fresh JPEG: JPEG, PNG or WebP by its first bytes (and
 * sharp must agree when it decodes it), at most 8 MB, at most 50 megapixels. The output is turned upright
 * from the EXIF orientation and then written without any metadata — no EXIF (GPS position, camera, time),
 * no XMP, no IPTC, no ICC profile beyond sRGB — because sharp drops all metadata unless asked to keep it.
 */
export async function rensBilde(
  bytes: Uint8Array,
): Promise<{ ok: true; bilde: RensetBilde } | { ok: false; feil: BildeFeil }> {
  if (bytes.byteLength > MAKS_BILDE_BYTES) return { ok: false, feil: "for_stor" };
  const type = await gjenkjennBildetype(bytes);
  if (!type) return { ok: false, feil: "feil_type" };
  try {
    const inn = sharp(bytes, { limitInputPixels: MAKS_PIKSLER, failOn: "error" });
    const meta = await inn.metadata();
    if (meta.format !== type) return { ok: false, feil: "feil_type" };
    const { data, info } = await inn
      .rotate()
      .resize({ width: MAKS_SIDE, height: MAKS_SIDE, fit: "inside", withoutEnlargement: true })
      .flatten({ background: "#ffffff" })
      .jpeg({ quality: 82, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
    const innhold = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    return {
      ok: true,
      bilde: {
        innhold,
        storrelse: innhold.byteLength,
        bredde: info.width,
        hoyde: info.height,
        sha256: createHash("sha256").update(innhold).digest("hex"),
      },
    };
  } catch {
    return { ok: false, feil: "ulesbar" };
  }
}
