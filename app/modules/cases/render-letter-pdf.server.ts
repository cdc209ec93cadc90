import { sql, type Expression, type SqlBool } from "kysely";
import type { Actor } from "../../auth/actor";
import { can } from "../../auth/policy.server";
import type { Db } from "../../db/connection.server";
import { boligkontor } from "../../db/reference/boligkontor";
import type { Sakstype } from "../../db/schema";
import { fail } from "../../lib/errors";
import { addDays, datoInOslo, type Dato } from "../../lib/frister";
import { recordAccess } from "../audit/record-access.server";
import type { Sakstype as Brevsakstype } from "../letters/config";
import { LOVHENVISNINGER, type LovhenvisningKey } from "../letters/config";
import { renderForelopigSvar } from "../letters/render-forelopig-svar.server";
import { renderVedtaksbrev } from "../letters/render-vedtaksbrev.server";
import type { Regel, VedtaksbrevInput } from "../letters/types";
import { STANDARD_SAKSPOLICY, type SaksPolicy } from "./policy";
import { sakScope } from "./queries.server";

/**
 * The decision letter (vedtaksbrev) and the preliminary reply (foreløpig svar) of a case as PDF, rendered on
 * demand from the stored rows by app/modules/letters. Who may read which letter:
 * - a caseworker: cases of the own district; the appeal board: cases forwarded to it (`sakScope`);
 * - a resident (beboer): only cases where they are the søker.
 * Anything else is "not found". The read is audited (the letter holds the reasons: special category).
 * docs/domain/saksbehandling.md describes the mapping.
 */
export type LetterContext = {
  db: Db;
  actor: Actor;
  requestId: string | null;
  /** The public address of the service, for the "klag digitalt" link. */
  publicUrl?: string;
  policy?: SaksPolicy;
};

const BREVSAKSTYPE: Readonly<Record<Sakstype, Brevsakstype>> = {
  bolig: "kommunal_bolig",
  fornyelse: "fornyelse",
  bistand_6: "boligsosial_bistand",
};

/** Case rows the actor may read letters of: staff by `sakScope`, a resident their own cases. */
function brevScope(actor: Actor): Expression<SqlBool> {
  if (actor.rolle === "beboer") {
    if (!can(actor, "egen_sak.les") || !actor.personId) fail("ikke_tilgang");
    return sql<SqlBool>`s.soker_person_id = ${actor.personId}`;
  }
  if (!can(actor, "sak.les")) fail("ikke_tilgang");
  return sakScope(actor);
}

async function hentSak(db: Db, actor: Actor, sakId: string) {
  const sak = await db
    .selectFrom("sak as s")
    .innerJoin("person as p", "p.id", "s.soker_person_id")
    .select([
      "s.id",
      "s.saksnummer",
      "s.type",
      "s.bydel_id",
      "s.mottatt",
      "s.soker_person_id",
      "p.fornavn",
      "p.etternavn",
    ])
    .where("s.id", "=", sakId)
    .where(brevScope(actor))
    .executeTakeFirst();
  if (!sak) fail("ikke_funnet");
  return sak;
}

/** The søker's current address when Bomiljø knows it: the dwelling of an active lease in their household. */
async function adresse(db: Db, personId: string): Promise<string[] | null> {
  const rad = await db
    .selectFrom("leiekontrakt as lk")
    .innerJoin("husstand_medlem as m", "m.husstand_id", "lk.husstand_id")
    .innerJoin("bolig as bo", "bo.id", "lk.bolig_id")
    .innerJoin("oppgang as o", "o.id", "bo.oppgang_id")
    .innerJoin("eiendom as e", "e.id", "bo.eiendom_id")
    .select(["o.gateadresse", "bo.bolignummer", "e.postnummer", "e.poststed"])
    .where("m.person_id", "=", personId)
    .where("lk.status", "=", "aktiv")
    .orderBy("lk.startdato", "desc")
    .limit(1)
    .executeTakeFirst();
  if (!rad) return null;
  return [`${rad.gateadresse}, bolig ${rad.bolignummer}`, `${rad.postnummer} ${rad.poststed}`];
}

function avsender(bydelId: string, publicUrl: string | undefined) {
  const kontor = boligkontor(bydelId);
  if (!kontor) fail("ikke_funnet");
  return { ...kontor, klageUrl: `${(publicUrl ?? "http://localhost").replace(/\/$/, "")}/mine-saker` };
}

