import { sql } from "kysely";
import { fail } from "../../lib/errors";
import { recordAccess } from "../audit/record-access.server";
import { boligScope, hovedpersonLateral, krev, type LeaseContext } from "./queries.server";

export type Historikkrad = {
  id: string;
  startdato: string;
  sluttdato: string | null;
  husleieKr: number;
  status: "aktiv" | "avsluttet";
  avsluttetDato: string | null;
  boligId: string;
  adresse: string;
  bolignummer: string;
  husstandId: string;
  leietaker: string;
  fornyetFra: string | null;
};

export type Historikk = {
  /** What the history is of: a unit (its address) or a household (its main person's name). */
  tittel: { type: "bolig"; adresse: string; bolignummer: string } | { type: "husstand"; leietaker: string };
  bydel: { id: string; navn: string };
  rader: Historikkrad[];
};

/**
 * The lease history of one unit or one household (newest first), for `leiekontrakt.les`: dates, rent, status,
 * the tenant's name and renewal links — never case or social data. A unit or household outside the actor's scope
 * is "not found". One audit row per tenant named.
 */
export async function listLeaseHistory(
  ctx: LeaseContext & ({ boligId: string } | { husstandId: string }),
): Promise<Historikk> {
  const { db, actor } = ctx;
  krev(actor, "leiekontrakt.les");
  const perBolig = "boligId" in ctx;
  let bydel: { id: string; navn: string };
  let tittelBolig: { adresse: string; bolignummer: string } | null = null;
  if (perBolig) {
    const bo = await db
      .selectFrom("bolig as bo")
      .innerJoin("oppgang as o", "o.id", "bo.oppgang_id")
      .innerJoin("bydel as b", "b.id", "bo.bydel_id")
      .select(["bo.bolignummer", "o.gateadresse", "b.id", "b.navn"])
      .where("bo.id", "=", ctx.boligId)
      .where(boligScope(actor))
      .executeTakeFirst();
    if (!bo) fail("ikke_funnet");
    bydel = { id: bo.id, navn: bo.navn };
    tittelBolig = { adresse: bo.gateadresse, bolignummer: bo.bolignummer };
  } else {
    // A household belongs to a district; the property manager sees every district's leases.
    const h = await db
      .selectFrom("husstand as bo")
      .innerJoin("bydel as b", "b.id", "bo.bydel_id")
      .select(["b.id", "b.navn"])
      .where("bo.id", "=", ctx.husstandId)
      .where(boligScope(actor))
      .executeTakeFirst();
    if (!h) fail("ikke_funnet");
    bydel = { id: h.id, navn: h.navn };
  }

  const filter = perBolig ? sql`lk.bolig_id = ${ctx.boligId}` : sql`lk.husstand_id = ${ctx.husstandId}`;
  const { rows } = await sql<{
    id: string;
    startdato: string;
    sluttdato: string | null;
    husleie_kr: number;
    status: "aktiv" | "avsluttet";
    avsluttet_dato: string | null;
    bolig_id: string;
    gateadresse: string;
    bolignummer: string;
    husstand_id: string;
    person_id: string | null;
    fornavn: string | null;
    etternavn: string | null;
    fornyet_fra: string | null;
  }>`
    select lk.id, lk.startdato::text as startdato, lk.sluttdato::text as sluttdato, lk.husleie_kr, lk.status,
      lk.avsluttet_dato::text as avsluttet_dato, bo.id as bolig_id, o.gateadresse, bo.bolignummer,
      lk.husstand_id, hp.id as person_id, hp.fornavn, hp.etternavn,
      (select f.forrige_leiekontrakt_id from leiekontrakt_fornyelse f where f.ny_leiekontrakt_id = lk.id) as fornyet_fra
    from leiekontrakt lk
    join bolig bo on bo.id = lk.bolig_id
    join oppgang o on o.id = bo.oppgang_id
    left join ${hovedpersonLateral("lk.husstand_id")} hp on true
    where ${filter} and ${boligScope(actor)}
    order by lk.startdato desc, lk.id`.execute(db);

  const personer = [...new Set(rows.flatMap((r) => (r.person_id ? [r.person_id] : [])))];
  const ressurs = perBolig ? `bolig:${ctx.boligId}` : `husstand:${ctx.husstandId}`;
  await recordAccess(
    db,
    actor,
    ctx.requestId,
    personer.flatMap((personId) => [
      { personId, kategori: "personalia" as const, handling: "les" as const, ressurs },
      { personId, kategori: "leieforhold" as const, handling: "les" as const, ressurs },
    ]),
  );

  const rader = rows.map((r) => ({
    id: r.id,
    startdato: r.startdato,
    sluttdato: r.sluttdato,
    husleieKr: r.husleie_kr,
    status: r.status,
    avsluttetDato: r.avsluttet_dato,
    boligId: r.bolig_id,
    adresse: r.gateadresse,
    bolignummer: r.bolignummer,
    husstandId: r.husstand_id,
    leietaker: r.fornavn ? `${r.fornavn} ${r.etternavn}` : "",
    fornyetFra: r.fornyet_fra,
  }));
  const forste = rader[0];
  return {
    tittel: tittelBolig
      ? { type: "bolig", ...tittelBolig }
      : { type: "husstand", leietaker: forste?.leietaker ?? "" },
    bydel,
    rader,
  };
}
