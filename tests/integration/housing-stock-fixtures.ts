import { randomUUID } from "node:crypto";
import type { Actor, Rolle } from "../../app/auth/actor";
import type { Db } from "../../app/db/connection.server";
import type { BoligStatus } from "../../app/db/schema";

/** Small hand-made fixtures for the housing-register tests (the demo generator is not used here). */

let fnr = 0;
function fodselsnummer(): string {
  fnr += 1;
  // Tenor-style synthetic test number: month + 80.
  return `0181${String(80 + (fnr % 20)).padStart(2, "0")}${String(fnr).padStart(5, "0")}`;
}

export function actor(rolle: Rolle, bydelId: string | null, personId: string | null = null): Actor {
  return {
    id: `test-${rolle}-${bydelId ?? "by"}`,
    navn: `Test ${rolle}`,
    rolle,
    enhet: bydelId ? `Bydel ${bydelId}` : "Oslo kommune",
    bydelId,
    personId,
    acr: null,
  };
}

export async function bydel(db: Db, id: string, nummer: number, navn: string, innbyggere: number) {
  await db.insertInto("bydel").values({ id, nummer, navn, innbyggere }).execute();
  return id;
}

export async function eiendom(
  db: Db,
  bydelId: string,
  navn: string,
  options: { type?: "gard" | "spredt"; gateadresse?: string } = {},
) {
  const id = randomUUID();
  await db
    .insertInto("eiendom")
    .values({
      id,
      bydel_id: bydelId,
      navn,
      gateadresse: options.gateadresse ?? navn,
      postnummer: "0401",
      poststed: "OSLO",
      type: options.type ?? "gard",
      byggeaar: 1965,
    })
    .execute();
  return id;
}

export async function bygning(db: Db, eiendomId: string, navn = "Blokk A") {
  const id = randomUUID();
  await db
    .insertInto("bygning")
    .values({ id, eiendom_id: eiendomId, navn, etasjer: 4, heis: true })
    .execute();
  return id;
}

export async function oppgang(
  db: Db,
  bydelId: string,
  eiendomId: string,
  bygningId: string,
  gateadresse: string,
) {
  const id = randomUUID();
  await db
    .insertInto("oppgang")
    .values({
      id,
      bygning_id: bygningId,
      eiendom_id: eiendomId,
      bydel_id: bydelId,
      navn: "Oppgang",
      gateadresse,
    })
    .execute();
  return id;
}

export async function bolig(
  db: Db,
  ids: { bydelId: string; eiendomId: string; oppgangId: string },
  bolignummer: string,
  status: BoligStatus = "utleid",
) {
  const id = randomUUID();
  await db
    .insertInto("bolig")
    .values({
      id,
      oppgang_id: ids.oppgangId,
      eiendom_id: ids.eiendomId,
      bydel_id: ids.bydelId,
      bolignummer,
      rom: 2,
      areal_m2: 48.5,
      etasje: Number(bolignummer.slice(1, 3)) || 1,
      heis: true,
      universelt_utformet: false,
      rullestoltilpasset: false,
      status,
    })
    .execute();
  return id;
}

export async function person(db: Db, fornavn: string, etternavn: string, fodselsdato: string) {
  const id = randomUUID();
  await db
    .insertInto("person")
    .values({
      id,
      fodselsnummer: fodselsnummer(),
      fornavn,
      etternavn,
      fodselsdato,
      telefon: null,
      epost: null,
    })
    .execute();
  return id;
}

export async function husstand(
  db: Db,
  bydelId: string,
  medlemmer: { personId: string; rolle: "hovedperson" | "medsoker" | "barn" | "annen" }[],
  oppfolgingsbehov?: boolean,
) {
  const id = randomUUID();
  await db.insertInto("husstand").values({ id, bydel_id: bydelId }).execute();
  for (const m of medlemmer) {
    await db
      .insertInto("husstand_medlem")
      .values({ husstand_id: id, person_id: m.personId, rolle: m.rolle })
      .execute();
  }
  if (oppfolgingsbehov !== undefined) {
    await db
      .insertInto("husstand_oppfolging")
      .values({ husstand_id: id, oppfolgingsbehov, registrert: "2026-01-15" })
      .execute();
  }
  return id;
}

export async function leiekontrakt(
  db: Db,
  boligId: string,
  husstandId: string,
  startdato: string,
  options: { sluttdato?: string | null; status?: "aktiv" | "avsluttet"; husleie?: number } = {},
) {
  const id = randomUUID();
  const status = options.status ?? "aktiv";
  await db
    .insertInto("leiekontrakt")
    .values({
      id,
      bolig_id: boligId,
      husstand_id: husstandId,
      startdato,
      sluttdato: options.sluttdato === undefined ? null : options.sluttdato,
      husleie_kr: options.husleie ?? 9800,
      status,
      avsluttet_dato: status === "avsluttet" ? (options.sluttdato ?? startdato) : null,
    })
    .execute();
  return id;
}

export async function auditRows(db: Db) {
  return db.selectFrom("audit_logg").selectAll().orderBy("seq").execute();
}
