import { sql } from "kysely";
import type { Dato } from "../../lib/frister";
import { recordAccess, type AuditEntry } from "../audit/record-access.server";
import { fornyelsesstatus, type Fornyelsesstatus, type RenewalSak } from "./fornyelsesstatus";
import {
  fornyelser,
  fornyelsessaker,
  hovedpersonLateral,
  idag,
  krev,
  policyFra,
  vinduSlutt,
  type LeaseContext,
} from "./queries.server";

export type Fornyelsesrad = {
  leiekontraktId: string;
  husstandId: string;
  boligId: string;
  adresse: string;
  bolignummer: string;
  leietaker: string;
  startdato: string;
  sluttdato: string;
  sak: RenewalSak | null;
  status: Fornyelsesstatus;
};

/**
 * The renewal worklist (Oslostandard 4.5) of the caseworker's own district: every active lease ending within
 * the window (default 6 months) or already past its end date, with where it stands — no application (and which
 * notices the tenant has had), application in progress, granted, refused — and a mark where the caseworker must
 * act. Most urgent first: alerts, then by end date. One audit row per tenant listed (lease), and one per
 * renewal case shown.
 */
export async function listRenewalWorklist(
  ctx: LeaseContext,
): Promise<{ rader: Fornyelsesrad[]; idag: Dato; vinduSlutt: Dato }> {
  const { db, actor } = ctx;
  krev(actor, "fornyelse.behandle");
  const bydelId = actor.bydelId;
  const policy = policyFra(ctx);
  const today = idag(ctx.now);
  const slutt = vinduSlutt(today, policy);
  if (!bydelId) return { rader: [], idag: today, vinduSlutt: slutt };

  const { rows } = await sql<{
    id: string;
    husstand_id: string;
    bolig_id: string;
    gateadresse: string;
    bolignummer: string;
    startdato: string;
    sluttdato: string;
    person_id: string | null;
    fornavn: string | null;
    etternavn: string | null;
  }>`
    select lk.id, lk.husstand_id, bo.id as bolig_id, o.gateadresse, bo.bolignummer,
      lk.startdato::text as startdato, lk.sluttdato::text as sluttdato,
      hp.id as person_id, hp.fornavn, hp.etternavn
    from leiekontrakt lk
    join bolig bo on bo.id = lk.bolig_id
    join oppgang o on o.id = bo.oppgang_id
    left join ${hovedpersonLateral("lk.husstand_id")} hp on true
    where lk.status = 'aktiv' and lk.sluttdato is not null and lk.sluttdato <= ${slutt}
      and bo.bydel_id = ${bydelId}
    order by lk.sluttdato, lk.id`.execute(db);

  const ider = rows.map((r) => r.id);
  const saker = await fornyelsessaker(db, ider, policy);
  const fornyet = await fornyelser(db, ider);

  const rader: Fornyelsesrad[] = rows.map((r) => {
    const sak = saker.get(r.id) ?? null;
    return {
      leiekontraktId: r.id,
      husstandId: r.husstand_id,
      boligId: r.bolig_id,
      adresse: r.gateadresse,
      bolignummer: r.bolignummer,
      leietaker: r.fornavn ? `${r.fornavn} ${r.etternavn}` : "",
      startdato: r.startdato,
      sluttdato: r.sluttdato,
      sak,
      status: fornyelsesstatus({
        sluttdato: r.sluttdato as Dato,
        idag: today,
        sak,
        fornyet: fornyet.has(r.id),
        policy,
      }),
    };
  });
  rader.sort(
    (a, b) =>
      Number(b.status.varsleSaksbehandler) - Number(a.status.varsleSaksbehandler) ||
      a.sluttdato.localeCompare(b.sluttdato) ||
      a.leiekontraktId.localeCompare(b.leiekontraktId),
  );

  const entries: AuditEntry[] = rows.flatMap((r) => {
    if (!r.person_id) return [];
    const liste: AuditEntry[] = [
      { personId: r.person_id, kategori: "leieforhold", handling: "les", ressurs: `leiekontrakt:${r.id}` },
    ];
    const sak = saker.get(r.id);
    if (sak)
      liste.push({
        personId: sak.sokerPersonId,
        kategori: "sak",
        handling: "les",
        ressurs: `sak:${sak.sakId}`,
      });
    return liste;
  });
  await recordAccess(db, actor, ctx.requestId, entries);
  return { rader, idag: today, vinduSlutt: slutt };
}
