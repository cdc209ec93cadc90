import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import type { Db } from "../../db/connection.server";
import { fail } from "../../lib/errors";
import { computeDeadline, type Dato } from "../../lib/frister";
import { validate } from "../../lib/fodselsnummer";
import { recordAccess } from "../audit/record-access.server";
import { idag, iTransaksjon, krevTilgang, loggHendelse, type CaseContext } from "./queries.server";
import { innsendingSchema, parseOrFail, SKJEMAVERSJON, type Innsending } from "./schemas";

export type SubmitResult = { sakId: string; saksnummer: string; versjon: number; duplikat: boolean };

/**
 * A new application (søknad): from the resident (ID-porten), on someone's behalf (relative with consent,
 * municipal service, institution), or on paper registered by staff. One transaction: the case with its
 * saksnummer, the answers, the § 11 a deadline (one month from mottatt), the case log and the audit rows.
 * The same idempotency key from the same actor returns the first case (`duplikat: true`), writing nothing.
 */
export async function submitApplication(
  ctx: CaseContext & { input: Innsending; allowSyntheticIdentities?: boolean },
): Promise<SubmitResult> {
  const { actor } = ctx;
  const input = parseOrFail(innsendingSchema, ctx.input, () => fail("ugyldig"));
  if (input.innsenderrolle === "soker" || input.innsenderrolle === "parorende")
    krevTilgang(actor, "egen_sak.soke");
  else krevTilgang(actor, "sak.registrer");
  if (input.innsenderrolle === "saksbehandler_papir" && actor.rolle !== "saksbehandler") fail("ikke_tilgang");

  const today = idag(ctx.now);
  const bydelId = "bydelId" in input ? input.bydelId : actor.bydelId;
  if (!bydelId) fail("ikke_tilgang");
  // Staff register applications for their own district only.
  if (actor.rolle !== "beboer" && bydelId !== actor.bydelId) fail("ikke_funnet");
  const mottatt: Dato =
    input.innsenderrolle === "soker" || actor.rolle === "beboer" ? today : (input.mottatt ?? today);
  if (mottatt > today) fail("ugyldig");

  return iTransaksjon(ctx.db, async (trx) => {
    // Two submissions with the same key (a double click) wait for each other here; the second finds the first.
    await sql`select pg_advisory_xact_lock(hashtextextended(${`${actor.id}\n${input.idempotensnokkel}`}, 7301002))`.execute(
      trx,
    );
    const tidligere = await finnIdempotent(trx, actor.id, input.idempotensnokkel);
    if (tidligere) return { ...tidligere, duplikat: true };

    const bydel = await trx.selectFrom("bydel").select("id").where("id", "=", bydelId).executeTakeFirst();
    if (!bydel) fail("ikke_funnet");

    const sokerId =
      input.innsenderrolle === "soker"
        ? (actor.personId ?? fail("ikke_tilgang"))
        : await finnEllerOpprettPerson(trx, input.soker, today, ctx.allowSyntheticIdentities ?? false);
    if (input.innsenderrolle === "parorende" && sokerId === actor.personId) fail("ugyldig");

    const sakId = randomUUID();
    const saksnummer = await nesteSaksnummer(trx, Number(today.slice(0, 4)));
    await trx
      .insertInto("sak")
      .values({
        id: sakId,
        saksnummer,
        bydel_id: bydelId,
        type: input.type,
        status: "mottatt",
        soker_person_id: sokerId,
        husstand: JSON.stringify(input.husstand),
        innsender_rolle: input.innsenderrolle,
        innsender_aktor_id: actor.id,
        innsender_navn: input.innsenderrolle === "soker" ? null : (input.innsenderNavn ?? null),
        samtykke: input.innsenderrolle === "soker" ? true : input.samtykke,
        samtykke_grunnlag: input.innsenderrolle === "soker" ? null : input.samtykkeGrunnlag,
        mottatt,
      })
      .execute();
    const krav = await trx
      .insertInto("idempotens")
      .values({ aktor_id: actor.id, nokkel: input.idempotensnokkel, sak_id: sakId })
      .onConflict((oc) => oc.columns(["aktor_id", "nokkel"]).doNothing())
      .returning("sak_id")
      .executeTakeFirst();
    if (!krav) fail("konflikt");

    await trx
      .insertInto("soknadsinnhold")
      .values({
        sak_id: sakId,
        skjemaversjon: SKJEMAVERSJON,
        boligsituasjon: JSON.stringify(input.innhold.boligsituasjon),
        okonomi: JSON.stringify(input.innhold.okonomi),
        helse_funksjon: input.innhold.helseFunksjon ? JSON.stringify(input.innhold.helseFunksjon) : null,
        onsker: JSON.stringify(input.innhold.onsker),
      })
      .execute();

    const frist = computeDeadline("forelopig_svar", mottatt);
    await trx
      .insertInto("frist")
      .values({
        id: randomUUID(),
        sak_id: sakId,
        type: "forelopig_svar",
        start: frist.start,
        forfall: frist.due,
        hjemmel: frist.basis,
        status: "aktiv",
        oppfylt_ved: null,
        lukket: null,
      })
      .execute();

    await loggHendelse(trx, actor, sakId, "soknad_mottatt", {
      type: input.type,
      innsenderrolle: input.innsenderrolle,
      mottatt,
      saksnummer,
    });
    await loggHendelse(trx, actor, sakId, "frist_opprettet", { type: "forelopig_svar", forfall: frist.due });
    await recordAccess(trx, actor, ctx.requestId, [
      { personId: sokerId, kategori: "sak", handling: "opprett", ressurs: `sak:${sakId}` },
      { personId: sokerId, kategori: "husstand", handling: "opprett", ressurs: `sak:${sakId}` },
      ...(input.innhold.helseFunksjon
        ? [
            {
              personId: sokerId,
              kategori: "helse" as const,
              handling: "opprett" as const,
              ressurs: `soknad:${sakId}`,
            },
          ]
        : []),
    ]);
    return { sakId, saksnummer, versjon: 1, duplikat: false };
  });
}

