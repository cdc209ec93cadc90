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
  // mangelmelding
  mangelmelding: MangelmeldingTable;
  mangelmelding_bilde: MangelmeldingBildeTable;
  mangelmelding_hendelse: MangelmeldingHendelseTable;
  // leiekontrakt (migration 0005)
  leiekontrakt_fornyelse: LeiekontraktFornyelseTable;
  boplan: BoplanTable;
  boplan_steg: BoplanStegTable;
  boplan_kommentar: BoplanKommentarTable;
  leiekontrakt_avslutning: LeiekontraktAvslutningTable;
  // samarbeid (migration 0010)
  motserie: MotserieTable;
  motedeltaker: MotedeltakerTable;
  aktivitet_kunngjoring: AktivitetKunngjoringTable;
  beboerorgan: BeboerorganTable;
  beboerorgan_logg: BeboerorganLoggTable;
  beboerorgan_medlem: BeboerorganMedlemTable;
  mote: MoteTable;
  dagsordenpunkt: DagsordenpunktTable;
  tiltakspunkt: TiltakspunktTable;
  partner: PartnerTable;
  aktivitet: AktivitetTable;
  // undersokelse (migration 0009)
  undersokelse_runde: UndersokelseRundeTable;
  undersokelse_runde_adresse: UndersokelseRundeAdresseTable;
  undersokelse_utsendelse: UndersokelseUtsendelseTable;
  undersokelse_kode: UndersokelseKodeTable;
  undersokelse_svar: UndersokelseSvarTable;
  // allocation (migration 0004)
  oppgang_regel: OppgangRegelTable;
  tildelingsrunde: TildelingsrundeTable;
  tildelingsrunde_bolig: TildelingsrundeBoligTable;
  tildelingsmote: TildelingsmoteTable;
  tildeling: TildelingTable;
  tilbud: TilbudTable;
  // bekymring (migration 0007)
  bekymring: BekymringTable;
  bekymring_melding: BekymringMeldingTable;
  naboklage: NaboklageTable;
  naboklage_steg: NaboklageStegTable;
  // bomiljoplan (migration 0008)
  bydel_tiltak: BydelTiltakTable;
  bydel_tiltak_historikk: BydelTiltakHistorikkTable;
  adresse_tiltak: AdresseTiltakTable;
  adresse_tiltak_historikk: AdresseTiltakHistorikkTable;
  bomiljokoordinator: BomiljokoordinatorTable;
  nettverk_samling: NettverkSamlingTable;
  nettverk_deltaker: NettverkDeltakerTable;
  nettverk_materiale: NettverkMaterialeTable;
  // hms (migration 0011)
  hms_kampanje: HmsKampanjeTable;
  hms_dor: HmsDorTable;
  hms_besok: HmsBesokTable;
  hms_funn: HmsFunnTable;
  hms_henvisning: HmsHenvisningTable;
  // tildeling regler (migration 0013)
  tildeling_bydelsregel: TildelingBydelsregelTable;
  tildeling_regelendring: TildelingRegelendringTable;
  // undersokelse (migration 0015)
  undersokelse_aggregat: UndersokelseAggregatTable;
  // naermiljokontor (migration 0016)
  naermiljokontor: NaermiljokontorTable;
  naermiljokontor_kontakt: NaermiljokontorKontaktTable;
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

// mangelmelding (migration 0006)
export type Mangelkategori =
  "lys" | "dor_las" | "vann_avlop" | "skadedyr" | "fukt_mugg" | "heis" | "uteomrade" | "avfall" | "annet";
export type Mangelsted =
  "egen_bolig" | "trappeoppgang" | "kjeller_bod" | "bakgard" | "uteomrade" | "heis" | "annet";
export type Hastegrad = "akutt" | "snart" | "kan_vente";
export type Alvorlighet = "akutt" | "hoy" | "normal" | "lav";
export type Mangelstatus = "mottatt" | "vurdert" | "planlagt" | "utfort" | "avsluttet";
export type Mangelhendelse =
  "mottatt" | "vurdert" | "tildelt" | "planlagt" | "utfort" | "avsluttet" | "tillegg"; // tillegg: migration 0014

