import type { Insertable, Kysely } from "kysely";
import { PERSONAS } from "../../auth/test-idp/personas";
import { OSLOSTANDARD } from "../../modules/bomiljo/oslostandard";
import type {
  AdresseTiltakAnsvarlig,
  AdresseTiltakHistorikkTable,
  AdresseTiltakStatus,
  AdresseTiltakTable,
  BomiljokoordinatorTable,
  BydelTiltakHistorikkTable,
  BydelTiltakStatus,
  BydelTiltakTable,
  Database,
  TiltakAnsvarlig,
} from "../schema";
import { BYDELER } from "../reference/bydeler";
import { addDays } from "./dates";
import { pickEtternavn, pickFornavn, pickOpphav } from "./names";
import { Random } from "./random";

/**
 * Demo bomiljø plans (docs/domain/bomiljoplan.md): every district's plan for the 15 measures, with one to four
 * saved versions each; concrete measures in the address plans of the blocks (gårder), more in the districts with
 * most municipal housing; and one to three named bomiljø coordinators per district (the Sagene persona among
 * them). Deterministic for the same seed, size and today.
 */

const HVA: Record<number, string[]> = {
  1: [
    "Beboerråd eller gårdskomité i alle heleide gårder. Dørbanking før informasjonsmøte i gårder uten beboerorgan.",
    "Kontakt med styrene i borettslag og sameier der bydelen har spredte boliger, minst én gang i året.",
  ],
  2: ["Bomiljøundersøkelse på alle adresser annethvert år med felles skjema fra Velferdsetaten."],
  3: [
    "Tverrfaglig tildelingsmøte hver måned der sammensetningen i oppgangen vurderes før tildeling.",
    "Oversikt over antall barn og eldre per oppgang oppdateres før hvert tildelingsmøte.",
  ],
  4: [
    "Rutine som varsler booppfølger seks måneder før kontrakten løper ut hvis fornyelse ikke er søkt.",
    "Boplan tilbys alle nye leietakere ved kontraktsinngåelse.",
  ],
  5: ["To navngitte bomiljøkoordinatorer, fordelt på nord og sør i bydelen. Kontaktinfo på kontaktkortet."],
  6: [
    "Bydelen deltar på Velferdsetatens nettverkssamlinger og sender nye ansatte på kurs i konflikthåndtering.",
  ],
  7: [
    "Faste møter med Boligbygg annenhver uke: tildelinger, klagesaker, husleierestanser, bomiljø, dugnader.",
    "Ukentlig møte med Boligbygg der bomiljø er fast tema.",
  ],
  8: [
    "Kontaktkort på flere språk i alle oppganger. Oppfølgingssamtale innen en uke etter trusler eller hendelser.",
  ],
  9: [
    "Felles befaring med Boligbygg høst og vår: lys, dører, låser og uteområder. Beboerne høres før større arbeider.",
  ],
  10: ["Utlån av felleslokale med enkle regler og fast nøkkelrutine på tirsdager og torsdager."],
  11: [
    "Nærmiljøkontor åpent to dager i uka med NAV, helsestasjon og bomiljøarbeider.",
    "HMS-besøk med Boligbygg og brannvesenet i alle boliger i løpet av året, på kveldstid.",
  ],
  12: ["Dugnad vår og høst med mat og utstyr betalt, bakgårdsfest i august, leksehjelp to kvelder i uka."],
  13: ["Samarbeid med frivilligsentralen, nærskolen og idrettslaget om aktiviteter i gårdene."],
  14: ["Tidlig samtale og oppfølgingsplan ved gjentatte naboklager. Samarbeid med booppfølgingstjenesten."],
  15: [
    "Ungdomstjenesten og bomiljøteamet samarbeider om trygge uteområder og fritidstilbud i gårder med mange barn.",
  ],
};

type AdresseMal = {
  nummer: number;
  tittel: string;
  beskrivelse: string;
  ansvarlig: AdresseTiltakAnsvarlig;
  forventet: string;
  indikator: string;
};