async function finnIdempotent(trx: Db, aktorId: string, nokkel: string) {
  return trx
    .selectFrom("idempotens as i")
    .innerJoin("sak as s", "s.id", "i.sak_id")
    .select(["s.id as sakId", "s.saksnummer", "s.versjon"])
    .where("i.aktor_id", "=", aktorId)
    .where("i.nokkel", "=", nokkel)
    .executeTakeFirst();
}

/** "2026/00123": a running number per year, from a counter row locked for the transaction. */
async function nesteSaksnummer(trx: Db, aar: number): Promise<string> {
  const { rows } = await sql<{ siste: number }>`
    insert into saksnummer_teller (aar, siste) values (${aar}, 1)
    on conflict (aar) do update set siste = saksnummer_teller.siste + 1
    returning siste`.execute(trx);
  const siste = rows[0]?.siste ?? fail("konflikt");
  return `${aar}/${String(siste).padStart(5, "0")}`;
}

async function finnEllerOpprettPerson(
  trx: Db,
  soker: { fodselsnummer: string; fornavn: string; etternavn: string },
  today: Dato,
  allowSynthetic: boolean,
): Promise<string> {
  const gyldig = validate(soker.fodselsnummer, { allowSynthetic, today });
  if (!gyldig.ok) fail("ugyldig");
  const fnr = gyldig.fodselsnummer.verdi;
  const finnes = await trx
    .selectFrom("person")
    .select("id")
    .where("fodselsnummer", "=", fnr)
    .executeTakeFirst();
  if (finnes) return finnes.id;
  const id = randomUUID();
  await trx
    .insertInto("person")
    .values({
      id,
      fodselsnummer: fnr,
      fornavn: soker.fornavn,
      etternavn: soker.etternavn,
      fodselsdato: gyldig.fodselsnummer.fodselsdato,
      telefon: null,
      epost: null,
    })
    .execute();
  return id;
}
