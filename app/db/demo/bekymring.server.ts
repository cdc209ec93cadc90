import type { Insertable, Kysely } from "kysely";
import { computeDeadline } from "../../lib/frister";
import type {
  BekymringKategori,
  BekymringMeldingTable,
  BekymringTable,
  BekymringUtfall,
  Database,
} from "../schema";
import { addDays } from "./dates";
import { lavestForst, naboskapOgTrygghet } from "./lave-skarer.server";
import { Random } from "./random";

export type DemoBekymringSize = "full" | "small";

/**
 * About one concern a year per 100 municipal homes in the full Oslo (some 110 a year), over two years; a
 * handful per district for `small`. They cluster: the fifth of each district's blocks with the lowest survey
 * scores for neighbourliness and safety get 70 % of them (DOMAIN.md: "where the survey scores are low").
 */
const PER_100_BOLIGER_PER_AAR: Record<DemoBekymringSize, number> = { full: 1, small: 1.5 };
const AAR = 2;

const TEKSTER: Record<BekymringKategori, readonly string[]> = {
  trusler_vold: [
    "Det har vært flere slåsskamper i bakgården sent på kvelden. Jeg er redd for å gå ut med søppel.",
    "En beboer truer naboer i trappen og har sparket inn en dør. Flere er redde.",
    "Jeg hører skriking og slag fra en leilighet nesten hver helg.",
  ],
  rus: [
    "Det selges narkotika i oppgangen om kvelden. Det står folk i trappen og venter.",
    "Det ligger sprøyter i kjellergangen og ved sykkelboden.",
    "Mange ukjente går inn og ut av en leilighet hele natten. Jeg tror det selges rus.",
  ],
  uro_stoy: [
    "Det er fest og høy musikk flere netter i uken, ofte til klokken fire.",
    "Ungdommer samles i oppgangen hver kveld og det er mye bråk og tagging.",
  ],
  utrygt_bygg: [
    "Ytterdøren går ikke i lås, og ukjente sover i kjelleren.",
    "Lyset i trappen har vært ødelagt i flere uker. Det er helt mørkt om kvelden.",
  ],
  noen_trenger_hjelp: [
    "En eldre nabo har ikke vært ute på lenge, og postkassen er full. Jeg er bekymret for ham.",
    "Jeg tror en nabo ikke klarer seg selv. Det lukter vondt fra leiligheten og hun virker forvirret.",
    "Barn i en leilighet er ofte alene hjemme sent på kvelden.",
  ],
  annet: [
    "Det kastes mye søppel fra balkongene, og det har kommet rotter.",
    "Noen har satt fyr på en container.",
  ],
};

const SVAR = [
  "Takk for at du sa fra. Vi har tatt kontakt med Boligbygg og vaktselskapet.",
  "Takk for meldingen. Bomiljøteamet kommer på besøk i oppgangen neste uke.",
  "Vi har fått meldingen og følger opp. Kan du si noe om når på døgnet det skjer?",
];
const TILLEGG = [
  "Det skjer mest fredag og lørdag etter klokken elleve.",
  "Det har blitt litt bedre etter at dere var her.",
  "Det har skjedd igjen denne uken.",
];

/** Random hex in the shape of an Argon2id hash: no code opens a demo concern. */
function fakeHash(rng: Random): string {
  return (rng.uuid() + rng.uuid()).replace(/-/g, "");
}