const ADRESSE_MALER: AdresseMal[] = [
  {
    nummer: 1,
    tittel: "Etablere beboerråd",
    beskrivelse:
      "Invitere til informasjonsmøte, forklare hva et beboerråd er, velge blant de som melder seg.",
    ansvarlig: "bydel",
    forventet: "Flere beboere opplever at de kan påvirke bomiljøet.",
    indikator: "deltakelse",
  },
  {
    nummer: 1,
    tittel: "Dørbanking i alle oppganger",
    beskrivelse: "Bli kjent med beboerne, spørre hva de ønsker seg og hvem som vil bidra.",
    ansvarlig: "bydel",
    forventet: "Beboerne føler seg hørt, også de som ikke melder seg til verv.",
    indikator: "blir_hort",
  },
  {
    nummer: 8,
    tittel: "Kontaktkort i alle oppganger",
    beskrivelse: "Henge opp kontaktkort på beboernes språk og dele det ut ved innflytting.",
    ansvarlig: "bydel",
    forventet: "Flere vet hvem de skal kontakte om boligen og bomiljøet.",
    indikator: "vet_hvem_kontakte",
  },
  {
    nummer: 9,
    tittel: "Bedre belysning i bakgården",
    beskrivelse: "Bytte armaturer og sette opp lys ved søppelskur og sykkelbod.",
    ansvarlig: "boligbygg",
    forventet: "Beboerne føler seg tryggere i bakgården om kvelden.",
    indikator: "trygghet_fellesareal",
  },
  {
    nummer: 9,
    tittel: "Reparere ytterdører og porttelefon",
    beskrivelse: "Dører som ikke går i lås og porttelefon som ikke virker, byttes.",
    ansvarlig: "boligbygg",
    forventet: "Uvedkommende kommer ikke inn i oppgangen.",
    indikator: "trygghet_fellesareal",
  },
  {
    nummer: 10,
    tittel: "Åpne kjellerlokalet som felleslokale",
    beskrivelse: "Rydde og male kjellerlokalet sammen med beboerne, og lage enkle regler for utlån.",
    ansvarlig: "boligbygg",
    forventet: "Beboerne bruker felleslokalet til møter og selskaper.",
    indikator: "bruk_felleslokaler",
  },
  {
    nummer: 11,
    tittel: "Nærmiljøkontor to dager i uka",
    beskrivelse: "Bomiljøarbeider og NAV til stede i leiligheten i første etasje tirsdag og torsdag.",
    ansvarlig: "bydel",
    forventet: "Beboerne får svar der de bor, og flere vet hvor de kan henvende seg.",
    indikator: "informert",
  },
  {
    nummer: 12,
    tittel: "Dugnad med grilling",
    beskrivelse: "Vårdugnad i bakgården med mat og utstyr betalt. Beboerrådet planlegger.",
    ansvarlig: "beboere",
    forventet: "Naboene blir bedre kjent med hverandre.",
    indikator: "naboforhold",
  },
  {
    nummer: 12,
    tittel: "Leksehjelp i felleslokalet",
    beskrivelse: "Leksehjelp to kvelder i uka med frivillige fra nærskolen.",
    ansvarlig: "ekstern",
    forventet: "Barna har et trygt sted å være etter skolen.",
    indikator: "tilfredshet",
  },
  {
    nummer: 13,
    tittel: "Fotballtrening med idrettslaget",
    beskrivelse: "Idrettslaget holder åpen trening på løkka ved gården hver onsdag.",
    ansvarlig: "ekstern",
    forventet: "Færre konflikter mellom ungdom og andre beboere.",
    indikator: "stoy_konflikter",
  },
  {
    nummer: 15,
    tittel: "Trygg lekeplass",
    beskrivelse: "Gjerde mot parkeringsplassen og nytt dekke under lekeapparatene.",
    ansvarlig: "boligbygg",
    forventet: "Foreldre opplever lekeplassen som trygg for barna.",
    indikator: "trygghet_fellesareal",
  },
  {
    nummer: 7,
    tittel: "Felles gjennomgang av naboklager med Boligbygg",
    beskrivelse: "Naboklager fra adressen tas opp på det faste møtet med Boligbygg hver annen uke.",
    ansvarlig: "bydel",
    forventet: "Støy og konflikter blir løst raskere.",
    indikator: "stoy_konflikter",
  },
];

