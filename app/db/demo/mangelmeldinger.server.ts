import { createHash } from "node:crypto";
import { sql, type Kysely } from "kysely";
import sharp from "sharp";
import { residentActorId } from "../../auth/claims.server";
import { PERSONAS } from "../../auth/test-idp/personas";
import { datoInOslo } from "../../lib/frister";
import { beregnFrist, FORELOPIG_ALVORLIGHET } from "../../modules/mangelmelding/config";
import type { Alvorlighet, Database, Hastegrad, Mangelkategori, Mangelsted } from "../schema";
import { Random } from "./random";

export type DemoMangelCounts = {
  mangelmelding: number;
  mangelmelding_hendelse: number;
  mangelmelding_bilde: number;
};

/** Reports per home per year: about one in three homes reports something in a year. */
const PER_BOLIG_PER_AAR = 0.33;
const DAG = 86_400_000;
const TIME = 3_600_000;

const KATEGORIER: readonly (readonly [Mangelkategori, number])[] = [
  ["lys", 16],
  ["dor_las", 18],
  ["vann_avlop", 17],
  ["skadedyr", 7],
  ["fukt_mugg", 9],
  ["heis", 6],
  ["uteomrade", 9],
  ["avfall", 10],
  ["annet", 8],
];
const STED_FOR: Record<Mangelkategori, readonly Mangelsted[]> = {
  lys: ["trappeoppgang", "kjeller_bod", "uteomrade", "egen_bolig"],
  dor_las: ["trappeoppgang", "egen_bolig", "kjeller_bod"],
  vann_avlop: ["egen_bolig"],
  skadedyr: ["egen_bolig", "kjeller_bod", "bakgard"],
  fukt_mugg: ["egen_bolig", "kjeller_bod"],
  heis: ["heis"],
  uteomrade: ["uteomrade", "bakgard"],
  avfall: ["bakgard", "uteomrade"],
  annet: ["egen_bolig", "trappeoppgang", "annet"],
};
const BESKRIVELSE: Record<Mangelkategori, readonly string[]> = {
  lys: ["Lyset i trappa virker ikke.", "Lampen ved inngangen blinker.", "Det er mørkt i kjellergangen."],
  dor_las: [
    "Inngangsdøra går ikke i lås.",
    "Dørpumpen er ødelagt, døra smeller.",
    "Nøkkelen går ikke rundt i låsen.",
  ],
  vann_avlop: [
    "Vasken på badet renner sakte.",
    "Det drypper fra taket på badet.",
    "Toalettet stopper hele tiden.",
  ],
  skadedyr: ["Vi har sett mus på kjøkkenet.", "Det er kakerlakker i boligen.", "Rotter ved søppelkassene."],
  fukt_mugg: ["Svart mugg i hjørnet på soverommet.", "Fuktflekker på veggen under vinduet."],
  heis: ["Heisen står.", "Heisdøra lukker seg ikke."],
  uteomrade: [
    "Husken på lekeplassen er ødelagt.",
    "Is på gangveien, ikke strødd.",
    "Benken i bakgården er knust.",
  ],
  avfall: ["Søppelkassene er fulle.", "Storavfall står i bakgården.", "Glassdunken er ikke tømt."],
  annet: ["Postkassen er brutt opp.", "Ventilen på kjøkkenet bråker.", "Tagging i oppgangen."],
};
const UTFORT: Record<Mangelkategori, string> = {
  lys: "Vaktmester har skiftet lyspære og armatur.",
  dor_las: "Låsen er skiftet, og døra går i lås igjen.",
  vann_avlop: "Rørlegger har rensket avløpet.",
  skadedyr: "Skadedyrfirma har behandlet boligen, og kommer tilbake om tre uker.",
  fukt_mugg: "Muggen er vasket bort, og det er satt inn ny ventil.",
  heis: "Heisfirmaet har reparert heisen.",
  uteomrade: "Utstyret er reparert.",
  avfall: "Avfallet er hentet.",
  annet: "Vaktmester har utbedret feilen.",
};
const IKKE_UTFORT = [
  "Dette er leietakers eget ansvar etter leiekontrakten. Se vedlikeholdsreglene.",
  "Feilen var allerede meldt og blir rettet i en annen sak.",
  "Vi fikk ikke tilgang til boligen etter tre forsøk. Meld på nytt når det passer.",
];

