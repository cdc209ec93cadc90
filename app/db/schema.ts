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
  saksnummer_teller: SaksnummerTellerTable;
  sak: SakTable;
  soknadsinnhold: SoknadsinnholdTable;
  sakslogg: SaksloggTable;
  frist: FristTable;
  dokumentasjonskrav: DokumentasjonskravTable;
  notat: NotatTable;
  forelopig_svar: ForelopigSvarTable;
  vedtak: VedtakTable;
  klage: KlageTable;
  venteliste: VentelisteTable;
  idempotens: IdempotensTable;
  soknadsutkast: SoknadsutkastTable;
  vedlegg: VedleggTable;
  // bekymring (migration 0007)
  bekymring: BekymringTable;
  bekymring_melding: BekymringMeldingTable;
  naboklage: NaboklageTable;
  naboklage_steg: NaboklageStegTable;
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

// ── The case journey (migration 0002_cases; docs/domain/saksgang.md) ──

export type SaksnummerTellerTable = { aar: number; siste: number };

export type Sakstype = "bolig" | "fornyelse" | "bistand_6";

export type Saksstatus =
  | "mottatt"
  | "under_behandling"
  | "venter_dokumentasjon"
  | "vedtatt"
  | "klage_sen_vurdering"
  | "klage_under_forberedelse"
  | "klage_oversendt"
  | "avsluttet";

export type Innsenderrolle =
  "soker" | "parorende" | "kommunal_tjeneste" | "institusjon" | "saksbehandler_papir";

export type Klageinstans = "klagenemnd" | "statsforvalteren";

export type SakTable = {
  id: string;
  saksnummer: string;
  bydel_id: string;
  type: Sakstype;
  status: Saksstatus;
  soker_person_id: string;
  husstand: ColumnType<unknown, string, string>;
  innsender_rolle: Innsenderrolle;
  innsender_aktor_id: string;
  innsender_navn: string | null;
  samtykke: boolean;
  samtykke_grunnlag: string | null;
  saksbehandler_id: string | null;
  saksbehandler_navn: string | null;
  mottatt: string;
  versjon: ColumnType<number, number | undefined, number>;
  opprettet: ColumnType<Date, Date | undefined, never>;
  endret: ColumnType<Date, Date | undefined, Date>;
};

export type SoknadsinnholdTable = {
  sak_id: string;
  skjemaversjon: number;
  boligsituasjon: ColumnType<unknown, string, string>;
  okonomi: ColumnType<unknown, string, string>;
  helse_funksjon: ColumnType<unknown, string | null, string | null>;
  onsker: ColumnType<unknown, string, string>;
};

export type SaksloggTable = {
  seq: Generated<number>;
  sak_id: string;
  tidspunkt: ColumnType<Date, Date | undefined, never>;
  aktor_id: string;
  aktor_navn: string;
  aktor_rolle: string;
  aktor_enhet: string;
  hendelse: string;
  data: ColumnType<unknown, string | undefined, never>;
};

export type Fristtype =
  "forelopig_svar" | "forventet_vedtak" | "dokumentasjon" | "klagefrist" | "klage_ettarsgrense";
export type Friststatus = "aktiv" | "oppfylt" | "utlopt" | "avbrutt";

export type FristTable = {
  id: string;
  sak_id: string;
  type: Fristtype;
  start: string;
  forfall: string;
  hjemmel: string;
  status: Friststatus;
  oppfylt_ved: string | null;
  lukket: string | null;
  opprettet: ColumnType<Date, Date | undefined, never>;
};

export type DokumentasjonskravTable = {
  id: string;
  sak_id: string;
  beskrivelse: string;
  frist: string;
  status: "etterspurt" | "mottatt" | "frafalt";
  etterspurt_av: string;
  etterspurt: ColumnType<Date, Date | undefined, never>;
  mottatt: string | null;
};

export type NotatTable = {
  id: string;
  sak_id: string;
  tekst: string;
  skrevet_av_id: string;
  skrevet_av_navn: string;
  opprettet: ColumnType<Date, Date | undefined, never>;
};

export type ForelopigSvarTable = {
  id: string;
  sak_id: string;
  grunn: string;
  forventet_vedtak: string;
  sendt: Date;
  sendt_av_id: string;
  sendt_av_navn: string;
};

export type Vedtaksutfall = "innvilget" | "venteliste" | "avslag";
export type MottattRegel = "apnet_digitalt" | "digital_sju_dager" | "papir_registrert";

export type VedtakTable = {
  id: string;
  sak_id: string;
  utfall: Vedtaksutfall;
  boligtype: string | null;
  rom: number | null;
  leietid_aar: number | null;
  begrunnelse_regler: string;
  begrunnelse_faktum: string;
  begrunnelse_hovedhensyn: string;
  vedtaksdato: string;
  sendt: Date;
  sendemaate: "digital" | "papir";
  apnet: Date | null;
  mottatt: string | null;
  mottatt_regel: MottattRegel | null;
  klagefrist: string | null;
  klageinstans: Klageinstans;
  grunnlag: "soknad" | "omgjort_etter_klage";
  erstatter_vedtak_id: string | null;
  fattet_av_id: string;
  fattet_av_navn: string;
  opprettet: ColumnType<Date, Date | undefined, never>;
};

export type Klagestatus =
  "registrert" | "under_forberedelse" | "omgjort" | "oversendt" | "avgjort" | "avvist";
