import type { Insertable } from "kysely";
import type {
  HusstandMedlemTable,
  HusstandOppfolgingTable,
  HusstandTable,
  LeiekontraktTable,
  PersonTable,
} from "../schema";
import { generateSynthetic } from "../../lib/fodselsnummer";
import { addDays, addYears, ageOn, daysBetween } from "./dates";
import { demoEpost, demoTelefon, pickEtternavn, pickFornavn, pickOpphav, type Kjonn } from "./names";
import type { Random } from "./random";
import type { DemoBolig } from "./stock";

export type People = {
  person: Insertable<PersonTable>[];
  husstand: Insertable<HusstandTable>[];
  husstand_medlem: Insertable<HusstandMedlemTable>[];
  husstand_oppfolging: Insertable<HusstandOppfolgingTable>[];
  leiekontrakt: Insertable<LeiekontraktTable>[];
};

type Rolle = Insertable<HusstandMedlemTable>["rolle"];
type Member = { rolle: Rolle; alder: number; kjonn: Kjonn; gruppe: string; etternavn?: string };

/** How many years back the lease history of earlier households reaches. */
const HISTORY_YEARS = 3;
/**
 * Mean of the drawn time since moving in (exponential; a contract that began
 * earlier moves it back). Tuned so that about 13 % of homes change tenant a year.
 */
const MEAN_TENURE_YEARS = 3.4;

export type PersonaSpec = {
  fodselsnummer: string;
  fornavn: string;
  etternavn: string;
  fodselsdato: string;
  members: Member[];
  leaseYears: 3 | 5;
  /** Days from today until the active lease ends. */
  endsInDays: number;
};

export class PeopleFactory {
  readonly rows: People = {
    person: [],
    husstand: [],
    husstand_medlem: [],
    husstand_oppfolging: [],
    leiekontrakt: [],
  };
  readonly #fnr = new Set<string>();

  constructor(
    private readonly random: Random,
    private readonly today: string,
    reservedFodselsnummer: readonly string[],
  ) {
    for (const fnr of reservedFodselsnummer) this.#fnr.add(fnr);
  }

  /** The current household, its active lease and the history before it, for a let unit. */
  letUnit(bolig: DemoBolig): void {
    const r = this.random;
    const members = composeHousehold(r, bolig.rom);
    const husstandId = this.#household(bolig.bydel_id, members);
    const hovedAlder = members[0]!.alder;

    const tenure = Math.min(-Math.log(1 - r.next()) * MEAN_TENURE_YEARS, 35, Math.max(0.1, hovedAlder - 18));
    let moveIn = addDays(this.today, -Math.max(20, Math.round(tenure * 365.25)));
    const rent = rentFor(bolig);

    const indefinite = (hovedAlder >= 67 && r.chance(0.5)) || r.chance(0.03);
    if (indefinite) {
      this.#lease(bolig.id, husstandId, moveIn, null, rent, "aktiv", null);
    } else {
      const years = r.chance(0.56) ? 3 : 5;
      const end = addDays(this.today, r.int(1, years * 365));
      const start = addDays(addYears(end, -years), 1);
      if (start <= moveIn) {
        moveIn = start;
      } else {
        // A renewal: the same household's previous contract, ended the day before this one began.
        const prevYears = r.chance(0.5) ? 3 : 5;
        const prevEnd = addDays(start, -1);
        const prevStart = addYears(start, -prevYears);
        if (prevStart < moveIn) moveIn = prevStart;
        this.#lease(
          bolig.id,
          husstandId,
          prevStart,
          prevEnd,
          indexed(rent, prevStart, this.today),
          "avsluttet",
          prevEnd,
        );
      }
      this.#lease(bolig.id, husstandId, start, end, rent, "aktiv", null);
    }