/** A defect report (mangelmelding): a plain object others (HMS visits, meeting action items) refer to by id. */
export type MangelmeldingTable = {
  id: string;
  bydel_id: string;
  eiendom_id: string;
  oppgang_id: string;
  bolig_id: string | null;
  kilde: "beboer" | "ansatt";
  melder_aktor_id: string | null;
  melder_person_id: string | null;
  kategori: Mangelkategori;
  sted: Mangelsted;
  sted_detalj: string | null;
  beskrivelse: string;
  melders_hastegrad: Hastegrad;
  status: Mangelstatus;
  alvorlighet: Alvorlighet;
  ansvarlig: string | null;
  planlagt_dato: string | null;
  frist_dato: string;
  /** Only for targets in hours (akutt: 24 hours); working-day targets end with the day `frist_dato`. */
  frist_tidspunkt: Date | null;
  resultat: string | null;
  mottatt: Date;
  vurdert: Date | null;
  lukket: Date | null;
  lukket_dato: string | null;
  /** The last timeline entry the reporter has seen (in-app notice of new steps). */
  melder_sett_seq: ColumnType<string, string | number | undefined, string | number>;
  idempotensnokkel: string | null;
  versjon: ColumnType<number, number | undefined, number>;
  opprettet: ColumnType<Date, Date | undefined, never>;
  /** The resident added information Boligbygg has not opened yet (migration 0014). */
  ny_informasjon: ColumnType<boolean, boolean | undefined, boolean>;
};

export type MangelmeldingBildeTable = {
  id: string;
  mangelmelding_id: string;
  nummer: number;
  mime: "image/jpeg";
  storrelse: number;
  bredde: number;
  hoyde: number;
  sha256: string;
  innhold: Uint8Array;
  opprettet: ColumnType<Date, Date | undefined, never>;
  /** The `tillegg` step that added the photo; null for photos sent with the report (migration 0014). */
  hendelse_seq: ColumnType<string | null, string | null | undefined, never>;
};

export type MangelmeldingHendelseTable = {
  seq: Generated<string>;
  mangelmelding_id: string;
  tidspunkt: ColumnType<Date, Date | undefined, never>;
  hendelse: Mangelhendelse;
  alvorlighet: Alvorlighet | null;
  planlagt_dato: string | null;
  tekst: string | null;
  aktor_id: string;
  aktor_rolle: string;
  aktor_enhet: string;
  /** A `tillegg` step's idempotency key: a double click adds one step (migration 0014). */
  idempotensnokkel: ColumnType<string | null, string | null | undefined, never>;
};
// leiekontrakt (migration 0005)

/** A renewed lease: the new lease, the lease it replaces, and the granted decision in the renewal case. */
export type LeiekontraktFornyelseTable = {
  ny_leiekontrakt_id: string;
  forrige_leiekontrakt_id: string;
  sak_id: string;
  vedtak_id: string;
  registrert_av_id: string;
  registrert_av_navn: string;
  opprettet: ColumnType<Date, Date | undefined, never>;
};

export type Boplanmaal = "bli_boende" | "leie_privat" | "kjope_startlan" | "leie_til_eie";
export type Stegansvarlig = "leietaker" | "saksbehandler" | "booppfolger" | "nav" | "annen";

/** A household's housing plan (boplan). */
export type BoplanTable = {
  id: string;
  husstand_id: string;
  bydel_id: string;
  maal: Boplanmaal;
  maal_beskrivelse: ColumnType<string, string | undefined, string>;
  neste_gjennomgang: string | null;
  sist_gjennomgatt: string | null;
  versjon: ColumnType<number, number | undefined, number>;
  endret_av_navn: string;
  opprettet: ColumnType<Date, Date | undefined, never>;
  endret: ColumnType<Date, Date | undefined, Date>;
};

export type BoplanStegTable = {
  id: string;
  boplan_id: string;
  beskrivelse: string;
  ansvarlig: Stegansvarlig;
  frist: string;
  fullfort: string | null;
  opprettet: ColumnType<Date, Date | undefined, never>;
};

export type BoplanKommentarTable = {
  id: string;
  boplan_id: string;
  aktor_id: string;
  aktor_navn: string;
  fra_leietaker: boolean;
  tekst: string;
  opprettet: ColumnType<Date, Date | undefined, never>;
};