async function mottaker(db: Db, sak: { fornavn: string; etternavn: string; soker_person_id: string }) {
  return {
    navn: `${sak.fornavn} ${sak.etternavn}`,
    // Without a known address the letter goes to the søker's inbox in Bomiljø (or by hand).
    adresselinjer: (await adresse(db, sak.soker_person_id)) ?? ["Adressen er ikke registrert i Bomiljø"],
  };
}

/** Lines of a free-text field; a line longer than the letter allows is split at sentence ends. */
export function linjer(tekst: string, maks = 1000): string[] {
  const ut: string[] = [];
  for (const linje of tekst.split(/\r?\n/).map((l) => l.replace(/^\s*[-•*]\s*/, "").trim())) {
    if (!linje) continue;
    let rest = linje;
    while (rest.length > maks) {
      const kutt = rest.lastIndexOf(". ", maks - 1);
      const pos = kutt > maks / 2 ? kutt + 1 : maks;
      ut.push(rest.slice(0, pos).trim());
      rest = rest.slice(pos).trim();
    }
    if (rest) ut.push(rest);
  }
  return ut;
}

/**
 * The rules field as the letter's rules: one rule per line, "reference: what it says". A line that names a
 * configured reference exactly ("forvaltningsloven § 18") uses the configured explanation; a line without a
 * colon is shown as the rule's content under the heading "Regel".
 */
export function regler(tekst: string): Regel[] {
  const kjente = Object.entries(LOVHENVISNINGER) as [LovhenvisningKey, { henvisning: string }][];
  return linjer(tekst).map((linje): Regel => {
    const kjent = kjente.find(([, l]) => l.henvisning.toLowerCase() === linje.toLowerCase());
    if (kjent) return { lov: kjent[0] };
    const kolon = linje.indexOf(":");
    if (kolon > 0 && kolon <= 200 && linje.slice(kolon + 1).trim()) {
      return { henvisning: linje.slice(0, kolon).trim(), forklaring: linje.slice(kolon + 1).trim() };
    }
    return { henvisning: "Regel", forklaring: linje };
  });
}

/**
 * The day the klagefrist in the letter runs from: the recorded `mottatt` when it is fixed; before that the
 * latest day the decision counts as received by the mottatt rule (`digitaltMottattSenestDager` after it was
 * sent). The letter states which date it assumed, so a party who got it later sees that their deadline is later.
 */
export function brevetsMottattDato(
  vedtak: { mottatt: string | null; sendt: Date },
  policy: SaksPolicy = STANDARD_SAKSPOLICY,
): Dato {
  return (
    (vedtak.mottatt as Dato | null) ?? addDays(datoInOslo(vedtak.sendt), policy.digitaltMottattSenestDager)
  );
}

/** The decision letter as the letters module's input (exported for tests). */
export async function vedtaksbrevInput(ctx: LetterContext & { vedtakId: string }): Promise<{
  input: VedtaksbrevInput;
  sak: { id: string; soker_person_id: string; saksnummer: string };
}> {
  const { db, actor } = ctx;
  const vedtak = await db.selectFrom("vedtak").selectAll().where("id", "=", ctx.vedtakId).executeTakeFirst();
  if (!vedtak) fail("ikke_funnet");
  const sak = await hentSak(db, actor, vedtak.sak_id);
  const bolig =
    vedtak.boligtype && vedtak.rom && vedtak.leietid_aar
      ? { boligtype: vedtak.boligtype, antallRom: vedtak.rom, leieperiodeAar: vedtak.leietid_aar }
      : undefined;
  const sakstype = BREVSAKSTYPE[sak.type];
  const hovedhensyn = linjer(vedtak.begrunnelse_hovedhensyn);
  const utfall: VedtaksbrevInput["vedtak"] =
    vedtak.utfall === "avslag"
      ? { utfall: "avslag" }
      : vedtak.utfall === "venteliste" && bolig
        ? { utfall: "venteliste", bolig }
        : {
            utfall: "innvilget",
            ...(bolig ? { bolig } : {}),
            // § 6 assistance: the decision's main considerations describe what the assistance is.
            ...(sakstype === "boligsosial_bistand"
              ? { bistand: hovedhensyn.map((h) => h.slice(0, 500)) }
              : {}),
          };
  const input: VedtaksbrevInput = {
    avsender: avsender(sak.bydel_id, ctx.publicUrl),
    mottaker: await mottaker(db, sak),
    saksnummer: sak.saksnummer,
    brevdato: vedtak.vedtaksdato,
    sakstype,
    soknadMottattDato: sak.mottatt,
    vedtak: utfall,
    begrunnelse: {
      regler: regler(vedtak.begrunnelse_regler),
      faktum: linjer(vedtak.begrunnelse_faktum),
      hovedhensyn,
    },
    mottattDato: brevetsMottattDato(vedtak, ctx.policy),
    saksbehandler: { navn: vedtak.fattet_av_navn, tittel: "Saksbehandler" },
  };
  return { input, sak };
}