    // Follow-up needed for about 17 %; a "no" on record for a third; no record for the rest.
    const roll = r.next();
    if (roll < 0.5) {
      const registrert = addDays(moveIn, r.int(0, Math.max(0, daysBetween(moveIn, this.today))));
      this.rows.husstand_oppfolging.push({
        husstand_id: husstandId,
        oppfolgingsbehov: roll < 0.17,
        registrert,
      });
    }
    this.#earlierTenants(bolig, addDays(moveIn, -r.int(14, 120)));
  }

  /** Earlier tenants of a unit that is not let now: the last one moved out `daysAgo` days ago. */
  vacantUnit(bolig: DemoBolig, daysAgo: number): void {
    this.#earlierTenants(bolig, addDays(this.today, -daysAgo));
  }

  /** A persona's household, exactly as the test identity provider presents it. */
  personaUnit(bolig: DemoBolig, spec: PersonaSpec): void {
    const r = this.random;
    const husstandId = r.uuid();
    this.rows.husstand.push({ id: husstandId, bydel_id: bolig.bydel_id });
    const personId = r.uuid();
    this.#fnr.add(spec.fodselsnummer);
    this.rows.person.push({
      id: personId,
      fodselsnummer: spec.fodselsnummer,
      fornavn: spec.fornavn,
      etternavn: spec.etternavn,
      fodselsdato: spec.fodselsdato,
      telefon: demoTelefon(r),
      epost: demoEpost(r, spec.fornavn, spec.etternavn),
    });
    this.rows.husstand_medlem.push({ husstand_id: husstandId, person_id: personId, rolle: "hovedperson" });
    for (const member of spec.members) {
      this.rows.husstand_medlem.push({
        husstand_id: husstandId,
        person_id: this.#person(member, member.etternavn ?? spec.etternavn),
        rolle: member.rolle,
      });
    }
    const end = addDays(this.today, spec.endsInDays);
    const start = addDays(addYears(end, -spec.leaseYears), 1);
    this.#lease(bolig.id, husstandId, start, end, rentFor(bolig), "aktiv", null);
    this.#earlierTenants(bolig, addDays(start, -r.int(14, 120)));
  }

  /** Households who left the unit within the history window, newest first; each gets one ended lease. */
  #earlierTenants(bolig: DemoBolig, movedOut: string): void {
    const r = this.random;
    const windowStart = addYears(this.today, -HISTORY_YEARS);
    let out = movedOut;
    for (let i = 0; i < 4 && out >= windowStart; i++) {
      const years = r.chance(0.56) ? 3 : 5;
      // Most leave at the end of a contract; some earlier (moved, died, evicted).
      const lengthDays = r.chance(0.7) ? years * 365 : r.int(60, years * 365);
      const start = addDays(out, -lengthDays);
      const planned = addDays(addYears(start, years), -1);
      const member: Member = {
        rolle: "hovedperson",
        alder: r.int(22, 85),
        kjonn: r.chance(0.5) ? "kvinne" : "mann",
        gruppe: pickOpphav(r),
      };
      const husstandId = this.#household(bolig.bydel_id, [member]);
      this.#lease(
        bolig.id,
        husstandId,
        start,
        planned > out ? planned : addDays(out, 1),
        indexed(rentFor(bolig), start, this.today),
        "avsluttet",
        out,
      );
      out = addDays(start, -r.int(14, 120));
    }
  }

  #household(bydelId: string, members: Member[]): string {
    const husstandId = this.random.uuid();
    this.rows.husstand.push({ id: husstandId, bydel_id: bydelId });
    const familyName = pickEtternavn(this.random, members[0]!.gruppe);
    for (const member of members) {
      const ownName = member.rolle === "medsoker" && this.random.chance(0.45);
      const etternavn = ownName ? pickEtternavn(this.random, member.gruppe) : familyName;
      this.rows.husstand_medlem.push({
        husstand_id: husstandId,
        person_id: this.#person(member, etternavn),
        rolle: member.rolle,
      });
    }
    return husstandId;
  }

  #person(member: Member, etternavn: string): string {
    const r = this.random;
    const birthYearStart = addYears(this.today, -(member.alder + 1));
    const fodselsdato = addDays(birthYearStart, r.int(1, 365));
    const fornavn = pickFornavn(r, member.gruppe, member.kjonn);
    const fodselsnummer = generateSynthetic({
      fodselsdato,
      kjonn: member.kjonn,
      variant: "tenor",
      pickIndividnummer: (min, max) => r.int(min, max),
      isTaken: (candidate) => this.#fnr.has(candidate),
    });
    this.#fnr.add(fodselsnummer);
    const adult = ageOn(fodselsdato, this.today) >= 18;
    const id = r.uuid();
    this.rows.person.push({
      id,
      fodselsnummer,
      fornavn,
      etternavn,
      fodselsdato,
      telefon: adult && r.chance(0.7) ? demoTelefon(r) : null,
      epost: adult && r.chance(0.4) ? demoEpost(r, fornavn, etternavn) : null,
    });
    return id;
  }

  #lease(
    boligId: string,
    husstandId: string,
    startdato: string,
    sluttdato: string | null,
    husleie: number,
    status: "aktiv" | "avsluttet",
    avsluttet: string | null,
  ): void {
    this.rows.leiekontrakt.push({
      id: this.random.uuid(),
      bolig_id: boligId,
      husstand_id: husstandId,
      startdato,
      sluttdato,
      husleie_kr: husleie,
      status,
      avsluttet_dato: avsluttet,
    });
  }
}

