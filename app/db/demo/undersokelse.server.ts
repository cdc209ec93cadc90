import { createHash } from "node:crypto";
import type { Insertable, Kysely } from "kysely";
import type { Database } from "../schema";
import { addDays, isDate } from "./dates";
import { Random } from "./random";
import {
  BOTID,
  INSTRUMENTVERSJON,
  JANEI,
  SKALASPORSMAL,
  beregnIndeks,
} from "../../modules/undersokelse/instrument";

export type DemoUndersokelseCounts = { runder: number; svar: number; koder: number };

/** Average answer per item relative to the address's level: safer inside the flat than in common areas (§ 6). */
const ITEM_NIVA: Record<string, number> = {
  helhet: 0.2,
  bolig: 0.3,
  reparasjon: -0.5,
  vedlikehold: -0.4,
  kontrakt: 0.1,
  trygg_bolig: 0.6,
  trygg_felles: -0.5,
  respekt: 0.3,
  lyttet: -0.3,
  informert: -0.4,
  naboer: 0.2,
  ro: -0.3,
  fellesrom: -0.6,
  deltakelse: -0.5,
};

const FRITEKST = [
  "Lyset i oppgangen er ofte ødelagt.",
  "Det er fint med aktivitetene i fellesrommet.",
  "Vi venter lenge når noe skal repareres.",
  "Det er mye støy om natten i helgene.",
  "Bakgården er mørk, jeg liker ikke å gå der om kvelden.",
  "Vaktmesteren er hyggelig og hjelper oss.",
  "Vi vet ikke hvem vi skal ringe når heisen står.",
  "Det hadde vært fint med et beboerråd.",
  "Søppelrommet er ofte fullt.",
  "Naboene er hjelpsomme.",
];

const halvaar = (dato: string) => `${Number(dato.slice(5, 7)) <= 6 ? "Vår" : "Høst"} ${dato.slice(0, 4)}`;
const tilfeldigHash = (rng: Random) => createHash("sha256").update(rng.uuid()).digest("hex");

async function iBiter<T>(rows: T[], size: number, fn: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += size) await fn(rows.slice(i, i + size));
}

/**
 * Demo survey data: `runder` past city-wide rounds (half-yearly, Velferdsetaten) over every address (eiendom), with a response rate of a third to a half of households per address, real differences between
 * addresses and a lift at a fifth of them from a given round on (a measure that worked); and an open round per
 * district started two weeks ago with letters printed and about a fifth answered. Deterministic for a seed.
 */