/** The decision letter of `vedtakId` as PDF bytes; the read is audited (case, name, the reasons). */
export async function renderVedtakPdf(ctx: LetterContext & { vedtakId: string }): Promise<Buffer> {
  return (await renderVedtakBrev(ctx)).pdf;
}

/** As renderVedtakPdf, with a file name; `sakId` (from a URL) must be the decision's case, else "not found". */
export async function renderVedtakBrev(
  ctx: LetterContext & { vedtakId: string; sakId?: string },
): Promise<{ pdf: Buffer; filnavn: string }> {
  const { input, sak } = await vedtaksbrevInput(ctx);
  if (ctx.sakId !== undefined && ctx.sakId !== sak.id) fail("ikke_funnet");
  const pdf = await renderVedtaksbrev(input);
  const ressurs = `vedtak:${ctx.vedtakId}`;
  await recordAccess(ctx.db, ctx.actor, ctx.requestId, [
    { personId: sak.soker_person_id, kategori: "sak", handling: "les", ressurs },
    { personId: sak.soker_person_id, kategori: "personalia", handling: "les", ressurs },
    { personId: sak.soker_person_id, kategori: "helse", handling: "les", ressurs },
  ]);
  return { pdf, filnavn: brevfilnavn("vedtak", sak.saksnummer) };
}

/** The preliminary reply `svarId` as PDF bytes; the read is audited (case, name). */
export async function renderForelopigSvarPdf(ctx: LetterContext & { svarId: string }): Promise<Buffer> {
  return (await renderForelopigSvarBrev(ctx)).pdf;
}

/** As renderForelopigSvarPdf, with a file name; `sakId` (from a URL) must be the reply's case. */
export async function renderForelopigSvarBrev(
  ctx: LetterContext & { svarId: string; sakId?: string },
): Promise<{ pdf: Buffer; filnavn: string }> {
  const { db, actor } = ctx;
  const svar = await db
    .selectFrom("forelopig_svar")
    .selectAll()
    .where("id", "=", ctx.svarId)
    .executeTakeFirst();
  if (!svar) fail("ikke_funnet");
  const sak = await hentSak(db, actor, svar.sak_id);
  if (ctx.sakId !== undefined && ctx.sakId !== sak.id) fail("ikke_funnet");
  const pdf = await renderForelopigSvar({
    avsender: avsender(sak.bydel_id, ctx.publicUrl),
    mottaker: await mottaker(db, sak),
    saksnummer: sak.saksnummer,
    brevdato: datoInOslo(svar.sendt),
    sakstype: BREVSAKSTYPE[sak.type],
    soknadMottattDato: sak.mottatt,
    grunn: svar.grunn.slice(0, 1000),
    forventetVedtakDato: svar.forventet_vedtak,
    saksbehandler: { navn: svar.sendt_av_navn, tittel: "Saksbehandler" },
  });
  const ressurs = `forelopig_svar:${svar.id}`;
  await recordAccess(db, actor, ctx.requestId, [
    { personId: sak.soker_person_id, kategori: "sak", handling: "les", ressurs },
    { personId: sak.soker_person_id, kategori: "personalia", handling: "les", ressurs },
  ]);
  return { pdf, filnavn: brevfilnavn("forelopig-svar", sak.saksnummer) };
}

/** A safe file name for the letter: "vedtak-2026-00012.pdf". */
export function brevfilnavn(art: "vedtak" | "forelopig-svar", saksnummer: string): string {
  return `${art}-${saksnummer.replace(/[^0-9A-Za-z]+/g, "-")}.pdf`;
}