export type Avslutningsgrunn = "flyttet" | "fornyelse_avslatt" | "oppsagt" | "dodsfall" | "annet";

/** The end of a lease: move-out date, reason, and the unit's status afterwards. */
export type LeiekontraktAvslutningTable = {
  leiekontrakt_id: string;
  utflyttet: string;
  grunn: Avslutningsgrunn;
  bolig_status_etter: "ledig" | "under_oppussing";
  merknad: ColumnType<string, string | undefined, string>;
  registrert_av_id: string;
  registrert_av_navn: string;
  opprettet: ColumnType<Date, Date | undefined, never>;
};
// samarbeid (migration 0010): cooperation meetings, resident bodies, activities (docs/domain/samarbeid.md)

export type Motserietype = "bydel_boligbygg" | "nav_bydel" | "ressursteam" | "annet";
export type Hyppighet = "ukentlig" | "annenhver_uke" | "maanedlig";
export type Organisasjon = "bydel" | "boligbygg" | "nav" | "annen";

export type MotserieTable = {
  id: string;
  bydel_id: string;
  type: Motserietype;
  navn: string;
  hyppighet: Hyppighet;
  /** The agenda template: the standing points every meeting of the series starts with. */
  dagsorden: ColumnType<string[], string, string>;
  opprettet: ColumnType<Date, Date | undefined, never>;
  // migration 0012: series made in the UI
  versjon: ColumnType<number, number | undefined, number>;
  opprettet_av_id: string | null;
  nokkel: string | null;
  endret: ColumnType<Date, Date | undefined, Date>;
};

export type MotedeltakerTable = {
  id: string;
  bydel_id: string;
  motserie_id: string;
  /** Null for a named person of an organisation without a sign-in (migration 0012). */
  aktor_id: string | null;
  navn: string;
  organisasjon: Organisasjon;
};

export type Beboerorgantype = "beboerrad" | "gardsstyre" | "gardskomite" | "ungdommens_beboerrad";
export type Beboerorganstatus = "invitasjon" | "informasjonsmote" | "valg" | "aktiv" | "nedlagt";

export type BeboerorganTable = {
  id: string;
  bydel_id: string;
  eiendom_id: string;
  type: Beboerorgantype;
  navn: string;
  status: Beboerorganstatus;
  versjon: ColumnType<number, number | undefined, number>;
  opprettet_av_id: string;
  nokkel: string | null;
  opprettet: ColumnType<Date, Date | undefined, never>;
  endret: ColumnType<Date, Date | undefined, Date>;
};

export type BeboerorganLoggTable = {
  seq: Generated<number>;
  beboerorgan_id: string;
  status: Beboerorganstatus;
  dato: string;
  merknad: string | null;
  aktor_navn: string;
  tidspunkt: ColumnType<Date, Date | undefined, never>;
};

export type Verv = "leder" | "nestleder" | "medlem" | "vara" | "frivillig";

export type BeboerorganMedlemTable = {
  id: string;
  bydel_id: string;
  beboerorgan_id: string;
  navn: string;
  verv: Verv;
  fra: string;
  til: string | null;
  opprettet: ColumnType<Date, Date | undefined, never>;
};

export type Motestatus = "planlagt" | "holdt" | "avlyst";

export type MoteTable = {
  id: string;
  bydel_id: string;
  motserie_id: string | null;
  beboerorgan_id: string | null;
  dato: string;
  status: Motestatus;
  versjon: ColumnType<number, number | undefined, number>;
  opprettet_av_id: string;
  nokkel: string | null;
  opprettet: ColumnType<Date, Date | undefined, never>;
};

export type DagsordenpunktTable = {
  id: string;
  bydel_id: string;
  mote_id: string;
  nr: number;
  tittel: string;
  referat: string | null;
  vedtak: string | null;
  sosialt: boolean;
  versjon: ColumnType<number, number | undefined, number>;
};

export type Tiltaksstatus = "apen" | "pagar" | "utfort" | "avbrutt";
export type Eierorganisasjon = "bydel" | "boligbygg" | "nav" | "beboere" | "annen";

