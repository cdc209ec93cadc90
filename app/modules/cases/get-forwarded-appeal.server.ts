import { sql } from "kysely";
import type { Klageutfall, Sakstype, Saksstatus } from "../../db/schema";
import { fail } from "../../lib/errors";
import { datoInOslo } from "../../lib/frister";
import { recordAccess, type AuditEntry } from "../audit/record-access.server";
import { listCaseAttachments } from "./get-attachment.server";
import { krevTilgang, sakScope, type CaseContext } from "./queries.server";

type Dokumenter = {
  vedtak: string[];
  notater: string[];
  dokumentasjonskrav: string[];
  forelopigeSvar: string[];
};

const INGEN: Dokumenter = { vedtak: [], notater: [], dokumentasjonskrav: [], forelopigeSvar: [] };

function dokumenterFra(data: unknown): Dokumenter {
  const d = (data as { dokumenter?: Partial<Dokumenter> } | null)?.dokumenter;
  if (!d) return INGEN;
  const ids = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);
  return {
    vedtak: ids(d.vedtak),
    notater: ids(d.notater),
    dokumentasjonskrav: ids(d.dokumentasjonskrav),
    forelopigeSvar: ids(d.forelopigeSvar),
  };
}

/**
 * One appeal forwarded to the klagenemnd, with what the board needs and no more
 * (docs/domain/klagenemnd.md): the applicant's name and household, the application's answers, the decision
 * appealed, the appeal (when it came, whether in time), the first instance's statement when forwarding, and
 * the case documents that went with it — exactly the decisions, notes, documentation requests and
 * preliminary replies whose ids the forwarding logged. Not the case log, deadlines or waiting list.
 * A case not forwarded to the board is "not found". The read is audited (sak, personalia, husstand, helse).
 */
export async function getForwardedAppeal(ctx: CaseContext & { sakId: string }) {
  const { db, actor } = ctx;
  krevTilgang(actor, "klage.avgjore");
  const sak = await db
    .selectFrom("sak as s")
    .innerJoin("person as p", "p.id", "s.soker_person_id")
    .innerJoin("bydel as b", "b.id", "s.bydel_id")
    .select([
      "s.id",
      "s.saksnummer",
      "s.type",
      "s.status",
      "s.versjon",
      "s.mottatt",
      "s.husstand",
      "s.soker_person_id",
      "p.fornavn",
      "p.etternavn",
      "p.fodselsdato",
      "b.navn as bydel",
    ])
    .where("s.id", "=", ctx.sakId)
    .where(sakScope(actor))
    .executeTakeFirst();
  if (!sak) fail("ikke_funnet");
  const klage = await db
    .selectFrom("klage")
    .selectAll()
    .where("sak_id", "=", sak.id)
    .where("klageinstans", "=", "klagenemnd")
    .where("oversendt", "is not", null)
    .orderBy("oversendt", "desc")
    .limit(1)
    .executeTakeFirst();
  if (!klage) fail("ikke_funnet");

  const oversendelse = await db
    .selectFrom("sakslogg")
    .select("data")
    .where("sak_id", "=", sak.id)
    .where("hendelse", "=", "klage_oversendt")
    .where(sql<string>`data->>'klageId'`, "=", klage.id)
    .orderBy("seq", "desc")
    .limit(1)
    .executeTakeFirst();
  const dok = dokumenterFra(oversendelse?.data);
  const vedtakIder = [...new Set([klage.vedtak_id, ...dok.vedtak])];

  const [innhold, vedtak, notater, krav, svar] = await Promise.all([
    db.selectFrom("soknadsinnhold").selectAll().where("sak_id", "=", sak.id).executeTakeFirst(),
    db
      .selectFrom("vedtak")
      .selectAll()
      .where("sak_id", "=", sak.id)
      .where("id", "in", vedtakIder)
      .orderBy("opprettet")
      .execute(),
    dok.notater.length
      ? db
          .selectFrom("notat")
          .selectAll()
          .where("sak_id", "=", sak.id)
          .where("id", "in", dok.notater)
          .orderBy("opprettet")
          .execute()
      : Promise.resolve([]),
    dok.dokumentasjonskrav.length
      ? db
          .selectFrom("dokumentasjonskrav")
          .selectAll()
          .where("sak_id", "=", sak.id)
          .where("id", "in", dok.dokumentasjonskrav)
          .orderBy("etterspurt")
          .execute()
      : Promise.resolve([]),
    dok.forelopigeSvar.length
      ? db
          .selectFrom("forelopig_svar")
          .selectAll()
          .where("sak_id", "=", sak.id)
          .where("id", "in", dok.forelopigeSvar)
          .orderBy("sendt")
          .execute()
      : Promise.resolve([]),
  ]);

  const ressurs = `klage:${klage.id}`;
  const person = sak.soker_person_id;
  const audit: AuditEntry[] = [
    { personId: person, kategori: "sak", handling: "les", ressurs },
    { personId: person, kategori: "personalia", handling: "les", ressurs },
    { personId: person, kategori: "husstand", handling: "les", ressurs },
    // Decisions' reasons, notes, requests and the statement are special category.
    { personId: person, kategori: "helse", handling: "les", ressurs },
  ];
  await recordAccess(db, actor, ctx.requestId, audit);

  const paklaget = vedtak.find((v) => v.id === klage.vedtak_id) ?? null;
  return {
    /** The application's attachments: metadata only (the bytes are fetched by the download route). */
    vedlegg: await listCaseAttachments(db, sak.id),
    sak: {
      id: sak.id,
      saksnummer: sak.saksnummer,
      type: sak.type as Sakstype,
      status: sak.status as Saksstatus,
      versjon: sak.versjon,
      mottatt: sak.mottatt,
      bydel: sak.bydel,
      husstand: sak.husstand as { voksne: number; barn: { alder: number }[] },
    },
    soker: { navn: `${sak.fornavn} ${sak.etternavn}`, fodselsdato: sak.fodselsdato },
    soknad: innhold
      ? {
          boligsituasjon: innhold.boligsituasjon as { naavaerende?: string; beskrivelse?: string },
          okonomi: innhold.okonomi as { inntektKrPerAar?: number; gjeldKr?: number; beskrivelse?: string },
          helseFunksjon: innhold.helse_funksjon as { behov?: string[]; beskrivelse?: string } | null,
        }
      : null,
    klage: {
      id: klage.id,
      mottatt: klage.mottatt,
      /** What the appellant wrote (online appeals); null for appeals registered on paper. */
      klagetekst: klage.klagetekst,
      iTide: klage.i_tide,
      tidsvurdering: klage.tidsvurdering,
      senKlage: klage.sen_klage_beslutning
        ? { beslutning: klage.sen_klage_beslutning, begrunnelse: klage.sen_klage_begrunnelse }
        : null,
      status: klage.status,
      oversendt: datoInOslo(klage.oversendt!),
      merknad: klage.oversendelse_merknad,
      utfall: klage.utfall as Klageutfall | null,
      utfallBegrunnelse: klage.utfall_begrunnelse,
      avgjort: klage.avgjort,
    },
    paklagetVedtak: paklaget,
    dokumenter: {
      vedtak: vedtak.filter((v) => v.id !== klage.vedtak_id),
      notater,
      dokumentasjonskrav: krav,
      forelopigeSvar: svar,
    },
    /** The board may record its outcome only while the appeal waits for it. */
    kanAvgjore: klage.status === "oversendt" && sak.status === "klage_oversendt",
  };
}

export type OversendtSak = Awaited<ReturnType<typeof getForwardedAppeal>>;
