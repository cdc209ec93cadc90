import { sql } from "kysely";
import type { Boplanmaal } from "../../db/schema";
import { recordAccess } from "../audit/record-access.server";
import { hovedpersonLateral, idag, krev, type LeaseContext } from "./queries.server";

export type Boplanrad = {
  husstandId: string;
  leietaker: string;
  personId: string | null;
  maal: Boplanmaal;
  nesteGjennomgang: string | null;
  apneSteg: number;
  gjennomgangForfalt: boolean;
};

/** The housing plans of the own district, the next review first (one audit row per tenant listed). */
export async function listBoplaner(ctx: LeaseContext): Promise<Boplanrad[]> {
  const { db, actor } = ctx;
  krev(actor, "boplan.behandle");
  if (!actor.bydelId) return [];
  const today = idag(ctx.now);
  const { rows } = await sql<{
    husstand_id: string;
    maal: Boplanmaal;
    neste_gjennomgang: string | null;
    apne: number;
    person_id: string | null;
    fornavn: string | null;
    etternavn: string | null;
  }>`
    select b.husstand_id, b.maal, b.neste_gjennomgang::text as neste_gjennomgang,
      (select count(*)::int from boplan_steg s where s.boplan_id = b.id and s.fullfort is null) as apne,
      hp.id as person_id, hp.fornavn, hp.etternavn
    from boplan b
    left join ${hovedpersonLateral("b.husstand_id")} hp on true
    where b.bydel_id = ${actor.bydelId}
    order by b.neste_gjennomgang nulls last, b.id`.execute(db);
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
              ressurs: `boplan:${r.husstand_id}`,
            },
          ]
        : [],
    ),
  );
  return rows.map((r) => ({
    husstandId: r.husstand_id,
    leietaker: r.fornavn ? `${r.fornavn} ${r.etternavn}` : "",
    personId: r.person_id,
    maal: r.maal,
    nesteGjennomgang: r.neste_gjennomgang,
    apneSteg: Number(r.apne),
    gjennomgangForfalt: !!r.neste_gjennomgang && r.neste_gjennomgang <= today,
  }));
}