const SAMLINGER = [
  {
    tittel: "Nettverkssamling: konflikthåndtering i oppgangen",
    sted: "Velferdsetaten, Storgata 51",
    tema: "Kurs i konflikthåndtering med rollespill. Erfaringer fra naboklager som ble løst med samtale.",
    dagerSiden: -20,
  },
  {
    tittel: "Nettverkssamling: beboerråd som varer",
    sted: "Bydel Søndre Nordstrand, nærmiljøkontoret",
    tema: "Søndre Nordstrands metode: bli kjent, bygge tillit, beboerråd, aktiviteter. Hvordan holde rådet i gang.",
    dagerSiden: -110,
  },
  {
    tittel: "Nettverkssamling: bomiljøundersøkelsen 2026",
    sted: "Digitalt (Teams)",
    tema: "Felles skjema, oversettelser og hvordan resultatene brukes i bomiljøplanene.",
    dagerSiden: -200,
  },
  {
    tittel: "Nettverkssamling: samarbeid med Boligbygg",
    sted: "Boligbygg, Trondheimsveien 5",
    tema: "Faste møter mellom bydel og Boligbygg: hva Sagene har lært av ukentlige møter.",
    dagerSiden: -290,
  },
  {
    tittel: "Nettverkssamling: aktiviteter med frivillige",
    sted: "Sogn frivilligsentral",
    tema: "Leksehjelp, dugnad og sommerfest med frivilligsentraler og idrettslag.",
    dagerSiden: 30,
  },
];

const MATERIALE = [
  {
    tittel: "Oslostandard for bomiljøarbeid i kommunale boliger (byrådssak 75/2022)",
    lenke: "https://www.oslo.kommune.no/",
    tekst: null,
  },
  {
    tittel: "Sjekkliste for bydelens plan (Vedlegg 1)",
    lenke: null,
    tekst:
      "De 15 tiltakene med ansvarlig, ansvarlig person, hva som skal utføres og frist eller pågående. Bruk bomiljøplanen i Bomiljø i stedet for regneark.",
  },
  {
    tittel: "Slik starter dere et beboerråd",
    lenke: null,
    tekst:
      "1. Inviter alle beboerne til et informasjonsmøte.\n2. Forklar hva rådet er og hvilke saker det tar opp.\n3. Velg rådet blant dem som melder seg.\n4. Følg opp med månedlige møter på kveldstid.",
  },
];

const BYDEL_STATUS: readonly (readonly [BydelTiltakStatus, number])[] = [
  ["ikke_startet", 1],
  ["planlagt", 2],
  ["i_gang", 3],
  ["pa_plass", 4],
];
const ADRESSE_STATUS: readonly (readonly [AdresseTiltakStatus, number])[] = [
  ["planlagt", 3],
  ["i_gang", 4],
  ["gjennomfort", 2],
  ["avsluttet", 1],
];

export type DemoBomiljoCounts = {
  bydel_tiltak: number;
  adresse_tiltak: number;
  bomiljokoordinator: number;
};

function uuid(r: Random): string {
  const h = Array.from({ length: 16 }, () => r.int(0, 255));
  h[6] = ((h[6] ?? 0) & 0x0f) | 0x40;
  h[8] = ((h[8] ?? 0) & 0x3f) | 0x80;
  const x = h.map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

function navn(r: Random): string {
  const gruppe = pickOpphav(r);
  return `${pickFornavn(r, gruppe, r.chance(0.6) ? "kvinne" : "mann")} ${pickEtternavn(r, gruppe)}`;
}

function epostFor(fulltNavn: string, bydelId: string): string {
  const ascii = fulltNavn
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "o")
    .replace(/å/g, "a")
    .replace(/[^a-z ]/g, "")
    .trim()
    .replace(/\s+/g, ".");
  return `${ascii}@${bydelId}.example.org`;
}

/** A working-hours number in Oslo's 2x xx xx xx range; invented (demo). */
function jobbtelefon(r: Random): string {
  return `2${r.int(1, 4)} ${String(r.int(10, 99))} ${String(r.int(10, 99))} ${String(r.int(10, 99))}`;
}