export async function generateDemoBekymringer(
  db: Kysely<Database>,
  options: { seed: number; size: DemoBekymringSize; today: string },
): Promise<{ counts: { bekymring: number; bekymring_melding: number } }> {
  const root = Random.fromSeed(options.seed).fork("bekymring");
  const eiendommer = await db
    .selectFrom("eiendom")
    .innerJoin("bolig", "bolig.eiendom_id", "eiendom.id")
    .select(["eiendom.id", "eiendom.bydel_id", "eiendom.type"])
    .select((eb) => eb.fn.countAll<number>().as("boliger"))
    .groupBy(["eiendom.id", "eiendom.bydel_id", "eiendom.type"])
    .orderBy("eiendom.id")
    .execute();
  const bydeler = [...new Set(eiendommer.map((e) => e.bydel_id))].sort();
  const skarer = await naboskapOgTrygghet(db);
  const bekymringer: Insertable<BekymringTable>[] = [];
  const meldinger: Insertable<BekymringMeldingTable>[] = [];
  for (const bydelId of bydeler) {
    const rng = root.fork(bydelId);
    const egne = eiendommer.filter((e) => e.bydel_id === bydelId);
    const boliger = egne.reduce((sum, e) => sum + Number(e.boliger), 0);
    const antall = Math.max(3, Math.round((boliger / 100) * PER_100_BOLIGER_PER_AAR[options.size] * AAR));
    const garder = egne.filter((e) => e.type === "gard");
    const varme = lavestForst(rng.shuffle([...garder]), (e) => e.id, skarer).slice(
      0,
      Math.max(1, Math.ceil(garder.length / 5)),
    );
    for (let i = 0; i < antall; i++) {
      const alder = i === 0 ? 2 : i === 1 ? 12 : rng.int(0, 365 * AAR);
      const mottatt = addDays(options.today, -alder);
      const eiendom =
        garder.length === 0 || rng.chance(0.1) ? null : rng.chance(0.7) ? rng.pick(varme) : rng.pick(garder);
      const kategori = rng.weighted<BekymringKategori>([
        ["rus", 30],
        ["trusler_vold", 20],
        ["uro_stoy", 20],
        ["utrygt_bygg", 10],
        ["noen_trenger_hjelp", 15],
        ["annet", 5],
      ]);
      const frist = computeDeadline("bekymringsmelding_kvittering", mottatt).due;
      // The newest one is still unacknowledged within its deadline; the second newest is overdue.
      const kvittertEtter = i === 0 || i === 1 ? null : alder < 4 ? null : rng.int(1, 9);
      const kvittert = kvittertEtter === null ? null : addDays(mottatt, Math.min(kvittertEtter, alder));
      const avsluttes = kvittert !== null && alder > 30 && rng.chance(0.9);
      const utfall: BekymringUtfall | null = avsluttes
        ? rng.weighted<BekymringUtfall>([
            ["hms_oppfolging", 35],
            ["henvisning", 30],
            ["ingen_tiltak", 35],
          ])
        : null;
      const id = rng.uuid();
      bekymringer.push({
        id,
        bydel_id: bydelId,
        eiendom_id: eiendom?.id ?? null,
        kategori,
        beskrivelse: rng.pick(TEKSTER[kategori]),
        kvittering_hash: fakeHash(rng),
        mottatt,
        kvitteringsfrist: frist,
        kvittert,
        status: utfall ? "avsluttet" : kvittert ? "kvittert" : "mottatt",
        utfall,
        utfall_oppsummering: utfall
          ? utfall === "hms_oppfolging"
            ? "Forhold i fellesarealene meldt til Boligbygg for HMS-oppfølging."
            : utfall === "henvisning"
              ? "Meldingen gjelder en beboer som kan trenge hjelp; henvist videre."
              : "Vurdert; ingen tiltak nå. Følges med på i bomiljøarbeidet."
          : null,
        henvist_til:
          utfall === "henvisning"
            ? rng.pick(["NAV", "Helseetaten, oppsøkende team", "Politiet, forebyggende"])
            : null,
        avsluttet: utfall ? addDays(mottatt, rng.int(20, 30)) : null,
        versjon: 1,
      });
      if (kvittert && rng.chance(0.6)) {
        meldinger.push({
          id: rng.uuid(),
          bekymring_id: id,
          lopenummer: 1,
          fra: "bydel",
          tekst: rng.pick(SVAR),
          dato: kvittert,
        });
        if (rng.chance(0.5) && kvittert < options.today) {
          meldinger.push({
            id: rng.uuid(),
            bekymring_id: id,
            lopenummer: 2,
            fra: "melder",
            tekst: rng.pick(TILLEGG),
            dato: addDays(kvittert, 1),
          });
        }
      }
    }
  }
  for (let i = 0; i < bekymringer.length; i += 500) {
    await db
      .insertInto("bekymring")
      .values(bekymringer.slice(i, i + 500))
      .execute();
  }
  for (let i = 0; i < meldinger.length; i += 500) {
    await db
      .insertInto("bekymring_melding")
      .values(meldinger.slice(i, i + 500))
      .execute();
  }
  return { counts: { bekymring: bekymringer.length, bekymring_melding: meldinger.length } };
}
