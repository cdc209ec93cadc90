import { sql, type Insertable, type Kysely } from "kysely";
import type { Boplanmaal, Database, Stegansvarlig } from "../schema";
import { BYDELER } from "../reference/bydeler";
import { addDays, isDate } from "./dates";
import { demoPersonas } from "./personas";
import { Random } from "./random";

/**
 * Demo housing plans (boplaner, docs/domain/leiekontrakt.md): per district a share of the households with an
 * active lease get a plan with a goal, a few steps (some done) and now and then a comment from the tenant. The
 * persona Amina (beboer-sagene, lease ending within six months) always has one, so Min bolig shows it. Leases
 * ending soon come from the housing demo (3- and 5-year leases with spread start dates), which this module
 * leaves alone. Written straight into the tables, without audit rows.
 */
const PER_BYDEL: Record<"full" | "small", number> = { full: 40, small: 4 };

const MAAL: readonly Boplanmaal[] = [
  "bli_boende",
  "bli_boende",
  "leie_privat",
  "kjope_startlan",
  "leie_til_eie",
];
const STEG: Record<Boplanmaal, readonly [string, Stegansvarlig][]> = {
  bli_boende: [
    ["Søke om fornyelse av leiekontrakten", "leietaker"],
    ["Gå gjennom husleie og bostøtte", "saksbehandler"],
    ["Avtale hjemmebesøk", "booppfolger"],
  ],
  leie_privat: [
    ["Lage budsjett for privat leie", "nav"],
    ["Søke om depositumsgaranti", "leietaker"],
    ["Se på leiligheter sammen", "booppfolger"],
  ],
  kjope_startlan: [
    ["Avklare betjeningsevne for startlån", "saksbehandler"],
    ["Spare til egenkapital etter plan", "leietaker"],
    ["Søke om startlån", "leietaker"],
  ],
  leie_til_eie: [
    ["Informasjonsmøte om leie til eie", "saksbehandler"],
    ["Vurdere boliger i ordningen", "leietaker"],
  ],
};
const MAALTEKST: Record<Boplanmaal, string> = {
  bli_boende: "Vil bo videre i boligen. Barna går på skolen i nærheten.",
  leie_privat: "Ønsker å leie privat når økonomien tillater det.",
  kjope_startlan: "Har fast jobb og vil kjøpe egen bolig med startlån.",
  leie_til_eie: "Vil prøve leie til eie i et borettslag i bydelen.",
};
const KOMMENTARER = [
  "Jeg har begynt å spare hver måned.",
  "Kan vi ta et møte etter sommeren?",
  "Takk for hjelpen med budsjettet.",
];

export async function generateDemoLeiekontrakt(
  db: Kysely<Database>,
  options: { seed: number; size: "full" | "small"; today: string },
): Promise<{ counts: { boplan: number; boplan_steg: number; boplan_kommentar: number } }> {
  if (!isDate(options.today)) throw new Error(`Ugyldig dato for today: ${options.today}`);
  const root = Random.fromSeed(options.seed).fork("leiekontrakt");
  const today = options.today;
  const personaFnr = new Set(
    demoPersonas()
      .filter((p) => p.personaId === "beboer-sagene")
      .map((p) => p.fodselsnummer),
  );
  const plans: Insertable<Database["boplan"]>[] = [];
  const steg: Insertable<Database["boplan_steg"]>[] = [];
  const kommentarer: Insertable<Database["boplan_kommentar"]>[] = [];

  for (const bydel of BYDELER) {
    const r = root.fork(bydel.id);
    const { rows } = await sql<{
      husstand_id: string;
      sluttdato: string | null;
      fnr: string | null;
      fornavn: string | null;
      etternavn: string | null;
    }>`
      select lk.husstand_id, lk.sluttdato::text as sluttdato, p.fodselsnummer as fnr, p.fornavn, p.etternavn
      from leiekontrakt lk
      join bolig bo on bo.id = lk.bolig_id
      left join husstand_medlem m on m.husstand_id = lk.husstand_id and m.rolle = 'hovedperson'
      left join person p on p.id = m.person_id
      where lk.status = 'aktiv' and bo.bydel_id = ${bydel.id}
      order by lk.id`.execute(db);
    const persona = rows.filter((row) => row.fnr && personaFnr.has(row.fnr));
    const andre = r.shuffle(rows.filter((row) => !(row.fnr && personaFnr.has(row.fnr))));
    const valgt = [...persona, ...andre.slice(0, PER_BYDEL[options.size])];
    for (const row of valgt) {
      const pr = r.fork(row.husstand_id);
      const erPersona = persona.includes(row);
      const maal: Boplanmaal = erPersona ? "kjope_startlan" : pr.pick(MAAL);
      const id = pr.uuid();
      const opprettet = addDays(today, -pr.int(30, 700));
      const neste =
        row.sluttdato && addDays(row.sluttdato, -183) > today
          ? addDays(row.sluttdato, -183)
          : addDays(today, pr.int(-20, 300));
      plans.push({
        id,
        husstand_id: row.husstand_id,
        bydel_id: bydel.id,
        maal,
        maal_beskrivelse: MAALTEKST[maal],
        neste_gjennomgang: neste,
        sist_gjennomgatt: pr.chance(0.5) ? addDays(opprettet, pr.int(0, 20)) : null,
        versjon: 1,
        endret_av_navn: "Demo Saksbehandler",
        opprettet: new Date(`${opprettet}T09:00:00Z`),
        endret: new Date(`${opprettet}T09:00:00Z`),
      });
      STEG[maal].forEach(([beskrivelse, ansvarlig], i) => {
        const frist = addDays(opprettet, 60 * (i + 1));
        steg.push({
          id: pr.uuid(),
          boplan_id: id,
          beskrivelse,
          ansvarlig,
          frist,
          fullfort: frist < today && pr.chance(0.7) ? frist : null,
          opprettet: new Date(`${opprettet}T09:05:00Z`),
        });
      });
      if (!erPersona && pr.chance(0.3) && row.fornavn) {
        kommentarer.push({
          id: pr.uuid(),
          boplan_id: id,
          aktor_id: "demo-beboer",
          aktor_navn: `${row.fornavn} ${row.etternavn}`,
          fra_leietaker: true,
          tekst: pr.pick(KOMMENTARER),
          opprettet: new Date(`${addDays(opprettet, 10)}T18:00:00Z`),
        });
      }
    }
  }
  for (let i = 0; i < plans.length; i += 500)
    await db
      .insertInto("boplan")
      .values(plans.slice(i, i + 500))
      .execute();
  for (let i = 0; i < steg.length; i += 500)
    await db
      .insertInto("boplan_steg")
      .values(steg.slice(i, i + 500))
      .execute();
  if (kommentarer.length > 0) await db.insertInto("boplan_kommentar").values(kommentarer).execute();
  return { counts: { boplan: plans.length, boplan_steg: steg.length, boplan_kommentar: kommentarer.length } };
}