export type TiltakspunktTable = {
  id: string;
  bydel_id: string;
  mote_id: string | null;
  dagsordenpunkt_id: string | null;
  beskrivelse: string;
  eier_aktor_id: string | null;
  eier_navn: string;
  eier_organisasjon: Eierorganisasjon;
  frist: string;
  status: Tiltaksstatus;
  eiendom_id: string | null;
  bolig_id: string | null;
  sak_id: string | null;
  /** The defect report this item is (migration 0012). */
  mangelmelding_id: string | null;
  sosialt: boolean;
  utfort: string | null;
  versjon: ColumnType<number, number | undefined, number>;
  opprettet_av_id: string;
  nokkel: string | null;
  opprettet: ColumnType<Date, Date | undefined, never>;
  endret: ColumnType<Date, Date | undefined, Date>;
};

export type Partnertype = "frivilligsentral" | "idrettslag" | "skole" | "bibliotek" | "menighet" | "annen";

/** An activity's announcement in one more language (migration 0012). */
export type AktivitetKunngjoringTable = {
  aktivitet_id: string;
  bydel_id: string;
  sprak: "ar" | "so" | "ti" | "uk" | "fa-AF" | "pl";
  tekst: string;
};

export type PartnerTable = {
  id: string;
  bydel_id: string;
  eiendom_id: string;
  navn: string;
  type: Partnertype;
  kontakt: string | null;
  opprettet: ColumnType<Date, Date | undefined, never>;
};

export type Aktivitetstype =
  | "dugnad"
  | "grillfest"
  | "tur"
  | "leksehjelp"
  | "fredagskaffe"
  | "syttende_mai"
  | "sprakkafe"
  | "beboermote"
  | "annen";
export type Arrangor = "bydel" | "boligbygg" | "beboere" | "partner";
export type Aktivitetsstatus = "planlagt" | "bekreftet" | "utsatt" | "avlyst" | "gjennomfort";

export type AktivitetTable = {
  id: string;
  bydel_id: string;
  eiendom_id: string;
  serie_id: string | null;
  type: Aktivitetstype;
  tittel: string;
  dato: string;
  start: string;
  slutt: string;
  sted: string;
  arrangor: Arrangor;
  partner_id: string | null;
  status: Aktivitetsstatus;
  deltakere: number | null;
  budsjett: number | null;
  kunngjoring_nb: string;
  kunngjoring_en: string | null;
  versjon: ColumnType<number, number | undefined, number>;
  opprettet_av_id: string;
  nokkel: string | null;
  opprettet: ColumnType<Date, Date | undefined, never>;
  endret: ColumnType<Date, Date | undefined, Date>;
};
// undersokelse (migration 0009): bomiljøundersøkelsen

/** A survey round: a set of addresses asked with one instrument version between two dates. */
export type UndersokelseRundeTable = {
  id: string;
  navn: string;
  /** The district that runs the round; null for a city-wide round (Velferdsetaten). */
  bydel_id: string | null;
  instrumentversjon: number;
  startdato: string;
  sluttdato: string;
  /** The district's own extra questions (bokmål), asked after the core items. */
  lokale_sporsmal: ColumnType<unknown, string | undefined, string>;
  opprettet_av_id: string;
  idempotensnokkel: string;
  opprettet: ColumnType<Date, Date | undefined, never>;
};

export type UndersokelseRundeAdresseTable = {
  runde_id: string;
  eiendom_id: string;
  bydel_id: string;
  /** Households (units with an active lease) when the round was set up: the denominator of the response rate. */
  husstander: number;
};

/** That a letter with a code was printed for a unit in a round — with no reference to the code. */
export type UndersokelseUtsendelseTable = { runde_id: string; bolig_id: string };

/** A one-time code, stored as a SHA-256 hash; `brukt` is the only trace of an answer. */
export type UndersokelseKodeTable = {
  kode_hash: string;
  runde_id: string;
  eiendom_id: string;
  brukt: ColumnType<boolean, boolean | undefined, boolean>;
};

/** One anonymous answer: no code, household, time, channel or device. */
export type UndersokelseSvarTable = {
  id: string;
  runde_id: string;
  eiendom_id: string;
  bydel_id: string;
  instrumentversjon: number;
  verdier: ColumnType<Record<string, number>, string, string>;
  indeks: ColumnType<Record<string, number>, string, string>;
  botid: "under_2" | "2_5" | "over_5" | null;
  barn: boolean | null;
  fritekst: string | null;
};
// allocation (migration 0004)