/** Monthly rent by size, a little higher in the inner city; 7,000–18,000 kr for most. */
export function rentFor(bolig: DemoBolig): number {
  const inner = ["frogner", "st-hanshaugen"].includes(bolig.bydel_id)
    ? 1.15
    : ["gamle-oslo", "grunerlokka", "sagene"].includes(bolig.bydel_id)
      ? 1.08
      : 1;
  const raw = 3000 + bolig.areal * 150 * inner;
  return Math.min(19_500, Math.max(6_500, Math.round(raw / 50) * 50));
}

/** An older contract's rent: about 3.5 % lower for each year before today. */
function indexed(rent: number, startdato: string, today: string): number {
  const years = Math.max(0, daysBetween(startdato, today) / 365.25);
  return Math.round((rent * Math.pow(0.965, years)) / 50) * 50;
}

/**
 * Who lives in a unit with `rom` rooms: single adults are the most common;
 * children in about a third of households; people of 67 and over in about 15 %.
 */
export function composeHousehold(r: Random, rom: number): Member[] {
  type Kind = "enslig" | "par" | "enslig_forsorger" | "par_med_barn" | "voksne";
  const kind: Kind =
    rom === 1
      ? r.weighted([
          ["enslig", 92],
          ["par", 8],
        ] as const)
      : rom === 2
        ? r.weighted([
            ["enslig", 48],
            ["par", 14],
            ["enslig_forsorger", 30],
            ["par_med_barn", 5],
            ["voksne", 3],
          ] as const)
        : rom === 3
          ? r.weighted([
              ["enslig", 8],
              ["par", 8],
              ["enslig_forsorger", 38],
              ["par_med_barn", 40],
              ["voksne", 6],
            ] as const)
          : r.weighted([
              ["enslig_forsorger", 30],
              ["par_med_barn", 62],
              ["voksne", 8],
            ] as const);
  const gruppe = pickOpphav(r);
  const sex = (): Kjonn => (r.chance(0.5) ? "kvinne" : "mann");
  // Norwegian room counts include the living room: at most 2 people in 1 rom, 3 in 2, 5 in 3, 6 in 4 …
  const maxPersons = rom === 1 ? 2 : rom === 2 ? 3 : rom + 2;
  const children = (min: number, adults: number): number =>
    Math.min(
      maxPersons - adults,
      min +
        r.weighted([
          [0, 45],
          [1, 35],
          [2, 15],
          [3, 5],
        ] as const) +
        (rom >= 5 ? 1 : 0),
    );

  switch (kind) {
    case "enslig": {
      const elderly = r.chance(0.2);
      return [{ rolle: "hovedperson", alder: elderly ? r.int(67, 92) : r.int(19, 66), kjonn: sex(), gruppe }];
    }
    case "par": {
      const alder = r.chance(0.35) ? r.int(64, 88) : r.int(22, 61);
      const a = sex();
      return [
        { rolle: "hovedperson", alder, kjonn: a, gruppe },
        {
          rolle: "medsoker",
          alder: Math.max(19, alder + r.int(-6, 6)),
          kjonn: a === "kvinne" ? "mann" : "kvinne",
          gruppe,
        },
      ];
    }
    case "enslig_forsorger":
    case "par_med_barn": {
      const n = kind === "enslig_forsorger" ? children(1, 1) : children(rom >= 4 ? 2 : 1, 2);
      const kids = Array.from({ length: n }, () => r.int(0, 17)).sort((a, b) => b - a);
      const oldest = kids[0]!;
      const parent = r.int(Math.max(20, oldest + 19), Math.min(58, oldest + 44));
      const mother: Kjonn = kind === "enslig_forsorger" && r.chance(0.2) ? "mann" : "kvinne";
      const members: Member[] = [{ rolle: "hovedperson", alder: parent, kjonn: mother, gruppe }];
      if (kind === "par_med_barn") {
        members.push({
          rolle: "medsoker",
          alder: Math.max(20, parent + r.int(-3, 8)),
          kjonn: "mann",
          gruppe,
        });
        if (r.chance(0.5)) members.reverse();
      }
      for (const alder of kids) members.push({ rolle: "barn", alder, kjonn: sex(), gruppe });
      return members;
    }
    case "voksne": {
      // A parent with a grown-up child at home, or an older relative.
      const parent = r.int(45, 80);
      return [
        { rolle: "hovedperson", alder: parent, kjonn: sex(), gruppe },
        { rolle: "annen", alder: Math.max(18, parent - r.int(20, 35)), kjonn: sex(), gruppe },
      ];
    }
  }
}