export async function generateDemoBomiljo(
  db: Kysely<Database>,
  options: { seed: number; size: "full" | "small"; today: string },
): Promise<{ counts: DemoBomiljoCounts }> {
  const root = Random.fromSeed(options.seed).fork("bomiljo");
  const today = options.today;
  const staff = PERSONAS.flatMap((p) => (p.kind === "ansatt" ? [p] : []));
  const maxDensity = Math.max(...BYDELER.map((b) => b.kommunaleBoligerPer1000));
  const counts: DemoBomiljoCounts = { bydel_tiltak: 0, adresse_tiltak: 0, bomiljokoordinator: 0 };
  const koordinatorrader: Insertable<BomiljokoordinatorTable>[] = [];
  const planrader: Insertable<BydelTiltakTable>[] = [];
  const planhistorikk: Insertable<BydelTiltakHistorikkTable>[] = [];
  const adresserader: Insertable<AdresseTiltakTable>[] = [];
  const adressehistorikk: Insertable<AdresseTiltakHistorikkTable>[] = [];
  const eiendommer = await db
    .selectFrom("eiendom")
    .select(["id", "bydel_id", "type"])
    .orderBy("id")
    .execute();

  for (const bydel of BYDELER) {
    const r = root.fork(bydel.id);
    // Maturity: districts with most municipal housing have come furthest (0.3 … 1).
    const modenhet = 0.3 + 0.7 * (bydel.kommunaleBoligerPer1000 / maxDensity);

    // Coordinators (measure 5): the persona in Sagene, 1–3 invented ones elsewhere.
    const persona = staff.find((p) => p.rolle === "bomiljokoordinator" && p.bydelId === bydel.id);
    const antallKoord = modenhet > 0.6 ? 2 : 1;
    const koordinatorer: string[] = [];
    for (let i = 0; i < antallKoord; i++) {
      const kNavn = i === 0 && persona ? persona.navn : navn(r);
      koordinatorer.push(kNavn);
      koordinatorrader.push({
        id: uuid(r),
        bydel_id: bydel.id,
        navn: kNavn,
        telefon: jobbtelefon(r),
        epost: epostFor(kNavn, bydel.id),
        omrade: antallKoord > 1 ? (i === 0 ? "Nordre del av bydelen" : "Søndre del av bydelen") : null,
        aktiv: true,
        rekkefolge: i + 1,
        versjon: 1,
      });
      counts.bomiljokoordinator++;
    }
    const forfatter = persona
      ? { id: `oid:${persona.oid}`, navn: persona.navn }
      : { id: `demo:bomiljokoordinator:${bydel.id}`, navn: koordinatorer[0] ?? "Bomiljøkoordinator" };

    // The district plan: most measures planned, more and further along where there is more municipal housing.
    for (const tiltak of OSLOSTANDARD) {
      if (!r.chance(0.55 + 0.45 * modenhet)) continue;
      const tekster = HVA[tiltak.nummer] ?? [];
      const maal = r.weighted(
        BYDEL_STATUS.map(([s, w]) => [s, s === "pa_plass" || s === "i_gang" ? w * modenhet : w] as const),
      );
      const versjoner = r.int(1, 4);
      const id = uuid(r);
      const ansvarligPerson = tiltak.ansvarlig === "velferdsetaten" ? null : r.pick(koordinatorer);
      const pagaende = tiltak.nummer !== 2 && r.chance(0.5);
      let dag = addDays(today, -r.int(120, 540));
      const rekke: BydelTiltakStatus[] = ["ikke_startet", "planlagt", "i_gang", "pa_plass"];
      const sluttIndeks = rekke.indexOf(maal);
      const startIndeks = Math.max(0, sluttIndeks - versjoner + 1);
      let versjon = 0;
      for (let i = startIndeks; i <= sluttIndeks; i++) {
        versjon++;
        dag = addDays(dag, r.int(10, 90));
        if (dag > today) dag = today;
        const status = rekke[i] as BydelTiltakStatus;
        const tidsfrist = pagaende ? null : addDays(today, r.int(-40, 300));
        const rad = {
          ansvarlig: tiltak.ansvarlig as TiltakAnsvarlig,
          ansvarlig_person: ansvarligPerson,
          hva_skal_utfores: status === "ikke_startet" ? "" : r.pick(tekster),
          tidsfrist,
          pagaende,
          status,
        };
        const endret = new Date(`${dag}T10:${String(r.int(10, 59))}:00Z`);
        const felles = {
          ...rad,
          versjon,
          endret,
          endret_av_id: forfatter.id,
          endret_av_navn: forfatter.navn,
        };
        if (versjon === 1) {
          planrader.push({ id, bydel_id: bydel.id, tiltak_nummer: tiltak.nummer, ...felles });
          counts.bydel_tiltak++;
        } else {
          Object.assign(planrader[planrader.length - 1] ?? {}, felles);
        }
        planhistorikk.push({ id: uuid(r), bydel_tiltak_id: id, bydel_id: bydel.id, ...felles });
      }
    }

    // Address plans: the blocks (gårder) get 1–6 concrete measures; a few scattered units get one.
    for (const e of eiendommer.filter((x) => x.bydel_id === bydel.id)) {
      const er = r.fork(e.id);
      const antall =
        e.type === "gard" ? er.int(1, Math.max(1, Math.round(2 + 4 * modenhet))) : er.chance(0.1) ? 1 : 0;
      const valgt = er.shuffle([...ADRESSE_MALER]).slice(0, antall);
      for (const mal of valgt) {
        const status = er.weighted(ADRESSE_STATUS);
        const pagaende = mal.nummer === 11 || (mal.nummer === 12 && er.chance(0.4));
        const frist = pagaende ? null : addDays(today, er.int(-60, 240));
        const id = uuid(er);
        const endret = new Date(`${addDays(today, -er.int(1, 200))}T09:${String(er.int(10, 59))}:00Z`);
        const rad = {
          tittel: mal.tittel,
          beskrivelse: mal.beskrivelse,
          ansvarlig: mal.ansvarlig,
          ansvarlig_person: mal.ansvarlig === "bydel" ? er.pick(koordinatorer) : null,
          frist,
          pagaende,
          status,
          forventet_endring: mal.forventet,
          indikator: mal.indikator,
        };
        adresserader.push({
          id,
          eiendom_id: e.id,
          bydel_id: bydel.id,
          tiltak_nummer: mal.nummer,
          ...rad,
          idempotens_nokkel: `demo:${id}`,
          versjon: 1,
          opprettet: endret,
          endret,
          endret_av_id: forfatter.id,
          endret_av_navn: forfatter.navn,
        });
        adressehistorikk.push({
          id: uuid(er),
          adresse_tiltak_id: id,
          bydel_id: bydel.id,
          versjon: 1,
          ...rad,
          endret,
          endret_av_id: forfatter.id,
          endret_av_navn: forfatter.navn,
        });
        counts.adresse_tiltak++;
      }
    }
  }
  // Velferdsetaten's network (measure 6): gatherings over the past year, with coordinators and Boligbygg.
  const nr = root.fork("nettverk");
  const forvaltere = ["Frida Forvalter", navn(nr), navn(nr)];
  const samlinger = options.size === "full" ? SAMLINGER : SAMLINGER.slice(0, 3);
  for (const [i, s] of samlinger.entries()) {
    const id = uuid(nr);
    await db
      .insertInto("nettverk_samling")
      .values({
        id,
        tittel: s.tittel,
        dato: addDays(today, s.dagerSiden),
        sted: s.sted,
        tema: s.tema,
        idempotens_nokkel: `demo-samling-${i}`,
        opprettet_av_navn: "Anders Analytiker",
      })
      .execute();
    const deltakere = new Map<string, { navn: string; virksomhet: string }>();
    for (const k of koordinatorrader) {
      const b = BYDELER.find((x) => x.id === k.bydel_id);
      if (b && nr.chance(0.6)) deltakere.set(`${k.navn}`, { navn: k.navn, virksomhet: `Bydel ${b.navn}` });
    }
    for (const f of forvaltere)
      if (nr.chance(0.7)) deltakere.set(f, { navn: f, virksomhet: "Boligbygg Oslo KF" });
    const rader = [...deltakere.values()].map((d) => ({ id: uuid(nr), samling_id: id, ...d }));
    if (rader.length > 0) await db.insertInto("nettverk_deltaker").values(rader).execute();
  }
  await db
    .insertInto("nettverk_materiale")
    .values(
      MATERIALE.map((m, i) => ({
        id: uuid(nr),
        ...m,
        idempotens_nokkel: `demo-materiale-${i}`,
        opprettet_av_navn: "Anders Analytiker",
      })),
    )
    .execute();

  // In chunks: one statement per few hundred rows keeps the small demo fast on PGlite.
  const iBiter = async <T>(rader: T[], sett: (bit: T[]) => Promise<unknown>) => {
    for (let i = 0; i < rader.length; i += 400) await sett(rader.slice(i, i + 400));
  };
  await iBiter(koordinatorrader, (bit) => db.insertInto("bomiljokoordinator").values(bit).execute());
  await iBiter(planrader, (bit) => db.insertInto("bydel_tiltak").values(bit).execute());
  await iBiter(planhistorikk, (bit) => db.insertInto("bydel_tiltak_historikk").values(bit).execute());
  await iBiter(adresserader, (bit) => db.insertInto("adresse_tiltak").values(bit).execute());
  await iBiter(adressehistorikk, (bit) => db.insertInto("adresse_tiltak_historikk").values(bit).execute());
  return { counts };
}
