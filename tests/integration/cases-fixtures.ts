import { randomUUID } from "node:crypto";
import type { Actor, Rolle } from "../../app/auth/actor";
import type { Db } from "../../app/db/connection.server";
import { generateSynthetic } from "../../app/lib/fodselsnummer";
import type { Innsending } from "../../app/modules/cases/schemas";
import { expect } from "vitest";

/** Small hand-made fixtures for the case-journey tests. */

export function staff(rolle: Rolle, bydelId: string | null, id = `${rolle}-${bydelId ?? "by"}`): Actor {
  return {
    id,
    navn: `Test ${id}`,
    rolle,
    enhet: bydelId ? `Bydel ${bydelId}, boligkontoret` : "Oslo kommune",
    bydelId,
    personId: null,
    acr: null,
  };
}

export function beboer(personId: string): Actor {
  return {
    id: `beboer-${personId}`,
    navn: "Beboer",
    rolle: "beboer",
    enhet: "Privatperson",
    bydelId: null,
    personId,
    acr: "idporten-loa-high",
  };
}

export async function bydel(db: Db, id: string, nummer: number) {
  await db
    .insertInto("bydel")
    .values({ id, nummer, navn: `Bydel ${id}`, innbyggere: 40000 })
    .execute();
}

let teller = 0;
export function syntetiskFnr(): string {
  teller += 1;
  return generateSynthetic({
    fodselsdato: `19${60 + (teller % 30)}-0${1 + (teller % 9)}-1${teller % 10}`,
    pickIndividnummer: (min) => min + teller * 7,
  });
}

export async function person(db: Db, fornavn = "Kari") {
  const id = randomUUID();
  const fnr = syntetiskFnr();
  await db
    .insertInto("person")
    .values({
      id,
      fodselsnummer: fnr,
      fornavn,
      etternavn: "Testesen",
      fodselsdato: "1980-01-01",
      telefon: null,
      epost: null,
    })
    .execute();
  return id;
}

export type EgenSoknad = Extract<Innsending, { innsenderrolle: "soker" }>;

export function soknad(bydelId: string, over: Partial<EgenSoknad> = {}): EgenSoknad {
  return {
    innsenderrolle: "soker",
    bydelId,
    type: "bolig",
    husstand: { voksne: 1, barn: [{ alder: 6 }] },
    innhold: {
      boligsituasjon: { naavaerende: "midlertidig", beskrivelse: "Bor på hospits." },
      okonomi: { inntektKrPerAar: 210000 },
      helseFunksjon: { behov: ["heis"], beskrivelse: "Kan ikke gå i trapper." },
      onsker: { bydeler: [bydelId] },
    },
    idempotensnokkel: randomUUID(),
    ...over,
  };
}

export const begrunnelse = {
  regler: "Forskrift om tildeling av kommunal bolig i Oslo § 4: søkeren må være vanskeligstilt.",
  faktum: "Søkeren har fast arbeid og inntekt over grensen.",
  hovedhensyn: "Søkeren kan skaffe bolig selv på det private markedet.",
};

/** A clock the tests move: `klokke.set("2026-03-02T10:00:00Z")`. */
export function lagKlokke(start: string) {
  let naa = new Date(start);
  return { now: () => new Date(naa), set: (iso: string) => void (naa = new Date(iso)) };
}

/** Expects `fail(code)`: React Router's data() with `{ code }`. */
export async function forventFeil(promise: Promise<unknown>, code: string) {
  let fanget: unknown;
  try {
    await promise;
  } catch (error) {
    fanget = error;
  }
  expect(fanget, `forventet feilen ${code}`).toBeDefined();
  expect((fanget as { data?: { code?: string } }).data?.code).toBe(code);
}
