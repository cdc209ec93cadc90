import type { ColumnType, Generated } from "kysely";

/** Kysely's view of the database. Keep in step with app/db/migrations. Dates are "YYYY-MM-DD" strings. */
export type Database = {
  bydel: BydelTable;
  eiendom: EiendomTable;
  bygning: BygningTable;
  oppgang: OppgangTable;
  bolig: BoligTable;
  person: PersonTable;
  husstand: HusstandTable;
  husstand_medlem: HusstandMedlemTable;
  husstand_oppfolging: HusstandOppfolgingTable;
  leiekontrakt: LeiekontraktTable;
  sesjon: SesjonTable;
  audit_logg: AuditLoggTable;
};

export type BoligStatus = "utleid" | "ledig" | "reservert" | "under_oppussing" | "ute_av_drift";

export type BydelTable = { id: string; nummer: number; navn: string; innbyggere: number };

export type EiendomTable = {
  id: string;
  bydel_id: string;
  navn: string;
  gateadresse: string;
  postnummer: string;
  poststed: string;
  type: "gard" | "spredt";
  byggeaar: number | null;
};

export type BygningTable = { id: string; eiendom_id: string; navn: string; etasjer: number; heis: boolean };

export type OppgangTable = {
  id: string;
  bygning_id: string;
  eiendom_id: string;
  bydel_id: string;
  navn: string;
  gateadresse: string;
};

export type BoligTable = {
  id: string;
  oppgang_id: string;
  eiendom_id: string;
  bydel_id: string;
  bolignummer: string;
  rom: number;
  areal_m2: ColumnType<string, string | number, string | number>;
  etasje: number;
  heis: boolean;
  universelt_utformet: boolean;
  rullestoltilpasset: boolean;
  status: BoligStatus;
};

export type PersonTable = {
  id: string;
  fodselsnummer: string;
  fornavn: string;
  etternavn: string;
  fodselsdato: string;
  telefon: string | null;
  epost: string | null;
};

export type HusstandTable = { id: string; bydel_id: string };

export type HusstandMedlemTable = {
  husstand_id: string;
  person_id: string;
  rolle: "hovedperson" | "medsoker" | "barn" | "annen";
};

export type HusstandOppfolgingTable = { husstand_id: string; oppfolgingsbehov: boolean; registrert: string };

export type LeiekontraktTable = {
  id: string;
  bolig_id: string;
  husstand_id: string;
  startdato: string;
  sluttdato: string | null;
  husleie_kr: number;
  status: "aktiv" | "avsluttet";
  avsluttet_dato: string | null;
};

export type SesjonTable = {
  id: string;
  aktor: ColumnType<unknown, string, string>;
  csrf_token: string;
  opprettet: ColumnType<Date, Date | undefined, never>;
  utloper: ColumnType<Date, Date, Date>;
};

export type AuditLoggTable = {
  seq: Generated<number>;
  tidspunkt: ColumnType<Date, Date, never>;
  aktor_id: string;
  aktor_rolle: string;
  aktor_enhet: string;
  person_id: string | null;
  kategori: string;
  handling: "les" | "opprett" | "endre" | "slett";
  ressurs: string;
  request_id: string | null;
  forrige_hash: string;
  hash: string;
};
