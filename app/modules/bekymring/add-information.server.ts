import { randomUUID } from "node:crypto";
import { fail } from "../../lib/errors";
import { hashKode, normaliserKode } from "./kvittering.server";
import { idag, iTransaksjon, nesteLopenummer, type AnonymContext } from "./queries.server";
import { meldingSchema } from "./schemas";

/**
 * The reporter adds information with the receipt code (another message in the thread, dated by the day).
 * A closed concern takes no more: the page says to send a new one. Returns false when the code matches nothing.
 */
export async function addInformation(
  ctx: AnonymContext & { kode: string; tekst: string },
): Promise<"lagt_til" | "ukjent_kode" | "avsluttet"> {
  const tekst = meldingSchema.safeParse(ctx.tekst);
  if (!tekst.success) fail("ugyldig");
  const kode = normaliserKode(ctx.kode);
  if (!kode) return "ukjent_kode";
  const hash = await hashKode(kode);
  return iTransaksjon(ctx.db, async (trx) => {
    const rad = await trx
      .selectFrom("bekymring")
      .select(["id", "status"])
      .where("kvittering_hash", "=", hash)
      .forUpdate()
      .executeTakeFirst();
    if (!rad) return "ukjent_kode";
    if (rad.status === "avsluttet") return "avsluttet";
    await trx
      .insertInto("bekymring_melding")
      .values({
        id: randomUUID(),
        bekymring_id: rad.id,
        lopenummer: await nesteLopenummer(trx, rad.id),
        fra: "melder",
        tekst: tekst.data,
        dato: idag(ctx.now),
      })
      .execute();
    await trx
      .updateTable("bekymring")
      .set((eb) => ({ versjon: eb("versjon", "+", 1) }))
      .where("id", "=", rad.id)
      .execute();
    return "lagt_til" as const;
  });
}