/** A stairwell's allocation rules: the `utrygg` flag and limits overriding the district default. */
export type OppgangRegelTable = {
  oppgang_id: string;
  bydel_id: string;
  utrygg: boolean;
  maks_hoy_oppfolging_per_runde: number | null;
  maks_andel_hoy_oppfolging: ColumnType<string | null, string | number | null, string | number | null>;
  /** Row version (migration 0013). */
  versjon: ColumnType<number, number | undefined, number>;
};

export type TildelingsrundeTable = {
  id: string;
  bydel_id: string;
  navn: string;
  status: "apen" | "avsluttet" | "avlyst";
  opprettet_av_id: string;
  opprettet_av_navn: string;
  idempotensnokkel: string;
  opprettet: ColumnType<Date, Date | undefined, never>;
  // migration 0013: cancelling a round
  versjon: ColumnType<number, number | undefined, number>;
  avlyst_grunn: string | null;
  avlyst_av_id: string | null;
  avlyst_av_navn: string | null;
  avlyst: Date | null;
};

export type TildelingsrundeBoligTable = { runde_id: string; bolig_id: string };

export type TildelingsmoteTable = {
  id: string;
  runde_id: string;
  bydel_id: string;
  dato: string;
  deltakere: string;
  registrert_av_id: string;
  registrert_av_navn: string;
  opprettet: ColumnType<Date, Date | undefined, never>;
};

/** What the meeting decided for one unit: to whom (or nobody), the engine's suggestion, who was considered. */
export type TildelingTable = {
  id: string;
  mote_id: string;
  runde_id: string;
  bydel_id: string;
  bolig_id: string;
  sak_id: string | null;
  foreslatt_sak_id: string | null;
  vurderte_sak_ids: ColumnType<string[], string, string>;
  begrunnelse: string;
};

export type Tilbudsstatus = "sendt" | "akseptert" | "avslatt" | "trukket";
export type Avslagsrutine = "nytt_tilbud" | "tilbake_til_listen";

