import type { Saksstatus } from "../../db/schema";
import { fail } from "../../lib/errors";
import { recordAccess, type AuditEntry } from "../audit/record-access.server";
import { krevTilgang, sakScope, type CaseContext } from "./queries.server";
import { tillatteHendelser } from "./state-machine";

/**
 * One case with everything the caseworker (own district) or the appeal board (forwarded cases) needs: the
 * applicant, the answers (including health and function needs), notes, deadlines, documentation requests,
 * preliminary replies, decisions, appeals, waiting-list place and the full case log. Outside the scope the
 * case is "not found". The read is audited per category (sak, personalia, husstand, helse).
 */
export async function getCase(ctx: CaseContext & { sakId: string }) {
  const { db, actor } = ctx;
  krevTilgang(actor, "sak.les");
  const sak = await db
    .selectFrom("sak as s")
    .innerJoin("person as p", "p.id", "s.soker_person_id")
    .innerJoin("bydel as b", "b.id", "s.bydel_id")
    .selectAll("s")
    .select(["p.fornavn", "p.etternavn", "p.fodselsnummer", "p.fodselsdato", "b.navn as bydel_navn"])
    .where("s.id", "=", ctx.sakId)
    .where(sakScope(actor))
    .executeTakeFirst();
  if (!sak) fail("ikke_funnet");

  const [innhold, notater, frister, krav, svar, vedtak, klager, venteliste, logg] = await Promise.all([
    db.selectFrom("soknadsinnhold").selectAll().where("sak_id", "=", sak.id).executeTakeFirst(),
    db.selectFrom("notat").selectAll().where("sak_id", "=", sak.id).orderBy("opprettet").execute(),
    db.selectFrom("frist").selectAll().where("sak_id", "=", sak.id).orderBy("opprettet").execute(),
    db
      .selectFrom("dokumentasjonskrav")
      .selectAll()
      .where("sak_id", "=", sak.id)
      .orderBy("etterspurt")
      .execute(),
    db.selectFrom("forelopig_svar").selectAll().where("sak_id", "=", sak.id).orderBy("sendt").execute(),
    db.selectFrom("vedtak").selectAll().where("sak_id", "=", sak.id).orderBy("opprettet").execute(),
    db.selectFrom("klage").selectAll().where("sak_id", "=", sak.id).orderBy("opprettet").execute(),
    db.selectFrom("venteliste").selectAll().where("sak_id", "=", sak.id).executeTakeFirst(),
    db.selectFrom("sakslogg").selectAll().where("sak_id", "=", sak.id).orderBy("seq").execute(),
  ]);

  const person = sak.soker_person_id;
  const ressurs = `sak:${sak.id}`;
  const audit: AuditEntry[] = [
    { personId: person, kategori: "sak", handling: "les", ressurs },
    { personId: person, kategori: "personalia", handling: "les", ressurs },
    { personId: person, kategori: "husstand", handling: "les", ressurs },
  ];
  const harSaerlig =
    !!innhold?.helse_funksjon ||
    notater.length > 0 ||
    krav.length > 0 ||
    vedtak.length > 0 ||
    klager.length > 0;
  if (harSaerlig) audit.push({ personId: person, kategori: "helse", handling: "les", ressurs });
  await recordAccess(db, actor, ctx.requestId, audit);

  return {
    sak: {
      id: sak.id,
      saksnummer: sak.saksnummer,
      bydel: { id: sak.bydel_id, navn: sak.bydel_navn },
      type: sak.type,
      status: sak.status as Saksstatus,
      versjon: sak.versjon,
      mottatt: sak.mottatt,
      husstand: sak.husstand,
      innsender: {
        rolle: sak.innsender_rolle,
        navn: sak.innsender_navn,
        samtykke: sak.samtykke,
        samtykkeGrunnlag: sak.samtykke_grunnlag,
      },
      saksbehandler: sak.saksbehandler_id ? { id: sak.saksbehandler_id, navn: sak.saksbehandler_navn } : null,
    },
    soker: {
      personId: person,
      fornavn: sak.fornavn,
      etternavn: sak.etternavn,
      fodselsnummer: sak.fodselsnummer,
      fodselsdato: sak.fodselsdato,
    },
    innhold: innhold
      ? {
          skjemaversjon: innhold.skjemaversjon,
          boligsituasjon: innhold.boligsituasjon,
          okonomi: innhold.okonomi,
          helseFunksjon: innhold.helse_funksjon,
          onsker: innhold.onsker,
        }
      : null,
    notater,
    frister,
    dokumentasjonskrav: krav,
    forelopigeSvar: svar,
    vedtak,
    klager,
    venteliste: venteliste ?? null,
    logg,
    /** What the actor may do next (for the UI's buttons). */
    tillatteHendelser: tillatteHendelser(sak.status, actor.rolle),
  };
}

export type Sak = Awaited<ReturnType<typeof getCase>>;
