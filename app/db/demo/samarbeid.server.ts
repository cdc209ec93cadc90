import type { Kysely } from "kysely";
import type { Database, Motserietype, Tiltaksstatus } from "../schema";
import { PERSONAS } from "../../auth/test-idp/personas";
import { addDays, addMonths, isDato, type Dato } from "../../lib/frister";
import { BEBOERMOTE_DAGSORDEN } from "../../modules/samarbeid/moter.server";
import { BYDELER } from "../reference/bydeler";
import { Random } from "./random";

/**
 * Demo cooperation meetings, resident bodies and activities (docs/domain/samarbeid.md): in every district the
 * three standing series (district–Boligbygg, NAV–district, resource team) with past meetings, minutes and
 * action items in every state (some overdue), resident bodies at a share of the blocks in every establishment
 * state, and activities with partners. Districts with more municipal housing get more. The Sagene and
 * Boligbygg personas take part, so their "Mine oppgaver" has content. Written straight into the tables.
 */

export const SAGENE_DAGSORDEN = [
  "Tildelinger",
  "Klager",
  "Husleierestanser",
  "Bomiljøproblemer",
  "Dugnader",
  "Beboermøter",
];
const NAV_DAGSORDEN = [
  "Nye bosettinger",
  "Økonomi og husleie",
  "Arbeid og aktivitet",
  "Saker til oppfølging",
];
const RESSURS_DAGSORDEN = ["Beboere med behov for oppfølging", "Bomiljø i oppgangene", "Tjenester og tilbud"];

const SOSIALE_TILTAK = [
  "Følge opp husstand med bekymring for barna",
  "Kalle inn til samtale etter naboklager om rus",
  "Avklare oppfølgingsbehov etter utskriving",
  "Koordinere booppfølging med NAV",
];
const BOLIGBYGG_TILTAK = [
  "Skifte lyspærer i kjelleren",
  "Reparere inngangsdør som ikke låser",
  "Rydde sykler fra trappeoppgangen",
  "Innkalle til dugnad i bakgården",
  "Sende varsel om husleierestanse",
  "Følge opp klage på støy fra ventilasjon",
  "Sette opp ny oppslagstavle",
  "Sjekke fukt i kjellerbod",
];
const REFERAT = [
  "Gjennomgått status. Ingen nye saker.",
  "Bydelen orienterte om to nye tildelinger. Boligbygg følger opp nøkler.",
  "Flere klager på søppel i bakgården. Avtalt felles befaring.",
  "Dugnad planlagt i mai. Bydelen kjøper inn hansker og sekker.",
];

const STAFF_FORNAVN = ["Kari", "Ola", "Ingrid", "Ahmed", "Maria", "Jonas", "Fatima", "Lars", "Sara", "Erik"];
const STAFF_ETTERNAVN = ["Nilsen", "Hansen", "Berg", "Ali", "Johansen", "Lie", "Haugen", "Dahl"];

const BEBOERNAVN_FORNAVN = [
  "Aisha",
  "Tor",
  "Hanne",
  "Yusuf",
  "Marta",
  "Omid",
  "Grete",
  "Liban",
  "Olga",
  "Nils",
];
const BEBOERNAVN_ETTERNAVN = [
  "Abdi",
  "Olsen",
  "Kowalski",
  "Rahimi",
  "Pettersen",
  "Farah",
  "Berg",
  "Kovalenko",
];

type Size = "full" | "small";

function actorId(personaId: string): string | null {
  const p = PERSONAS.find((x) => x.id === personaId);
  return p && "oid" in p ? `oid:${p.oid}` : null;
}

/** Staff actor ids for invented colleagues (never a real identity provider subject). */
const demoAktor = (bydel: string, n: number) => `demo:${bydel}:${n}`;

