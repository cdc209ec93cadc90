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
  // bomiljoplan (migration 0008)
  bydel_tiltak: BydelTiltakTable;
  bydel_tiltak_historikk: BydelTiltakHistorikkTable;
  adresse_tiltak: AdresseTiltakTable;
  adresse_tiltak_historikk: AdresseTiltakHistorikkTable;
  bomiljokoordinator: BomiljokoordinatorTable;
  nettverk_samling: NettverkSamlingTable;
  nettverk_deltaker: NettverkDeltakerTable;
  nettverk_materiale: NettverkMaterialeTable;
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

// ── bomiljoplan (migration 0008) ──

export type TiltakAnsvarlig =
  "bydel" | "boligbygg" | "velferdsetaten" | "bydel_boligbygg" | "bydel_velferdsetaten";
export type BydelTiltakStatus = "ikke_startet" | "planlagt" | "i_gang" | "pa_plass";

/** The district's plan for one of the Oslostandard's 15 measures (the checklist's row). */
export type BydelTiltakTable = {
  id: string;
  bydel_id: string;
  tiltak_nummer: number;
  ansvarlig: TiltakAnsvarlig;
  ansvarlig_person: string | null;
  hva_skal_utfores: string;
  tidsfrist: string | null;
  pagaende: boolean;
  status: BydelTiltakStatus;
  versjon: number;
  endret: ColumnType<Date, Date | undefined, Date>;
  endret_av_id: string;
  endret_av_navn: string;
};

/** Every saved version of a district plan row, append-only. */
export type BydelTiltakHistorikkTable = {
  id: string;
  bydel_tiltak_id: string;
  bydel_id: string;
  versjon: number;
  ansvarlig: TiltakAnsvarlig;
  ansvarlig_person: string | null;
  hva_skal_utfores: string;
  tidsfrist: string | null;
  pagaende: boolean;
  status: BydelTiltakStatus;
  endret: Date;
  endret_av_id: string;
  endret_av_navn: string;
};

export type AdresseTiltakAnsvarlig = "bydel" | "boligbygg" | "velferdsetaten" | "beboere" | "ekstern";
export type AdresseTiltakStatus = "planlagt" | "i_gang" | "gjennomfort" | "avsluttet";

/** A concrete measure in an address's (eiendom's) bomiljøplan, under one of the 15 headings. */
export type AdresseTiltakTable = {
  id: string;
  eiendom_id: string;
  bydel_id: string;
  tiltak_nummer: number;
  tittel: string;
  beskrivelse: string;
  ansvarlig: AdresseTiltakAnsvarlig;
  ansvarlig_person: string | null;
  frist: string | null;
  pagaende: boolean;
  status: AdresseTiltakStatus;
  forventet_endring: string;
  indikator: string;
  idempotens_nokkel: string;
  versjon: number;
  opprettet: ColumnType<Date, Date | undefined, never>;
  endret: ColumnType<Date, Date | undefined, Date>;
  endret_av_id: string;
  endret_av_navn: string;
};

export type AdresseTiltakHistorikkTable = {
  id: string;
  adresse_tiltak_id: string;
  bydel_id: string;
  versjon: number;
  tittel: string;
  beskrivelse: string;
  ansvarlig: AdresseTiltakAnsvarlig;
  ansvarlig_person: string | null;
  frist: string | null;
  pagaende: boolean;
  status: AdresseTiltakStatus;
  forventet_endring: string;
  indikator: string;
  endret: Date;
  endret_av_id: string;
  endret_av_navn: string;
};

/** A district's named bomiljø coordinator (Oslostandard measure 5), shown on the contact card. */
export type BomiljokoordinatorTable = {
  id: string;
  bydel_id: string;
  navn: string;
  telefon: string;
  epost: string;
  omrade: string | null;
  aktiv: boolean;
  rekkefolge: number;
  versjon: number;
  endret: ColumnType<Date, Date | undefined, Date>;
};

/** A gathering of Velferdsetaten's bomiljø network (measure 6). */
export type NettverkSamlingTable = {
  id: string;
  tittel: string;
  dato: string;
  sted: string;
  tema: string;
  idempotens_nokkel: string;
  opprettet: ColumnType<Date, Date | undefined, never>;
  opprettet_av_navn: string;
};

export type NettverkDeltakerTable = { id: string; samling_id: string; navn: string; virksomhet: string };

export type NettverkMaterialeTable = {
  id: string;
  tittel: string;
  lenke: string | null;
  tekst: string | null;
  idempotens_nokkel: string;
  opprettet: ColumnType<Date, Date | undefined, never>;
  opprettet_av_navn: string;
};
