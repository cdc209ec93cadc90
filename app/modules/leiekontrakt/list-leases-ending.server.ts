import { sql } from "kysely";
import { addMonths, type Dato } from "../../lib/frister";
import { recordAccess } from "../audit/record-access.server";
import { boligScope, hovedpersonLateral, idag, krev, type LeaseContext } from "./queries.server";

export type Utloperrad = {
  id: string;
  adresse: string;
  bolignummer: string;
  leietaker: string;
  sluttdato: string;
  husleieKr: number;
};

/**
 * The lease register's start page: the active leases in one district that end within `maaneder` months (or
 * have passed their end date), soonest first — lease data only (dates, rent, the tenant's name), never the
 * renewal case. A district outside the actor's scope gives an empty list. One audit row per tenant listed.
 */
export async function listLeasesEnding(
  ctx: LeaseContext & { bydelId: string; maaneder?: number },
): Promise<{ rader: Utloperrad[]; til: Dato }> {
  const { db, actor } = ctx;
  krev(actor, "leiekontrakt.les");
  const til = addMonths(idag(ctx.now), ctx.maaneder ?? 12);
  const { rows } = await sql<{
    id: string;
    gateadresse: string;
    bolignummer: string;
    sluttdato: string;
    husleie_kr: number;
    person_id: string | null;
    fornavn: string | null;
    etternavn: string | null;
  }>`
    select lk.id, o.gateadresse, bo.bolignummer, lk.sluttdato::text as sluttdato, lk.husleie_kr,
      hp.id as person_id, hp.fornavn, hp.etternavn
    from leiekontrakt lk
    join bolig bo on bo.id = lk.bolig_id
    join oppgang o on o.id = bo.oppgang_id
    left join ${hovedpersonLateral("lk.husstand_id")} hp on true
    where lk.status = 'aktiv' and lk.sluttdato is not null and lk.sluttdato <= ${til}
      and bo.bydel_id = ${ctx.bydelId} and ${boligScope(actor)}
    order by lk.sluttdato, lk.id
    limit 500`.execute(db);
  await recordAccess(
    db,
    actor,
    ctx.requestId,
    rows.flatMap((r) =>
      r.person_id
        ? [
            {
              personId: r.person_id,
              kategori: "leieforhold" as const,
              handling: "les" as const,
              ressurs: `leiekontrakt:${r.id}`,
            },
          ]
        : [],
    ),
  );
  return {
    til,
    rader: rows.map((r) => ({
      id: r.id,
      adresse: r.gateadresse,
      bolignummer: r.bolignummer,
      leietaker: r.fornavn ? `${r.fornavn} ${r.etternavn}` : "",
      sluttdato: r.sluttdato,
      husleieKr: r.husleie_kr,
    })),
  };
}
