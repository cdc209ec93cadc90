import type { Insertable, Kysely } from "kysely";
import { PERSONAS } from "../../auth/test-idp/personas";
import type {
  Database,
  NaboklageKategori,
  NaboklageStegTable,
  NaboklageStegType,
  NaboklageTable,
  NaboklageUtfall,
} from "../schema";
import { addDays } from "./dates";
import { lavestForst, naboskapOgTrygghet } from "./lave-skarer.server";
import { Random } from "./random";

/**
 * Neighbour complaints: about 4 a year per 100 municipal homes over two years, 70 % of them in the fifth of each
 * district's blocks with the lowest survey scores for neighbourliness and safety (lave-skarer.server.ts). Each has the steps a real one would: talks
 * first, then mediation, and for some a warning and a lease-breach process from Boligbygg.
 */
const PER_100_BOLIGER_PER_AAR = 4;
const AAR = 2;

const TEKSTER: Record<NaboklageKategori, readonly string[]> = {
  stoy: [
    "Høy musikk og fester flere netter i uken, ofte etter midnatt.",
    "Banking og roping fra leiligheten over, også om natten.",
  ],
  royk: ["Røyk fra balkongen under trekker inn i soverommet hver kveld.", "Det røykes i trappeoppgangen."],
  trusler: [
    "Naboen har truet klageren i trappen flere ganger.",
    "Klageren er blitt kjeftet på og truet ved postkassene.",
  ],
  dyr: ["Hunden bjeffer hele dagen når eieren er borte.", "Katter fôres på balkongen og det lukter vondt."],
  avfall: ["Søppelsekker settes i trappen i stedet for i containeren.", "Det kastes avfall fra balkongen."],
  besokende: ["Mange besøkende kommer og går hele natten.", "Ukjente besøkende sover i oppgangen."],
};
const NOTATER: Record<NaboklageStegType, readonly string[]> = {
  samtale: ["Samtale med begge parter hver for seg.", "Hjemmebesøk hos den det klages på; lovet bedring."],
  mekling: [
    "Meklingsmøte med begge parter; enighet om stille tider.",
    "Mekling gjennomført, delvis enighet.",
  ],
  advarsel: [
    "Skriftlig advarsel etter husleieloven § 9-9 sendt.",
    "Advarsel om brudd på husordensreglene sendt.",
  ],
  mislighold: [
    "Varsel om oppsigelse sendt etter gjentatte brudd.",
    "Saken er sendt til vurdering av heving.",
  ],
};

