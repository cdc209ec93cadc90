import type { Insertable, Kysely } from "kysely";
import { isDato, type Dato } from "../../lib/frister";
import { sisteUker, TEMAER } from "../../modules/naermiljokontor/regler";
import { BYDELER } from "../reference/bydeler";
import type { Database, NaermiljoTjeneste, NaermiljokontorKontaktTable } from "../schema";
import { Random } from "./random";

type Size = "full" | "small";

const APNINGSTIDER = [
  "Tirsdag 12–15, torsdag 17–19",
  "Mandag og onsdag 10–14",
  "Torsdag 16–19",
  "Tirsdag 17–19, lørdag 11–13 annenhver uke",
  "Onsdag 12–16",
];
const STEDER = [
  "Fellesrommet i første etasje",
  "Beboerlokalet i oppgang A",
  "Kjellerstua, inngang fra gården",
  "Vaktmesterkontoret i oppgang B",
];
/** How many contacts a week a topic usually has (mean), to give the demo a plausible shape. */
const SNITT: Record<(typeof TEMAER)[number], number> = {
  bolig: 3,
  feil_mangler: 4,
  naboforhold: 2,
  okonomi_nav: 2,
  helse: 1,
  aktiviteter: 3,
  annet: 1,
};

/**
 * Demo nærmiljøkontor (docs/domain/naermiljokontor.md): an office at a share of the blocks (gård) in every
 * district, with hours, room and services, and contact counts per topic for the last weeks (8 for `full`, 4
 * for `small`). Deterministic from the seed; `small` has one office per district.
 */
export async function generateDemoNaermiljokontor(
  trx: Kysely<Database>,
  { seed, size, today }: { seed: number | string; size: Size; today: string },
): Promise<{ counts: Record<string, number> }> {
  if (!isDato(today)) throw new Error("today må være en dato");
  const rng = Random.fromSeed(seed).fork("naermiljokontor");
  const uker = sisteUker(today as Dato).slice(0, size === "small" ? 4 : 8);
  const counts = { kontor: 0, kontakt: 0 };
  for (const bydel of BYDELER) {
    const r = rng.fork(bydel.id);
    const eiendommer = await trx
      .selectFrom("eiendom")
      .select("id")
      .where("bydel_id", "=", bydel.id)
      .where("type", "=", "gard")
      .orderBy("id")
      .execute();
    const valgte = eiendommer.filter(() => r.chance(0.25)).slice(0, size === "small" ? 1 : 20);
    if (valgte.length === 0 && eiendommer[0]) valgte.push(eiendommer[0]);
    const koordinator = `demo:${bydel.id}:0`;
    for (const e of valgte) {
      const k = r.fork(e.id);
      const tjenester: NaermiljoTjeneste[] = ["bydel"];
      if (k.chance(0.6)) tjenester.push("boligbygg");
      if (k.chance(0.4)) tjenester.push("nav");
      if (k.chance(0.3)) tjenester.push("helsestasjon");
      if (k.chance(0.5)) tjenester.push("frivillige");
      await trx
        .insertInto("naermiljokontor")
        .values({
          eiendom_id: e.id,
          bydel_id: bydel.id,
          apningstider: k.pick(APNINGSTIDER),
          sted: k.pick(STEDER),
          tjenester,
          endret_av_id: koordinator,
        })
        .execute();
      counts.kontor++;
      const rader: Insertable<NaermiljokontorKontaktTable>[] = [];
      for (const uke of uker) {
        for (const tema of TEMAER) {
          const antall = Math.max(0, Math.round(k.normal(SNITT[tema], SNITT[tema], 0, 12)));
          if (antall === 0) continue;
          const id = k.uuid();
          rader.push({
            id,
            eiendom_id: e.id,
            bydel_id: bydel.id,
            uke,
            tema,
            antall,
            registrert_av_id: koordinator,
            idempotensnokkel: `demo-${id}`,
          });
        }
      }
      if (rader.length > 0) await trx.insertInto("naermiljokontor_kontakt").values(rader).execute();
      counts.kontakt += rader.length;
    }
  }
  return { counts };
}
