import type { Insertable, Kysely } from "kysely";
import { PERSONAS } from "../../auth/test-idp/personas";
import type { Database, OppgangRegelTable } from "../schema";
import { addDays } from "./dates";
import { Random } from "./random";

/** Room norm of the engine's default (docs/domain/tildeling-motor.md): minimum rooms for n persons, +1 allowed. */
const ROMNORM = [1, 1, 2, 3, 3, 4, 4, 5];

const BEGRUNNELSER = [
  "Som forslaget: lengst ventetid blant dem som passer boligen.",
  "Som forslaget. Boligen passer husstandens størrelse, og oppgangen har plass.",
  "Møtet valgte søkeren fordi boligen ligger nær skolen barna går på.",
  "Søkeren har ventet lenge, og boligen oppfyller behovene søkeren har oppgitt.",
];
export type DemoTildelingCounts = { runder: number; tilbud: number; oppgangRegler: number };

/**
 * Allocation demo data (docs/domain/tildeling.md), per district: stairwell rules (a few stairwells flagged
 * unsafe for children or with a stricter limit), one round with its meeting held and offers out (one with a
 * viewing booked, one refused), and one open round waiting for its meeting — so a caseworker sees a suggestion at
 * once. Deterministic: rows are read in id order and drawn from `Random` forked as "tildeling".
 */