export async function generateDemoSamarbeid(
  trx: Kysely<Database>,
  { seed, size, today }: { seed: number | string; size: Size; today: string },
): Promise<{ counts: Record<string, number> }> {
  if (!isDato(today)) throw new Error("today må være en dato");
  const idag = today as Dato;
  const rng = Random.fromSeed(seed).fork("samarbeid");
  const counts: Record<string, number> = {
    motserie: 0,
    mote: 0,
    tiltakspunkt: 0,
    beboerorgan: 0,
    aktivitet: 0,
  };
  const koordinatorSagene = actorId("bomiljokoordinator-sagene")!;
  const forvalter = actorId("forvalter-boligbygg")!;
  const forvalterNavn = PERSONAS.find((p) => p.id === "forvalter-boligbygg")!.navn;
  const koordinatorNavn = PERSONAS.find((p) => p.id === "bomiljokoordinator-sagene")!.navn;

  for (const bydel of BYDELER) {
    const r = rng.fork(bydel.id);
    const staff = Array.from({ length: 4 }, (_, i) => ({
      aktor_id: demoAktor(bydel.id, i),
      navn: `${r.pick(STAFF_FORNAVN)} ${r.pick(STAFF_ETTERNAVN)}`,
    }));
    const koordinator =
      bydel.id === "sagene" ? { aktor_id: koordinatorSagene, navn: koordinatorNavn } : staff[0]!;
    const nav = {
      aktor_id: demoAktor(`${bydel.id}-nav`, 0),
      navn: `${r.pick(STAFF_FORNAVN)} ${r.pick(STAFF_ETTERNAVN)}`,
    };
    const eiendommer = await trx
      .selectFrom("eiendom")
      .select(["id", "gateadresse"])
      .where("bydel_id", "=", bydel.id)
      .where("type", "=", "gard")
      .orderBy("id")
      .execute();
    // More meetings, councils and activities where there is more municipal housing.
    const tetthet = bydel.kommunaleBoligerPer1000;
    const ukerTilbake = size === "small" ? 6 : Math.min(26, 8 + tetthet);

    const serier: { type: Motserietype; navn: string; dager: number; dagsorden: string[] }[] = [
      {
        type: "bydel_boligbygg",
        navn: `Bydel ${bydel.navn} og Boligbygg`,
        dager: tetthet >= 20 ? 7 : 14,
        dagsorden: SAGENE_DAGSORDEN,
      },
      { type: "nav_bydel", navn: `NAV ${bydel.navn} og bydelen`, dager: 14, dagsorden: NAV_DAGSORDEN },
      { type: "ressursteam", navn: `Ressursteam ${bydel.navn}`, dager: 28, dagsorden: RESSURS_DAGSORDEN },
    ];
    for (const s of serier) {
      const serieId = r.uuid();
      counts.motserie!++;
      await trx
        .insertInto("motserie")
        .values({
          id: serieId,
          bydel_id: bydel.id,
          type: s.type,
          navn: s.navn,
          hyppighet: s.dager === 7 ? "ukentlig" : s.dager === 14 ? "annenhver_uke" : "maanedlig",
          dagsorden: JSON.stringify(s.dagsorden),
        })
        .execute();
      const deltakere = [
        { ...koordinator, organisasjon: "bydel" as const },
        { ...staff[1]!, organisasjon: "bydel" as const },
        ...(s.type === "bydel_boligbygg"
          ? [{ aktor_id: forvalter, navn: forvalterNavn, organisasjon: "boligbygg" as const }]
          : []),
        ...(s.type === "nav_bydel" ? [{ ...nav, organisasjon: "nav" as const }] : []),
        ...(s.type === "ressursteam"
          ? [
              { ...staff[2]!, organisasjon: "bydel" as const },
              { ...nav, organisasjon: "nav" as const },
            ]
          : []),
      ];
      await trx
        .insertInto("motedeltaker")
        .values(deltakere.map((d) => ({ id: r.uuid(), bydel_id: bydel.id, motserie_id: serieId, ...d })))
        .execute();
      const antall = Math.max(2, Math.floor((ukerTilbake * 7) / s.dager));
      for (let i = antall; i >= -1; i--) {
        const dato = addDays(idag, -i * s.dager + (i === -1 ? 0 : 0));
        const holdt = i > 0;
        const moteId = r.uuid();
        counts.mote!++;
        await trx
          .insertInto("mote")
          .values({
            id: moteId,
            bydel_id: bydel.id,
            motserie_id: serieId,
            dato: i === -1 ? addDays(idag, s.dager) : dato,
            status: holdt ? "holdt" : "planlagt",
            opprettet_av_id: koordinator.aktor_id,
          })
          .execute();
        const sosialSerie = s.type !== "bydel_boligbygg";
        await trx
          .insertInto("dagsordenpunkt")
          .values(
            s.dagsorden.map((tittel, nr) => ({
              id: r.uuid(),
              bydel_id: bydel.id,
              mote_id: moteId,
              nr: nr + 1,
              tittel,
              referat: holdt ? r.pick(REFERAT) : null,
              vedtak: null,
              sosialt: sosialSerie,
            })),
          )
          .execute();
        if (!holdt) continue;
        const nTiltak = r.int(0, 2);
        for (let j = 0; j < nTiltak; j++) {
          const sosialt = sosialSerie || r.chance(0.2);
          const eier = r.pick(deltakere);
          const frist = addDays(dato, r.int(7, 35));
          const status: Tiltaksstatus =
            frist < idag
              ? r.chance(0.7)
                ? "utfort"
                : r.chance(0.8)
                  ? "apen"
                  : "avbrutt"
              : r.chance(0.3)
                ? "pagar"
                : "apen";
          counts.tiltakspunkt!++;
          await trx
            .insertInto("tiltakspunkt")
            .values({
              id: r.uuid(),
              bydel_id: bydel.id,
              mote_id: moteId,
              beskrivelse: sosialt ? r.pick(SOSIALE_TILTAK) : r.pick(BOLIGBYGG_TILTAK),
              eier_aktor_id:
                sosialt && eier.organisasjon === "boligbygg" ? koordinator.aktor_id : eier.aktor_id,
              eier_navn: sosialt && eier.organisasjon === "boligbygg" ? koordinator.navn : eier.navn,
              eier_organisasjon: sosialt && eier.organisasjon === "boligbygg" ? "bydel" : eier.organisasjon,
              frist,
              status,
              utfort: status === "utfort" ? addDays(frist, -r.int(0, 5)) : null,
              eiendom_id: eiendommer.length > 0 && r.chance(0.7) ? r.pick(eiendommer).id : null,
              sosialt,
              opprettet_av_id: koordinator.aktor_id,
            })
            .execute();
        }
      }
    }

    // Resident bodies: a share of the blocks, in every establishment state; monthly meetings when active.
    const andel = size === "small" ? 0.5 : Math.min(0.6, 0.15 + tetthet / 100);
    const blokker = eiendommer.filter(() => r.chance(andel)).slice(0, size === "small" ? 3 : 40);
    for (const [i, e] of blokker.entries()) {
      const status = (
        ["aktiv", "aktiv", "valg", "informasjonsmote", "invitasjon", "aktiv", "nedlagt"] as const
      )[i % 7]!;
      const type = (["beboerrad", "gardsstyre", "gardskomite", "ungdommens_beboerrad"] as const)[i % 4]!;
      const organId = r.uuid();
      counts.beboerorgan!++;
      await trx
        .insertInto("beboerorgan")
        .values({
          id: organId,
          bydel_id: bydel.id,
          eiendom_id: e.id,
          type,
          navn: `${type === "ungdommens_beboerrad" ? "Ungdommens beboerråd" : type === "gardsstyre" ? "Gårdsstyret" : type === "gardskomite" ? "Gårdskomiteen" : "Beboerrådet"} i ${e.gateadresse}`,
          status,
          opprettet_av_id: koordinator.aktor_id,
        })
        .execute();
      const steg = ["invitasjon", "informasjonsmote", "valg", "aktiv", "nedlagt"] as const;
      const n = steg.indexOf(status);
      await trx
        .insertInto("beboerorgan_logg")
        .values(
          steg.slice(0, n + 1).map((st, j) => ({
            beboerorgan_id: organId,
            status: st,
            dato: addMonths(idag, -(n - j) * 2 - 1),
            merknad: null,
            aktor_navn: koordinator.navn,
          })),
        )
        .execute();
      if (n >= 2) {
        const medlemmer = r.int(3, 7);
        await trx
          .insertInto("beboerorgan_medlem")
          .values(
            Array.from({ length: medlemmer }, (_, j) => ({
              id: r.uuid(),
              bydel_id: bydel.id,
              beboerorgan_id: organId,
              navn: `${r.pick(BEBOERNAVN_FORNAVN)} ${r.pick(BEBOERNAVN_ETTERNAVN)}`,
              verv:
                status === "valg"
                  ? ("frivillig" as const)
                  : j === 0
                    ? ("leder" as const)
                    : j === 1
                      ? ("nestleder" as const)
                      : ("medlem" as const),
              fra: addMonths(idag, -4),
              til: status === "nedlagt" ? addMonths(idag, -1) : null,
            })),
          )
          .execute();
      }
      if (status === "aktiv") {
        for (let m = 3; m >= 0; m--) {
          const moteId = r.uuid();
          counts.mote!++;
          await trx
            .insertInto("mote")
            .values({
              id: moteId,
              bydel_id: bydel.id,
              beboerorgan_id: organId,
              dato: m === 0 ? addDays(idag, 14) : addMonths(idag, -m),
              status: m === 0 ? "planlagt" : "holdt",
              opprettet_av_id: koordinator.aktor_id,
            })
            .execute();
          await trx
            .insertInto("dagsordenpunkt")
            .values(
              BEBOERMOTE_DAGSORDEN.map((tittel, nr) => ({
                id: r.uuid(),
                bydel_id: bydel.id,
                mote_id: moteId,
                nr: nr + 1,
                tittel,
                referat: m === 0 ? null : r.pick(REFERAT),
                vedtak: null,
                sosialt: false,
              })),
            )
            .execute();
        }
      }
    }

    // Activities and external partners at a share of the blocks (more where there is more municipal housing).
    const aktivBlokker = eiendommer.filter(() =>
      r.chance(size === "small" ? 0.6 : Math.min(0.7, 0.2 + tetthet / 80)),
    );
    for (const e of aktivBlokker.slice(0, size === "small" ? 3 : 60)) {
      const partnere = Array.from({ length: r.int(0, 2) }, () => {
        const p = r.pick(PARTNERE);
        return {
          id: r.uuid(),
          bydel_id: bydel.id,
          eiendom_id: e.id,
          navn: `${p.navn} ${bydel.navn}`,
          type: p.type,
          kontakt: null,
        };
      });
      if (partnere.length > 0) await trx.insertInto("partner").values(partnere).execute();
      const rader = [];
      const antall = size === "small" ? 4 : r.int(4, 10);
      for (let i = 0; i < antall; i++) {
        const mal = r.pick(AKTIVITETER);
        const dato = addDays(idag, r.int(-60, 90));
        const fortid = dato < idag;
        const partner = mal.arrangor === "partner" ? partnere[0] : undefined;
        rader.push({
          id: r.uuid(),
          bydel_id: bydel.id,
          eiendom_id: e.id,
          serie_id: null,
          type: mal.type,
          tittel: mal.tittel,
          dato,
          start: mal.start,
          slutt: mal.slutt,
          sted: mal.sted,
          arrangor: partner
            ? ("partner" as const)
            : mal.arrangor === "partner"
              ? ("bydel" as const)
              : mal.arrangor,
          partner_id: partner?.id ?? null,
          status: fortid
            ? r.chance(0.9)
              ? ("gjennomfort" as const)
              : ("avlyst" as const)
            : r.chance(0.5)
              ? ("bekreftet" as const)
              : r.chance(0.85)
                ? ("planlagt" as const)
                : ("utsatt" as const),
          deltakere: fortid ? r.int(4, 45) : null,
          budsjett: r.chance(0.6) ? r.int(2, 40) * 250 : null,
          kunngjoring_nb: mal.nb,
          kunngjoring_en: mal.en,
          opprettet_av_id: koordinator.aktor_id,
          nokkel: null,
        });
      }
      counts.aktivitet! += rader.length;
      await trx.insertInto("aktivitet").values(rader).execute();
    }
  }
  return { counts };
}

