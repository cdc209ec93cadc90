import type { Insertable, Kysely } from "kysely";
import type { Actor } from "../../auth/actor";
import { ansattActor } from "../../auth/test-idp/personas";
import { addDays, isDato, type Dato } from "../../lib/frister";
import { registerDefectAsStaff } from "../../modules/mangelmelding/register-defect-as-staff.server";
import { HASTEGRADER } from "../../modules/mangelmelding/config";
import { MAKS_FORSOK } from "../../modules/hms/regler";
import { TEMAER, TJENESTER } from "../../modules/hms/schemas";
import { BYDELER } from "../reference/bydeler";
import type {
  Database,
  HmsBesokTable,
  HmsDorTable,
  HmsFunnTable,
  HmsHenvisningTable,
  HmsTidsrom,
  HmsUtfall,
  Mangelkategori,
  Mangelsted,
} from "../schema";
import { Random } from "./random";

type Size = "full" | "small";

/** Building faults found on visits: what staff write, the defect category and where. */
const BYGNINGSFUNN: readonly { tekst: string; kategori: Mangelkategori; sted: Mangelsted }[] = [
  { tekst: "Røykvarsleren mangler batteri.", kategori: "annet", sted: "egen_bolig" },
  { tekst: "Kran på badet drypper hele tiden.", kategori: "vann_avlop", sted: "egen_bolig" },
  { tekst: "Fukt og mugg i hjørnet på soverommet.", kategori: "fukt_mugg", sted: "egen_bolig" },
  { tekst: "Lyset i trappen virker ikke i 3. etasje.", kategori: "lys", sted: "trappeoppgang" },
  { tekst: "Inngangsdøren går ikke i lås.", kategori: "dor_las", sted: "trappeoppgang" },
  { tekst: "Vinduet i stuen lar seg ikke lukke helt.", kategori: "annet", sted: "egen_bolig" },
  { tekst: "Tegn på mus i kjellerboden.", kategori: "skadedyr", sted: "kjeller_bod" },
  { tekst: "Avløpet på kjøkkenet renner sakte.", kategori: "vann_avlop", sted: "egen_bolig" },
];
const HENVISNINGER = [
  "Ønsker hjelp til å forstå husleiekravet og mulighet for bostøtte.",
  "Spør om tilbud til barna etter skolen.",
  "Vil gjerne ha informasjon om rettigheter og plikter i leieforholdet.",
  "Ønsker kontakt om tilpasning av badet.",
  "Ønsker å bli med på aktiviteter i nærmiljøet.",
];

/**
 * Demo HMS campaigns (docs/domain/hms.md): a share of the blocks (gård) in every district — the districts with
 * the most municipal housing have the most blocks and so the most campaigns — each with its door list, one to
 * four attempts per unit at varied times of day, findings on visits, building findings sent to Boligbygg as
 * defect reports through `registerDefectAsStaff` (the same path as the page), and need-findings referred to a
 * district service. Deterministic from the seed; `small` has one campaign per district.
 */