export async function generateDemoNaboklager(
  db: Kysely<Database>,
  options: { seed: number; size: "full" | "small"; today: string },
): Promise<{ counts: { naboklage: number; naboklage_steg: number } }> {
  const root = Random.fromSeed(options.seed).fork("naboklage");
  const boliger = await db
    .selectFrom("bolig")
    .innerJoin("eiendom", "eiendom.id", "bolig.eiendom_id")
    .leftJoin("leiekontrakt", (join) =>
      join.onRef("leiekontrakt.bolig_id", "=", "bolig.id").on("leiekontrakt.status", "=", "aktiv"),
    )
    .select(["bolig.id", "bolig.eiendom_id", "bolig.bydel_id", "eiendom.type", "leiekontrakt.husstand_id"])
    .orderBy("bolig.id")
    .execute();
  const perEiendom = new Map<string, typeof boliger>();
  for (const b of boliger) perEiendom.set(b.eiendom_id, [...(perEiendom.get(b.eiendom_id) ?? []), b]);
  const staff = PERSONAS.flatMap((p) => (p.kind === "ansatt" ? [p] : []));
  const forvalter = staff.find((p) => p.rolle === "forvalter");
  const bb = {
    id: forvalter ? `oid:${forvalter.oid}` : "demo:forvalter",
    navn: forvalter?.navn ?? "Boligbygg",
  };
  const klager: Insertable<NaboklageTable>[] = [];
  const steg: Insertable<NaboklageStegTable>[] = [];
  const bydeler = [...new Set(boliger.map((b) => b.bydel_id))].sort();
  const skarer = await naboskapOgTrygghet(db);
  for (const bydelId of bydeler) {
    const rng = root.fork(bydelId);
    const persona = staff.find((p) => p.rolle === "bomiljokoordinator" && p.bydelId === bydelId);
    const behandler = persona
      ? { id: `oid:${persona.oid}`, navn: persona.navn }
      : { id: `demo:bomiljokoordinator-${bydelId}`, navn: "Bomiljøkoordinator" };
    const garder = [...perEiendom.entries()]
      .filter(([, bs]) => bs[0]!.bydel_id === bydelId && bs[0]!.type === "gard" && bs.length >= 2)
      .map(([id]) => id);
    if (garder.length === 0) continue;
    const antallBoliger = boliger.filter((b) => b.bydel_id === bydelId).length;
    const antall = Math.max(3, Math.round((antallBoliger / 100) * PER_100_BOLIGER_PER_AAR * AAR));
    const varme = lavestForst(rng.shuffle([...garder]), (id) => id, skarer).slice(
      0,
      Math.max(1, Math.ceil(garder.length / 5)),
    );
    for (let i = 0; i < antall; i++) {
      const eiendomId = rng.chance(0.7) ? rng.pick(varme) : rng.pick(garder);
      const bs = perEiendom.get(eiendomId)!;
      const [a, b] = rng.shuffle([...bs]).slice(0, 2) as [(typeof bs)[number], (typeof bs)[number]];
      const alder = i === 0 ? 5 : rng.int(0, 365 * AAR);
      const opprettet = addDays(options.today, -alder);
      const kategori = rng.weighted<NaboklageKategori>([
        ["stoy", 45],
        ["royk", 10],
        ["trusler", 10],
        ["dyr", 10],
        ["avfall", 15],
        ["besokende", 10],
      ]);
      const id = rng.uuid();
      const typer: NaboklageStegType[] = [];
      if (alder > 7) typer.push("samtale");
      if (alder > 30 && rng.chance(0.4)) typer.push("mekling");
      if (alder > 45 && rng.chance(0.25)) typer.push("advarsel");
      if (alder > 90 && typer.includes("advarsel") && rng.chance(0.3)) typer.push("mislighold");
      typer.forEach((type, n) => {
        const side = type === "samtale" || type === "mekling" ? "bydel" : "boligbygg";
        const av = side === "bydel" ? behandler : bb;
        steg.push({
          id: rng.uuid(),
          naboklage_id: id,
          lopenummer: n + 1,
          type,
          side,
          dato: addDays(opprettet, 5 + n * 14),
          notat: rng.pick(NOTATER[type]),
          registrert_av_id: av.id,
          registrert_av_navn: av.navn,
        });
      });
      const avsluttes = alder > 60 && rng.chance(0.8);
      const utfall: NaboklageUtfall | null = avsluttes
        ? typer.includes("mislighold")
          ? "leieforhold_avsluttet"
          : rng.weighted<NaboklageUtfall>([
              ["lost", 50],
              ["ikke_grunnlag", 20],
              ["flyttet", 15],
              ["uten_losning", 15],
            ])
        : null;
      klager.push({
        id,
        bydel_id: bydelId,
        eiendom_id: eiendomId,
        kilde: "beboer",
        bekymring_id: null,
        klager_bolig_id: a.id,
        klager_husstand_id: a.husstand_id,
        klager_skjult: rng.chance(0.3),
        innklaget_bolig_id: b.id,
        innklaget_husstand_id: b.husstand_id,
        kategori,
        beskrivelse: rng.pick(TEKSTER[kategori]),
        behandler_id: behandler.id,
        behandler_navn: behandler.navn,
        status: utfall ? "avsluttet" : "apen",
        utfall,
        opprettet,
        avsluttet: utfall ? addDays(opprettet, 14 * typer.length + 20) : null,
        opprettet_nokkel: rng.uuid(),
        versjon: 1,
      });
    }
  }
  for (let i = 0; i < klager.length; i += 500) {
    await db
      .insertInto("naboklage")
      .values(klager.slice(i, i + 500))
      .execute();
  }
  for (let i = 0; i < steg.length; i += 500) {
    await db
      .insertInto("naboklage_steg")
      .values(steg.slice(i, i + 500))
      .execute();
  }
  return { counts: { naboklage: klager.length, naboklage_steg: steg.length } };
}