const PARTNERE = [
  { navn: "Frivilligsentralen", type: "frivilligsentral" as const },
  { navn: "Idrettslaget", type: "idrettslag" as const },
  { navn: "Skolen", type: "skole" as const },
  { navn: "Biblioteket", type: "bibliotek" as const },
];

const AKTIVITETER = [
  {
    type: "dugnad" as const,
    tittel: "Vårdugnad i bakgården",
    start: "17:00",
    slutt: "20:00",
    sted: "Bakgården",
    arrangor: "beboere" as const,
    nb: "Vi rydder bakgården sammen. Bydelen stiller med hansker, sekker og pizza.",
    en: "We tidy the backyard together. The district brings gloves, bags and pizza.",
  },
  {
    type: "grillfest" as const,
    tittel: "Grillfest for alle",
    start: "16:00",
    slutt: "19:00",
    sted: "Bakgården",
    arrangor: "bydel" as const,
    nb: "Velkommen til grillfest! Ta med naboen.",
    en: "Welcome to a barbecue! Bring your neighbour.",
  },
  {
    type: "leksehjelp" as const,
    tittel: "Leksehjelp",
    start: "15:00",
    slutt: "17:00",
    sted: "Felleslokalet",
    arrangor: "partner" as const,
    nb: "Gratis leksehjelp for barn og unge.",
    en: "Free homework help for children and young people.",
  },
  {
    type: "fredagskaffe" as const,
    tittel: "Fredagskaffe",
    start: "10:00",
    slutt: "12:00",
    sted: "Nærmiljøkontoret",
    arrangor: "bydel" as const,
    nb: "Kom innom for en kopp kaffe og en prat.",
    en: "Drop in for a cup of coffee and a chat.",
  },
  {
    type: "tur" as const,
    tittel: "Tur til Sognsvann",
    start: "11:00",
    slutt: "15:00",
    sted: "Oppmøte ved inngangen",
    arrangor: "partner" as const,
    nb: "Felles tur med matpakke. Alle er velkomne.",
    en: "A walk together with a packed lunch. Everyone is welcome.",
  },
  {
    type: "sprakkafe" as const,
    tittel: "Språkkafé",
    start: "18:00",
    slutt: "20:00",
    sted: "Felleslokalet",
    arrangor: "partner" as const,
    nb: "Øv på norsk sammen med frivillige.",
    en: "Practise Norwegian with volunteers.",
  },
  {
    type: "syttende_mai" as const,
    tittel: "17. mai-feiring",
    start: "12:00",
    slutt: "15:00",
    sted: "Bakgården",
    arrangor: "beboere" as const,
    nb: "Leker, is og pølser i bakgården.",
    en: "Games, ice cream and hot dogs in the backyard.",
  },
];