export async function generateDemoHms(
  trx: Kysely<Database>,
  { seed, size, today }: { seed: number | string; size: Size; today: string },
): Promise<{ counts: Record<string, number> }> {
  if (!isDato(today)) throw new Error("today må være en dato");
  const idag = today as Dato;
  const rng = Random.fromSeed(seed).fork("hms");
  const counts = { kampanje: 0, dor: 0, besok: 0, funn: 0, mangelmelding: 0, henvisning: 0 };
  const koordinatorSagene = ansattActor("bomiljokoordinator-sagene");
  const forvalter = ansattActor("forvalter-boligbygg");

  for (const bydel of BYDELER) {
    const r = rng.fork(bydel.id);
    const koordinator: Actor =
      bydel.id === "sagene"
        ? koordinatorSagene
        : { ...koordinatorSagene, id: `demo:${bydel.id}:0`, bydelId: bydel.id, enhet: `Bydel ${bydel.navn}` };
    const eiendommer = await trx
      .selectFrom("eiendom as e")
      .select(["e.id", "e.gateadresse"])
      .where("e.bydel_id", "=", bydel.id)
      .where("e.type", "=", "gard")
      .orderBy("e.id")
      .execute();
    const andel = size === "small" ? 0.5 : 0.3;
    const valgte = eiendommer.filter(() => r.chance(andel)).slice(0, size === "small" ? 1 : 60);
    if (valgte.length === 0 && eiendommer[0]) valgte.push(eiendommer[0]);
    for (const [i, eiendom] of valgte.entries()) {
      const k = r.fork(eiendom.id);
      // The first campaign of each district is running now; the others finished earlier this year.
      const fra = addDays(idag, i === 0 ? -k.int(7, 21) : -k.int(60, 300));
      const til = addDays(fra, k.int(28, 56));
      const kampanjeId = k.uuid();
      await trx
        .insertInto("hms_kampanje")
        .values({
          id: kampanjeId,
          bydel_id: bydel.id,
          eiendom_id: eiendom.id,
          tittel: `HMS-besøk ${fra.slice(0, 4)}`,
          fra_dato: fra,
          til_dato: til,
          gjennomfores_av: k.pick(["begge", "begge", "begge", "bydel", "boligbygg"] as const),
          opprettet_av_id: koordinator.id,
          idempotensnokkel: `demo-${kampanjeId}`,
        })
        .execute();
      counts.kampanje++;
      const boliger = await trx
        .selectFrom("bolig")
        .select(["id", "oppgang_id", "status"])
        .where("eiendom_id", "=", eiendom.id)
        .orderBy("id")
        .execute();
      const sisteDag = til < idag ? til : idag;
      const ny = {
        hms_dor: [] as Insertable<HmsDorTable>[],
        hms_besok: [] as Insertable<HmsBesokTable>[],
        hms_funn: [] as Insertable<HmsFunnTable>[],
        hms_henvisning: [] as Insertable<HmsHenvisningTable>[],
      };
      for (const bolig of boliger) {
        const d = k.fork(bolig.id);
        const dorId = d.uuid();
        const besokRader: {
          id: string;
          forsok: number;
          dato: Dato;
          tidsrom: HmsTidsrom;
          utfall: HmsUtfall;
        }[] = [];
        let dato = addDays(fra, d.int(0, 6));
        for (let forsok = 1; forsok <= MAKS_FORSOK && dato <= sisteDag; forsok++) {
          const utfall: HmsUtfall =
            bolig.status === "ledig"
              ? "ledig_bolig"
              : d.chance(0.5)
                ? "besokt"
                : d.chance(0.12)
                  ? "avslo"
                  : "ikke_hjemme";
          besokRader.push({
            id: d.uuid(),
            forsok,
            dato,
            tidsrom: d.pick(["ettermiddag", "kveld", "helg", "formiddag"] as const),
            utfall,
          });
          if (utfall !== "ikke_hjemme") break;
          dato = addDays(dato, d.int(3, 10));
        }
        ny.hms_dor.push({
          id: dorId,
          kampanje_id: kampanjeId,
          bydel_id: bydel.id,
          oppgang_id: bolig.oppgang_id,
          bolig_id: bolig.id,
          versjon: 1 + besokRader.length,
        });
        counts.dor++;
        if (besokRader.length > 0) {
          ny.hms_besok.push(
            ...besokRader.map((b) => ({
              id: b.id,
              kampanje_id: kampanjeId,
              dor_id: dorId,
              bydel_id: bydel.id,
              forsok: b.forsok,
              dato: b.dato,
              tidsrom: b.tidsrom,
              utfall: b.utfall,
              registrert_av_id: koordinator.id,
              idempotensnokkel: `demo-${b.id}`,
            })),
          );
          counts.besok += besokRader.length;
        }
        const siste = besokRader.at(-1);
        if (!siste || (siste.utfall !== "besokt" && siste.utfall !== "ledig_bolig")) continue;
        if (d.chance(0.18)) {
          const f = d.pick(BYGNINGSFUNN);
          const funnId = d.uuid();
          const sendes = d.chance(0.7);
          const mangel = sendes
            ? await registerDefectAsStaff({
                db: trx,
                actor: forvalter,
                requestId: null,
                now: () => new Date(`${siste.dato}T18:00:00Z`),
                input: {
                  kategori: f.kategori,
                  sted: f.sted,
                  stedDetalj: "",
                  beskrivelse: f.tekst,
                  hastegrad: d.pick(HASTEGRADER),
                  oppgangId: bolig.oppgang_id,
                  boligId: f.sted === "egen_bolig" ? bolig.id : undefined,
                  idempotensnokkel: `hms-funn:${funnId}`,
                },
              })
            : null;
          ny.hms_funn.push({
            id: funnId,
            kampanje_id: kampanjeId,
            dor_id: dorId,
            besok_id: siste.id,
            bydel_id: bydel.id,
            type: "bygning",
            tema: null,
            beskrivelse: f.tekst,
            status: mangel ? "sendt" : "apen",
            mangelmelding_id: mangel?.id ?? null,
            registrert_av_id: koordinator.id,
            registrert_av_rolle: "bomiljokoordinator",
            idempotensnokkel: `demo-${funnId}`,
          });
          counts.funn++;
          if (mangel) counts.mangelmelding++;
        }
        if (siste.utfall === "besokt" && d.chance(0.1)) {
          const funnId = d.uuid();
          const henvises = d.chance(0.75);
          const lukket = henvises && siste.dato < addDays(idag, -30) && d.chance(0.6);
          ny.hms_funn.push({
            id: funnId,
            kampanje_id: kampanjeId,
            dor_id: dorId,
            besok_id: siste.id,
            bydel_id: bydel.id,
            type: "behov",
            tema: d.pick(TEMAER),
            beskrivelse: null,
            status: lukket ? "lukket" : henvises ? "henvist" : "apen",
            lukket_dato: lukket ? addDays(siste.dato, 21) : null,
            registrert_av_id: koordinator.id,
            registrert_av_rolle: "bomiljokoordinator",
            idempotensnokkel: `demo-${funnId}`,
          });
          counts.funn++;
          if (henvises) {
            ny.hms_henvisning.push({
              funn_id: funnId,
              bydel_id: bydel.id,
              tjeneste: d.pick(TJENESTER),
              oppsummering: d.pick(HENVISNINGER),
              henvist_dato: addDays(siste.dato, d.int(0, 3)),
              henvist_av_id: koordinator.id,
            });
            counts.henvisning++;
          }
        }
      }
      // One insert per table and campaign (a door at a time is too slow for a full Oslo).
      if (ny.hms_dor.length > 0) await trx.insertInto("hms_dor").values(ny.hms_dor).execute();
      if (ny.hms_besok.length > 0) await trx.insertInto("hms_besok").values(ny.hms_besok).execute();
      if (ny.hms_funn.length > 0) await trx.insertInto("hms_funn").values(ny.hms_funn).execute();
      if (ny.hms_henvisning.length > 0)
        await trx.insertInto("hms_henvisning").values(ny.hms_henvisning).execute();
    }
  }
  return { counts };
}