export async function generateDemoTildeling(
  db: Kysely<Database>,
  options: { seed: number; size: "full" | "small"; today: string },
): Promise<{ counts: DemoTildelingCounts }> {
  const root = Random.fromSeed(options.seed).fork("tildeling");
  const today = options.today;
  const counts: DemoTildelingCounts = { runder: 0, tilbud: 0, oppgangRegler: 0 };
  const bydeler = await db.selectFrom("bydel").select(["id", "navn"]).orderBy("nummer").execute();
  for (const bydel of bydeler) {
    const r = root.fork(bydel.id);
    const sb = PERSONAS.find(
      (p) => p.kind === "ansatt" && p.rolle === "saksbehandler" && p.bydelId === bydel.id,
    );
    const aktor =
      sb && sb.kind === "ansatt"
        ? { id: `oid:${sb.oid}`, navn: sb.navn, enhet: sb.enhet }
        : {
            id: `demo:saksbehandler:${bydel.id}`,
            navn: `Saksbehandler i ${bydel.navn}`,
            enhet: `Bydel ${bydel.navn}, boligkontoret`,
          };

    const oppganger = await db
      .selectFrom("oppgang")
      .select("id")
      .where("bydel_id", "=", bydel.id)
      .orderBy("id")
      .execute();
    const regler = oppganger.flatMap((o): Insertable<OppgangRegelTable>[] => {
      const x = r.next();
      if (x < 0.02)
        return [
          {
            oppgang_id: o.id,
            bydel_id: bydel.id,
            utrygg: true,
            maks_hoy_oppfolging_per_runde: 0,
            maks_andel_hoy_oppfolging: null,
          },
        ];
      if (x < 0.05)
        return [
          {
            oppgang_id: o.id,
            bydel_id: bydel.id,
            utrygg: false,
            maks_hoy_oppfolging_per_runde: 1,
            maks_andel_hoy_oppfolging: 0.2,
          },
        ];
      return [];
    });
    if (regler.length > 0) await db.insertInto("oppgang_regel").values(regler).execute();
    counts.oppgangRegler += regler.length;

    // The housing stock is never changed here (tests/integration/demo-data.test.ts holds ensureDemoData to the
    // stock generator's rows): units the stock has as `reservert` are the ones offered in round 1, and `ledig`
    // units go into round 2 or stay free for a new round.
    const reserverte = await db
      .selectFrom("bolig")
      .select(["id", "rom"])
      .where("bydel_id", "=", bydel.id)
      .where("status", "=", "reservert")
      .orderBy("id")
      .execute();
    const ledige = await db
      .selectFrom("bolig")
      .select(["id", "rom"])
      .where("bydel_id", "=", bydel.id)
      .where("status", "=", "ledig")
      .orderBy("id")
      .execute();
    r.shuffle(ledige);
    const venteliste = await db
      .selectFrom("venteliste as v")
      .innerJoin("sak as s", "s.id", "v.sak_id")
      .select(["v.sak_id", "s.husstand"])
      .where("v.bydel_id", "=", bydel.id)
      .where("v.status", "=", "aktiv")
      .orderBy("v.prioritet")
      .orderBy("v.dato")
      .orderBy("v.sak_id")
      .execute();
    if (venteliste.length === 0) continue;
    const passer = (rom: number, v: (typeof venteliste)[number]) => {
      const h = v.husstand as { voksne?: number; barn?: unknown[] } | null;
      const n = (h?.voksne ?? 1) + (h?.barn?.length ?? 0);
      const min = ROMNORM[Math.min(n, ROMNORM.length) - 1]!;
      return rom >= min && rom <= min + 1;
    };
    // Round 1: each reserved unit with the first waiting applicant it fits (or, if none fits, the first on the
    // list: the meeting decided against the engine, which suggested nobody — people decide).
    const par: { bolig: (typeof ledige)[number]; sak: (typeof venteliste)[number]; etterNorm: boolean }[] =
      [];
    const iBruk = new Set<string>();
    const tildelt = new Set<string>();
    for (const b of reserverte.slice(0, 3)) {
      const ledig = venteliste.filter((v) => !tildelt.has(v.sak_id));
      if (ledig.length === 0) break;
      const v = ledig.find((x) => passer(b.rom, x));
      par.push({ bolig: b, sak: v ?? ledig[0]!, etterNorm: v !== undefined });
      tildelt.add((v ?? ledig[0]!).sak_id);
      iBruk.add(b.id);
    }
    if (par.length > 0) {
      // Round 1: meeting held two weeks ago, offers out.
      const runde1 = r.uuid();
      const boliger1 = par.map((p) => p.bolig);
      await db
        .insertInto("tildelingsrunde")
        .values({
          id: runde1,
          bydel_id: bydel.id,
          navn: `${bydel.navn} runde 1`,
          status: "avsluttet",
          opprettet_av_id: aktor.id,
          opprettet_av_navn: aktor.navn,
          idempotensnokkel: `demo-${runde1}`,
          opprettet: new Date(`${addDays(today, -16)}T09:00:00Z`),
        })
        .execute();
      await db
        .insertInto("tildelingsrunde_bolig")
        .values(boliger1.map((b) => ({ runde_id: runde1, bolig_id: b.id })))
        .execute();
      const moteId = r.uuid();
      await db
        .insertInto("tildelingsmote")
        .values({
          id: moteId,
          runde_id: runde1,
          bydel_id: bydel.id,
          dato: addDays(today, -14),
          deltakere: `${aktor.navn} (boligkontoret); booppfølgingstjenesten; bomiljøteamet`,
          registrert_av_id: aktor.id,
          registrert_av_navn: aktor.navn,
          opprettet: new Date(`${addDays(today, -14)}T13:00:00Z`),
        })
        .execute();
      for (const [i, { bolig: b, sak: valgt, etterNorm }] of par.entries()) {
        const vurderte = venteliste.filter((v) => passer(b.rom, v)).slice(0, 5);
        const tildelingId = r.uuid();
        await db
          .insertInto("tildeling")
          .values({
            id: tildelingId,
            mote_id: moteId,
            runde_id: runde1,
            bydel_id: bydel.id,
            bolig_id: b.id,
            sak_id: valgt.sak_id,
            foreslatt_sak_id: etterNorm ? valgt.sak_id : null,
            vurderte_sak_ids: JSON.stringify(vurderte.map((v) => v.sak_id)),
            begrunnelse: etterNorm
              ? r.pick(BEGRUNNELSER)
              : "Ingen ledig bolig passer romnormen for noen på listen; møtet ga boligen til den som har ventet lengst.",
          })
          .execute();
        const tilbudId = r.uuid();
        await db
          .insertInto("tilbud")
          .values({
            id: tilbudId,
            tildeling_id: tildelingId,
            bydel_id: bydel.id,
            sak_id: valgt.sak_id,
            bolig_id: b.id,
            status: "sendt",
            husleie_kr: 6000 + b.rom * 1800 + r.int(0, 8) * 100,
            svarfrist: addDays(today, 3),
            visning_tid: i === 0 ? new Date(`${addDays(today, 2)}T13:00:00Z`) : null,
            visning_sted: i === 0 ? "Ved inngangen" : null,
            visning_deltakere: i === 0 ? `Søkeren og ${aktor.navn}` : null,
            svar_dato: null,
            svar_registrert_av: null,
            avslag_grunn: null,
            rutine: null,
            versjon: i === 0 ? 2 : 1,
            opprettet: new Date(`${addDays(today, -13)}T09:00:00Z`),
          })
          .execute();
        counts.tilbud += 1;
        const logg = (hendelse: string, dag: number, data: Record<string, unknown>) => ({
          sak_id: valgt.sak_id,
          tidspunkt: new Date(`${addDays(today, dag)}T10:00:00Z`),
          aktor_id: aktor.id,
          aktor_navn: aktor.navn,
          aktor_rolle: "saksbehandler",
          aktor_enhet: aktor.enhet,
          hendelse,
          data: JSON.stringify(data),
        });
        await db
          .insertInto("sakslogg")
          .values([
            logg("tildelt_bolig", -14, { tildelingId, boligId: b.id, moteId, fulgteForslaget: etterNorm }),
            logg("tilbud_sendt", -13, { tilbudId, boligId: b.id }),
          ])
          .execute();
      }
      counts.runder += 1;
    }

    // Round 2: open, waiting for its meeting.
    const ledigeIgjen = ledige.filter((u) => !iBruk.has(u.id));
    // Round 2 takes some of the rest, leaving at least three vacant units for a new round.
    const boliger2 = ledigeIgjen.slice(
      0,
      Math.max(0, Math.min(options.size === "small" ? 2 : 6, ledigeIgjen.length - 3)),
    );
    if (boliger2.length === 0) continue;
    const runde2 = r.uuid();
    await db
      .insertInto("tildelingsrunde")
      .values({
        id: runde2,
        bydel_id: bydel.id,
        navn: `${bydel.navn} runde 2`,
        status: "apen",
        opprettet_av_id: aktor.id,
        opprettet_av_navn: aktor.navn,
        idempotensnokkel: `demo-${runde2}`,
        opprettet: new Date(`${addDays(today, -2)}T09:00:00Z`),
      })
      .execute();
    await db
      .insertInto("tildelingsrunde_bolig")
      .values(boliger2.map((b) => ({ runde_id: runde2, bolig_id: b.id })))
      .execute();
    counts.runder += 1;
  }
  return { counts };
}