export type Klageutfall = "stadfestet" | "omgjort" | "opphevet";

export type KlageTable = {
  id: string;
  sak_id: string;
  vedtak_id: string;
  mottatt: string;
  i_tide: boolean;
  tidsvurdering: string;
  ettarsgrense_passert: boolean;
  sen_klage_beslutning: "behandles" | "avvises" | null;
  sen_klage_begrunnelse: string | null;
  status: Klagestatus;
  klageinstans: Klageinstans;
  oversendt: Date | null;
  oversendelse_merknad: string | null;
  klager_underrettet: Date | null;
  utfall: Klageutfall | null;
  utfall_begrunnelse: string | null;
  avgjort: string | null;
  avgjort_av_id: string | null;
  registrert_av_id: string;
  opprettet: ColumnType<Date, Date | undefined, never>;
  /** The appeal text a resident wrote online (migration 0003); null for appeals registered by staff. */
  klagetekst: ColumnType<string | null, string | null | undefined, string | null>;
};

export type VentelisteTable = {
  id: string;
  bydel_id: string;
  sak_id: string;
  prioritet: number;
  dato: string;
  status: "aktiv" | "fjernet";
  opprettet: ColumnType<Date, Date | undefined, never>;
};

export type IdempotensTable = {
  aktor_id: string;
  nokkel: string;
  sak_id: string;
  opprettet: ColumnType<Date, Date | undefined, never>;
};

/** An application draft (migration 0003): the answers as typed, owned by the actor writing it. */
export type SoknadsutkastTable = {
  id: string;
  eier_aktor_id: string;
  eier_person_id: string | null;
  skjemaversjon: number;
  svar: ColumnType<unknown, string, string>;
  /** Special category: the health and function answers, kept apart from the other answers. */
  helse_funksjon: ColumnType<unknown, string | null, string | null>;
  status: "utkast" | "sendt";
  sak_id: string | null;
  versjon: ColumnType<number, number | undefined, number>;
  opprettet: ColumnType<Date, Date | undefined, never>;
  endret: ColumnType<Date, Date | undefined, Date>;
};

export type VedleggMime = "application/pdf" | "image/jpeg" | "image/png";

/** An attachment (migration 0003), stored in the database; special category (it may hold health data). */
export type VedleggTable = {
  id: string;
  eier_aktor_id: string;
  utkast_id: string | null;
  sak_id: string | null;
  filnavn: string;
  mime: VedleggMime;
  storrelse: number;
  sha256: string;
  innhold: Uint8Array;
  opprettet: ColumnType<Date, Date | undefined, never>;
};

// bekymring (migration 0007): anonymous concerns. Days only, never instants; no trace of the reporter.
export type BekymringKategori =
  "trusler_vold" | "rus" | "uro_stoy" | "utrygt_bygg" | "noen_trenger_hjelp" | "annet";
export type BekymringStatus = "mottatt" | "kvittert" | "avsluttet";
export type BekymringUtfall = "naboklage" | "hms_oppfolging" | "henvisning" | "ingen_tiltak";

export type BekymringTable = {
  id: string;
  bydel_id: string;
  eiendom_id: string | null;
  kategori: BekymringKategori;
  beskrivelse: string;
  /** Argon2id of the receipt code (hex); the code itself is never stored. */
  kvittering_hash: string;
  mottatt: string;
  kvitteringsfrist: string;
  kvittert: string | null;
  status: BekymringStatus;
  utfall: BekymringUtfall | null;
  utfall_oppsummering: string | null;
  henvist_til: string | null;
  avsluttet: string | null;
  versjon: ColumnType<number, number | undefined, number>;
};

export type BekymringMeldingTable = {
  id: string;
  bekymring_id: string;
  lopenummer: number;
  fra: "melder" | "bydel";
  tekst: string;
  dato: string;
};

export type NaboklageKategori = "stoy" | "royk" | "trusler" | "dyr" | "avfall" | "besokende";
export type NaboklageStegType = "samtale" | "mekling" | "advarsel" | "mislighold";
export type NaboklageUtfall = "lost" | "ikke_grunnlag" | "flyttet" | "leieforhold_avsluttet" | "uten_losning";

/** A neighbour complaint (migration 0007): the parties as units and households, handled by the district. */
export type NaboklageTable = {
  id: string;
  bydel_id: string;
  eiendom_id: string;
  kilde: "beboer" | "bekymring" | "ansatt";
  bekymring_id: string | null;
  klager_bolig_id: string | null;
  klager_husstand_id: string | null;
  /** The complainant asked to be hidden from everyone but the handler. */
  klager_skjult: boolean;
  innklaget_bolig_id: string;
  innklaget_husstand_id: string | null;
  kategori: NaboklageKategori;
  beskrivelse: string;
  behandler_id: string;
  behandler_navn: string;
  status: "apen" | "avsluttet";
  utfall: NaboklageUtfall | null;
  opprettet: string;
  avsluttet: string | null;
  opprettet_nokkel: string;
  versjon: ColumnType<number, number | undefined, number>;
};

export type NaboklageStegTable = {
  id: string;
  naboklage_id: string;
  lopenummer: number;
  type: NaboklageStegType;
  side: "bydel" | "boligbygg";
  dato: string;
  notat: string;
  registrert_av_id: string;
  registrert_av_navn: string;
};