export async function generateDemoUndersokelse(
  db: Kysely<Database>,
  options: { seed: number; size: "full" | "small"; today: string; runder?: number },
): Promise<{ counts: DemoUndersokelseCounts }> {
  if (!isDate(options.today)) throw new Error(`Ugyldig dato for today: ${options.today}`);
  const root = Random.fromSeed(options.seed).fork("undersokelse");
  const antallRunder = options.runder ?? (options.size === "full" ? 6 : 4);

  const eiendommer = await db
    .selectFrom("eiendom as e")
    .select(["e.id", "e.bydel_id", "e.navn"])
    .orderBy("e.id")
    .execute();
  const boligRader = await db
    .selectFrom("bolig as bo")
    .innerJoin("leiekontrakt as lk", (j) =>
      j.onRef("lk.bolig_id", "=", "bo.id").on("lk.status", "=", "aktiv"),
    )
    .select(["bo.id", "bo.eiendom_id"])
    .orderBy("bo.id")
    .execute();
  const boliger = new Map<string, string[]>();
  for (const b of boligRader) boliger.set(b.eiendom_id, [...(boliger.get(b.eiendom_id) ?? []), b.id]);

  // Each address has its own level, response propensity and maybe a measure that lifts it from a round on.
  const profil = new Map(
    eiendommer.map((e) => {
      const r = root.fork(`adresse:${e.id}`);
      return [
        e.id,
        {
          niva: r.normal(0, 0.45, -1.3, 1.3),
          svarandel: 0.33 + r.next() * 0.17,
          tiltakFraRunde: r.chance(0.2) ? r.int(1, Math.max(1, antallRunder - 1)) : null,
          kontaktAndel: 0.35 + r.next() * 0.45,
        },
      ];
    }),
  );

  const runder: Insertable<Database["undersokelse_runde"]>[] = [];
  const adresser: Array<{ runde_id: string; eiendom_id: string; bydel_id: string; husstander: number }> = [];
  const utsendelser: Array<{ runde_id: string; bolig_id: string }> = [];
  const koder: Array<{ kode_hash: string; runde_id: string; eiendom_id: string; brukt: boolean }> = [];
  const svar: Array<Record<string, unknown>> = [];

  const lagSvar = (r: Random, rundeId: string, e: (typeof eiendommer)[number], rundeNr: number) => {
    const p = profil.get(e.id)!;
    const loft = p.tiltakFraRunde !== null && rundeNr >= p.tiltakFraRunde ? 0.5 : 0;
    const husstandNiva = r.normal(0, 0.5, -1.5, 1.5);
    const verdier: Record<string, number> = {};
    for (const s of SKALASPORSMAL) {
      if (r.chance(0.05)) continue; // "Vet ikke" or skipped
      const v = Math.round(
        3.2 + p.niva + loft + husstandNiva + (ITEM_NIVA[s.id] ?? 0) + r.normal(0, 0.7, -2.5, 2.5),
      );
      verdier[s.id] = Math.min(5, Math.max(1, v));
    }
    for (const j of JANEI) {
      if (r.chance(0.08)) continue;
      const andel = j === "kontakt" ? Math.min(0.95, p.kontaktAndel + loft / 2) : 0.55;
      verdier[j] = r.chance(andel) ? 1 : 2;
    }
    svar.push({
      id: r.uuid(),
      runde_id: rundeId,
      eiendom_id: e.id,
      bydel_id: e.bydel_id,
      instrumentversjon: INSTRUMENTVERSJON,
      verdier: JSON.stringify(verdier),
      indeks: JSON.stringify(beregnIndeks(verdier)),
      botid: r.chance(0.85) ? r.pick(BOTID) : null,
      barn: r.chance(0.9) ? r.chance(0.4) : null,
      fritekst: r.chance(0.12) ? r.pick(FRITEKST) : null,
    });
  };

  const leggTilRunde = (
    r: Random,
    runde: Insertable<Database["undersokelse_runde"]>,
    deltakere: typeof eiendommer,
    rundeNr: number,
    svarandel: (e: (typeof eiendommer)[number]) => number,
  ) => {
    runder.push(runde);
    for (const e of deltakere) {
      const hus = boliger.get(e.id) ?? [];
      adresser.push({ runde_id: runde.id, eiendom_id: e.id, bydel_id: e.bydel_id, husstander: hus.length });
      const antallSvar = Math.round(hus.length * svarandel(e));
      for (const b of hus) utsendelser.push({ runde_id: runde.id, bolig_id: b });
      for (let i = 0; i < hus.length; i++)
        koder.push({
          kode_hash: tilfeldigHash(r),
          runde_id: runde.id,
          eiendom_id: e.id,
          brukt: i < antallSvar,
        });
      for (let i = 0; i < antallSvar; i++) lagSvar(r, runde.id, e, rundeNr);
    }
  };

  // Past city-wide rounds, oldest first: every six months, four weeks each.
  for (let nr = 0; nr < antallRunder; nr++) {
    const r = root.fork(`runde:${nr}`);
    const start = addDays(options.today, -182 * (antallRunder - nr) - 30);
    leggTilRunde(
      r,
      {
        id: r.uuid(),
        navn: `${halvaar(start)} (hele byen)`,
        bydel_id: null,
        instrumentversjon: INSTRUMENTVERSJON,
        startdato: start,
        sluttdato: addDays(start, 27),
        lokale_sporsmal: "[]",
        opprettet_av_id: "demo:velferdsetaten",
        idempotensnokkel: `demo:undersokelse:${options.seed}:${nr}`,
        opprettet: new Date(`${start}T08:00:00Z`),
      },
      eiendommer,
      nr,
      (e) => profil.get(e.id)!.svarandel * (0.85 + r.next() * 0.3),
    );
  }

  // The current round of each district: open now, letters out, some answers in.
  const bydeler = [...new Set(eiendommer.map((e) => e.bydel_id))].sort();
  for (const bydelId of bydeler) {
    const r = root.fork(`apen:${bydelId}`);
    const start = addDays(options.today, -14);
    leggTilRunde(
      r,
      {
        id: r.uuid(),
        navn: `${halvaar(start)} (bydelen)`,
        bydel_id: bydelId,
        instrumentversjon: INSTRUMENTVERSJON,
        startdato: start,
        sluttdato: addDays(options.today, 21),
        lokale_sporsmal: JSON.stringify(["Hvordan er utelyset i bakgården?"]),
        opprettet_av_id: "demo:bomiljokoordinator",
        idempotensnokkel: `demo:undersokelse:${options.seed}:${bydelId}`,
        opprettet: new Date(`${start}T08:00:00Z`),
      },
      eiendommer.filter((e) => e.bydel_id === bydelId),
      antallRunder,
      () => 0.1 + r.next() * 0.15,
    );
  }

  if (runder.length > 0) {
    await iBiter(runder, 500, (c) => db.insertInto("undersokelse_runde").values(c).execute());
    await iBiter(adresser, 2000, (c) => db.insertInto("undersokelse_runde_adresse").values(c).execute());
    await iBiter(utsendelser, 5000, (c) => db.insertInto("undersokelse_utsendelse").values(c).execute());
    // Codes and answers in a shuffled order, as in real life nothing should pair them.
    await iBiter(root.fork("stokk-koder").shuffle(koder), 3000, (c) =>
      db.insertInto("undersokelse_kode").values(c).execute(),
    );
    await iBiter(root.fork("stokk-svar").shuffle(svar), 1000, (c) =>
      db
        .insertInto("undersokelse_svar")
        .values(c as never)
        .execute(),
    );
  }
  return { counts: { runder: runder.length, svar: svar.length, koder: koder.length } };
}