type Hendelse = {
  mangelmelding_id: string;
  tidspunkt: string;
  hendelse: string;
  alvorlighet: string | null;
  planlagt_dato: string | null;
  tekst: string | null;
  aktor_id: string;
  aktor_rolle: string;
  aktor_enhet: string;
};

/**
 * Defect reports at every address (oppgang): about one per three homes a year, over the last 13 months, in
 * every state — recent ones received or assessed, older ones planned, most closed (some past their deadline,
 * some closed without repair with the reason). Reporters are residents with an active lease at the address;
 * the persona beboer-sagene gets one closed and one planned report with a step she has not seen yet.
 */
export async function generateDemoMangelmeldinger(
  db: Kysely<Database>,
  options: { seed: number; size: "full" | "small"; today: string },
): Promise<{ counts: DemoMangelCounts }> {
  const rnd = Random.fromSeed(options.seed).fork("mangelmeldinger");
  const naa = new Date(`${options.today}T11:00:00Z`);
  const forvalterPersona = PERSONAS.find((p) => p.kind === "ansatt" && p.rolle === "forvalter");
  const forvalter = {
    id:
      forvalterPersona && forvalterPersona.kind === "ansatt"
        ? `oid:${forvalterPersona.oid}`
        : "demo:boligbygg",
    rolle: "forvalter",
    enhet: "Boligbygg Oslo KF, forvaltning",
  };

  const oppganger = await db
    .selectFrom("oppgang as o")
    .select(["o.id", "o.bydel_id", "o.eiendom_id"])
    .select(sql<string>`(select count(*) from bolig b where b.oppgang_id = o.id)`.as("boliger"))
    .orderBy("o.id")
    .execute();
  const leietakere = await db
    .selectFrom("leiekontrakt as lk")
    .innerJoin("husstand_medlem as hm", "hm.husstand_id", "lk.husstand_id")
    .innerJoin("bolig as b", "b.id", "lk.bolig_id")
    .innerJoin("person as p", "p.id", "hm.person_id")
    .select(["b.oppgang_id", "b.id as bolig_id", "p.id as person_id", "p.fodselsnummer"])
    .where("lk.status", "=", "aktiv")
    .where("hm.rolle", "=", "hovedperson")
    .orderBy("p.id")
    .execute();
  const perOppgang = new Map<string, typeof leietakere>();
  for (const l of leietakere) perOppgang.set(l.oppgang_id, [...(perOppgang.get(l.oppgang_id) ?? []), l]);

  const meldinger: Record<string, unknown>[] = [];
  const hendelser: Hendelse[] = [];
  const medBilde: string[] = [];
  const ts = (d: Date) => d.toISOString();

  const lag = (
    r: Random,
    o: (typeof oppganger)[number],
    melder: (typeof leietakere)[number] | null,
    mottatt: Date,
    tvang?: { status: "utfort" | "planlagt"; sett: boolean },
  ) => {
    const id = r.uuid();
    const kategori = r.weighted(KATEGORIER);
    const sted = r.pick(STED_FOR[kategori]);
    const hastegrad: Hastegrad = r.weighted([
      ["akutt", kategori === "vann_avlop" || kategori === "dor_las" ? 18 : 6],
      ["snart", 50],
      ["kan_vente", 44],
    ] as const);
    let alvorlighet: Alvorlighet = FORELOPIG_ALVORLIGHET[hastegrad];
    const melderAktor = melder ? residentActorId(melder.fodselsnummer) : null;
    const aktorMelder = melder
      ? { id: melderAktor!, rolle: "beboer", enhet: "Beboer" }
      : { id: forvalter.id, rolle: "forvalter", enhet: forvalter.enhet };
    hendelser.push({
      mangelmelding_id: id,
      tidspunkt: ts(mottatt),
      hendelse: "mottatt",
      alvorlighet: null,
      planlagt_dato: null,
      tekst: null,
      aktor_id: aktorMelder.id,
      aktor_rolle: aktorMelder.rolle,
      aktor_enhet: aktorMelder.enhet,
    });
    const steg = (tidspunkt: Date, hendelse: string, extra: Partial<Hendelse> = {}) =>
      hendelser.push({
        mangelmelding_id: id,
        tidspunkt: ts(tidspunkt),
        hendelse,
        alvorlighet: null,
        planlagt_dato: null,
        tekst: null,
        aktor_id: forvalter.id,
        aktor_rolle: forvalter.rolle,
        aktor_enhet: forvalter.enhet,
        ...extra,
      });
    let status = "mottatt";
    let vurdert: Date | null = null;
    let planlagt: string | null = null;
    let lukket: Date | null = null;
    let resultat: string | null = null;
    let ansvarlig: string | null = null;
    // Assessed after hours (akutt) or a few days; severity sometimes changed.
    const tVurdert = new Date(
      mottatt.getTime() + (alvorlighet === "akutt" ? r.int(1, 6) * TIME : r.normal(1.5, 1, 0.1, 6) * DAG),
    );
    if (tVurdert < naa || tvang) {
      vurdert = tvang ? new Date(Math.min(tVurdert.getTime(), naa.getTime() - TIME)) : tVurdert;
      if (r.chance(0.2)) alvorlighet = r.pick(["hoy", "normal", "lav"] as const);
      status = "vurdert";
      steg(vurdert, "vurdert", { alvorlighet });
      ansvarlig = r.pick([
        "Vaktmester",
        "Rørlegger Nord AS",
        "Elektro Øst AS",
        "Heisservice AS",
        "Skadedyrkontroll AS",
      ]);
      steg(new Date(vurdert.getTime() + 10 * 60_000), "tildelt", { tekst: ansvarlig });
    }
    const frist = beregnFrist(mottatt, alvorlighet);
    if (vurdert) {
      // Most are done within the target; a share slips (heavier for mould and lifts).
      const fristDager = Math.max(
        1,
        ((frist.fristTidspunkt?.getTime() ?? new Date(`${frist.fristDato}T15:00:00Z`).getTime()) -
          mottatt.getTime()) /
          DAG,
      );
      const slipp = r.chance(kategori === "fukt_mugg" || kategori === "heis" ? 0.45 : 0.22);
      const dagerTilUtfort =
        alvorlighet === "akutt"
          ? slipp
            ? r.normal(2, 1, 1.1, 5)
            : r.normal(0.5, 0.2, 0.1, 0.95)
          : fristDager * (slipp ? r.normal(1.6, 0.4, 1.05, 3) : r.normal(0.6, 0.2, 0.1, 0.98));
      // Some wait for a contractor or parts before they can be planned.
      const tPlanlagt = new Date(
        vurdert.getTime() + (r.chance(0.15) ? r.normal(10, 5, 3, 25) : r.normal(1, 0.8, 0.05, 4)) * DAG,
      );
      const tidligst = alvorlighet === "akutt" ? 0 : tPlanlagt.getTime() + 2 * TIME;
      const tUtfort = new Date(Math.max(mottatt.getTime() + dagerTilUtfort * DAG, tidligst));
      if (tvang?.status === "planlagt") {
        planlagt = datoInOslo(new Date(naa.getTime() + 4 * DAG));
        status = "planlagt";
        steg(new Date(naa.getTime() - 2 * TIME), "planlagt", { planlagt_dato: planlagt });
      } else if ((tPlanlagt < naa && alvorlighet !== "akutt") || tvang) {
        planlagt = datoInOslo(tUtfort);
        status = "planlagt";
        steg(tPlanlagt, "planlagt", { planlagt_dato: planlagt });
      }
      if ((tUtfort < naa && !tvang) || tvang?.status === "utfort") {
        lukket = tvang ? new Date(Math.min(tUtfort.getTime(), naa.getTime() - TIME)) : tUtfort;
        const ikke = !tvang && r.chance(0.07);
        status = ikke ? "avsluttet" : "utfort";
        resultat = ikke ? r.pick(IKKE_UTFORT) : UTFORT[kategori];
        steg(lukket, status, { tekst: resultat });
      }
    }
    meldinger.push({
      id,
      bydel_id: o.bydel_id,
      eiendom_id: o.eiendom_id,
      oppgang_id: o.id,
      bolig_id: melder && sted === "egen_bolig" ? melder.bolig_id : null,
      kilde: melder ? "beboer" : "ansatt",
      melder_aktor_id: melderAktor,
      melder_person_id: melder?.person_id ?? null,
      kategori,
      sted,
      sted_detalj: null,
      beskrivelse: r.pick(BESKRIVELSE[kategori]),
      melders_hastegrad: hastegrad,
      status,
      alvorlighet,
      ansvarlig,
      planlagt_dato: planlagt,
      frist_dato: frist.fristDato,
      frist_tidspunkt: frist.fristTidspunkt ? ts(frist.fristTidspunkt) : null,
      resultat,
      mottatt: ts(mottatt),
      vurdert: vurdert ? ts(vurdert) : null,
      lukket: lukket ? ts(lukket) : null,
      lukket_dato: lukket ? datoInOslo(lukket) : null,
      // Everything seen except, for a forced unseen report, its last step (set after insert).
      melder_sett_seq: 0,
      idempotensnokkel: null,
      versjon: 1,
    });
    return { id, sett: tvang ? tvang.sett : true };
  };

  const settAlle: string[] = [];
  const usett: string[] = [];
  for (const o of oppganger) {
    const r = rnd.fork(o.id);
    const boliger = Math.max(1, Number(o.boliger));
    const forventet = boliger * PER_BOLIG_PER_AAR * (13 / 12);
    const antall = Math.max(1, Math.round(r.normal(forventet, Math.sqrt(forventet), 0, forventet * 3)));
    const folk = perOppgang.get(o.id) ?? [];
    for (let i = 0; i < antall; i++) {
      const alder = r.next() * 395 * DAG;
      const mottatt = new Date(naa.getTime() - alder - r.int(0, 12) * TIME);
      const melder = folk.length > 0 && r.chance(0.9) ? r.pick(folk) : null;
      const { id } = lag(r, o, melder, mottatt);
      settAlle.push(id);
      if (r.chance(0.06)) medBilde.push(id);
    }
  }

  // The resident persona in Sagene: one report done, one planned with a step she has not seen.
  const persona = PERSONAS.find((p) => p.id === "beboer-sagene");
  const hennes =
    persona?.kind === "beboer" ? leietakere.find((l) => l.fodselsnummer === persona.pid) : undefined;
  const hennesOppgang = hennes ? oppganger.find((o) => o.id === hennes.oppgang_id) : undefined;
  if (hennes && hennesOppgang) {
    const r = rnd.fork("persona");
    settAlle.push(
      lag(r, hennesOppgang, hennes, new Date(naa.getTime() - 40 * DAG), { status: "utfort", sett: true }).id,
    );
    usett.push(
      lag(r, hennesOppgang, hennes, new Date(naa.getTime() - 3 * DAG), { status: "planlagt", sett: false })
        .id,
    );
  }

  await insertJson(db, "mangelmelding", meldinger);
  await insertJson(db, "mangelmelding_hendelse", hendelser);
  // What the reporter has seen: everything, except the persona's planned report's last step.
  await sql`update mangelmelding m set melder_sett_seq = h.siste
    from (select mangelmelding_id, max(seq) as siste from mangelmelding_hendelse group by mangelmelding_id) h
    where h.mangelmelding_id = m.id`.execute(db);
  for (const id of usett) {
    await sql`update mangelmelding m set melder_sett_seq = coalesce((select max(seq) from mangelmelding_hendelse h
      where h.mangelmelding_id = m.id and h.hendelse = 'mottatt'), 0) where m.id = ${id}`.execute(db);
  }

  // A few photos: one small generated picture (no metadata), stored like an uploaded one.
  const bilde = await sharp({ create: { width: 320, height: 240, channels: 3, background: "#8a8f99" } })
    .jpeg({ quality: 70 })
    .toBuffer();
  const sha256 = createHash("sha256").update(bilde).digest("hex");
  const bilderRnd = rnd.fork("bilder");
  for (let i = 0; i < medBilde.length; i += 1000) {
    await db
      .insertInto("mangelmelding_bilde")
      .values(
        medBilde.slice(i, i + 1000).map((id) => ({
          id: bilderRnd.uuid(),
          mangelmelding_id: id,
          nummer: 1,
          mime: "image/jpeg" as const,
          storrelse: bilde.byteLength,
          bredde: 320,
          hoyde: 240,
          sha256,
          innhold: new Uint8Array(bilde),
        })),
      )
      .execute();
  }
  return {
    counts: {
      mangelmelding: meldinger.length,
      mangelmelding_hendelse: hendelser.length,
      mangelmelding_bilde: medBilde.length,
    },
  };
}

async function insertJson(
  db: Kysely<Database>,
  table: "mangelmelding" | "mangelmelding_hendelse",
  rows: Record<string, unknown>[],
) {
  if (rows.length === 0) return;
  const columns = sql.join(Object.keys(rows[0]!).map((c) => sql.ref(c)));
  for (let i = 0; i < rows.length; i += 5000) {
    const json = JSON.stringify(rows.slice(i, i + 5000));
    await sql`insert into ${sql.table(table)} (${columns})
      select ${columns} from json_populate_recordset(null::${sql.table(table)}, ${json}::text::json)`.execute(
      db,
    );
  }
}