export type TilbudTable = {
  id: string;
  tildeling_id: string;
  bydel_id: string;
  sak_id: string;
  bolig_id: string;
  status: Tilbudsstatus;
  husleie_kr: number;
  svarfrist: string;
  visning_tid: Date | null;
  visning_sted: string | null;
  visning_deltakere: string | null;
  svar_dato: string | null;
  svar_registrert_av: "soker" | "saksbehandler" | null;
  avslag_grunn: string | null;
  rutine: Avslagsrutine | null;
  leiekontrakt_id: string | null;
  versjon: ColumnType<number, number | undefined, number>;
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

// hms (migration 0011, docs/domain/hms.md)
export type HmsUtforer = "bydel" | "boligbygg" | "begge";
export type HmsTidsrom = "formiddag" | "ettermiddag" | "kveld" | "helg";
export type HmsUtfall = "ikke_hjemme" | "besokt" | "avslo" | "ledig_bolig";
export type HmsFunntype = "bygning" | "behov";
export type HmsFunnstatus = "apen" | "sendt" | "henvist" | "lukket";
export type HmsTema =
  | "rettigheter_plikter"
  | "husleie_okonomi"
  | "tilpasning"
  | "trygghet"
  | "sosialt_nettverk"
  | "barn_unge"
  | "annet";
export type HmsTjeneste =
  | "nav"
  | "boligkontor"
  | "helsestasjon"
  | "psykisk_helse_rus"
  | "hjemmetjeneste"
  | "barn_unge"
  | "frivilligsentral"
  | "annen";

/** An HMS campaign at one address: door-to-door visits over a period. */
export type HmsKampanjeTable = {
  id: string;
  bydel_id: string;
  eiendom_id: string;
  tittel: string;
  fra_dato: string;
  til_dato: string;
  gjennomfores_av: HmsUtforer;
  versjon: Generated<number>;
  opprettet_av_id: string;
  opprettet: ColumnType<Date, Date | undefined, never>;
  idempotensnokkel: string;
  /** The anonymous concern the campaign was planned from (migration 0017), if any. */
  bekymring_id: ColumnType<string | null, string | null | undefined, never>;
};

/** One unit on a campaign's door list (generated when the campaign is created). */
export type HmsDorTable = {
  id: string;
  kampanje_id: string;
  bydel_id: string;
  oppgang_id: string;
  bolig_id: string;
  versjon: Generated<number>;
};

/** One attempt at a door (1–4). No names: the unit is the door. */
export type HmsBesokTable = {
  id: string;
  kampanje_id: string;
  dor_id: string;
  bydel_id: string;
  forsok: number;
  dato: string;
  tidsrom: HmsTidsrom;
  utfall: HmsUtfall;
  registrert_av_id: string;
  registrert: ColumnType<Date, Date | undefined, never>;
  idempotensnokkel: string;
};

/** A finding on a visit: a building fault (→ defect report) or an unmet need (→ referral, district only). */
export type HmsFunnTable = {
  id: string;
  kampanje_id: string;
  dor_id: string;
  besok_id: string;
  bydel_id: string;
  type: HmsFunntype;
  tema: HmsTema | null;
  beskrivelse: string | null;
  status: HmsFunnstatus;
  mangelmelding_id: string | null;
  lukket_dato: string | null;
  versjon: Generated<number>;
  registrert_av_id: string;
  registrert_av_rolle: string;
  registrert: ColumnType<Date, Date | undefined, never>;
  idempotensnokkel: string;
};

/** A need-finding referred to a district service. Never read by the property manager. */
export type HmsHenvisningTable = {
  funn_id: string;
  bydel_id: string;
  tjeneste: HmsTjeneste;
  oppsummering: string;
  henvist_dato: string;
  henvist_av_id: string;
};
// tildeling regler (migration 0013)

/** The district's default composition limits and objective weights for the allocation engine. */
export type TildelingBydelsregelTable = {
  bydel_id: string;
  maks_hoy_oppfolging_per_runde: number | null;
  maks_andel_hoy_oppfolging: ColumnType<string | null, string | number | null, string | number | null>;
  mal_andel_hoy_oppfolging: ColumnType<string, string | number, string | number>;
  vekter: ColumnType<Record<string, number>, string, string>;
  versjon: ColumnType<number, number | undefined, number>;
};

/** One change of a stairwell's (oppgang_id set) or the district's (null) allocation rules: kept, never edited. */
export type TildelingRegelendringTable = {
  id: string;
  bydel_id: string;
  oppgang_id: string | null;
  fra: ColumnType<Record<string, unknown> | null, string | null, never>;
  til: ColumnType<Record<string, unknown>, string, never>;
  begrunnelse: string;
  endret_av_id: string;
  endret_av_navn: string;
  endret: ColumnType<Date, Date | undefined, never>;
};
// undersokelse (migration 0015)

/**
 * Per round and address: the answer count and the sufficient statistics (n, sum, sum of squares of each
 * indicator, in INDIKATORER order), kept by triggers on undersokelse_svar. Written only by those triggers.
 */
export type UndersokelseAggregatTable = {
  runde_id: string;
  eiendom_id: string;
  bydel_id: string;
  svar: number;
  summer: number[];
};
// naermiljokontor (migration 0016, docs/domain/naermiljokontor.md)
export type NaermiljoTjeneste = "bydel" | "boligbygg" | "nav" | "helsestasjon" | "frivillige" | "annet";
export type NaermiljoTema =
  "bolig" | "feil_mangler" | "naboforhold" | "okonomi_nav" | "helse" | "aktiviteter" | "annet";

/** A nærmiljøkontor at one address: opening hours, the room and the services present. */
export type NaermiljokontorTable = {
  eiendom_id: string;
  bydel_id: string;
  apningstider: string;
  sted: string;
  tjenester: NaermiljoTjeneste[];
  versjon: ColumnType<number, number | undefined, number>;
  endret_av_id: string;
  endret: ColumnType<Date, Date | undefined, Date | undefined>;
};

/** One registration of contacts: N contacts about a topic in a week (Monday). Counts only, never people. */
export type NaermiljokontorKontaktTable = {
  id: string;
  eiendom_id: string;
  bydel_id: string;
  uke: ColumnType<string, string, never>;
  tema: NaermiljoTema;
  antall: number;
  korrigering: ColumnType<boolean, boolean | undefined, never>;
  registrert_av_id: string;
  registrert: ColumnType<Date, Date | undefined, never>;
  idempotensnokkel: string;
};
