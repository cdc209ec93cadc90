/** Kinds of personal data an audit row can name. Labels are shown to residents in their access log. */
export const AUDIT_KATEGORIER = {
  personalia: { nb: "Navn og kontaktopplysninger", en: "Name and contact details", saerlig: false },
  husstand: { nb: "Husstanden din", en: "Your household", saerlig: false },
  leieforhold: { nb: "Leiekontrakten din", en: "Your tenancy", saerlig: false },
  oppfolgingsbehov: { nb: "Behov for oppfølging", en: "Need for follow-up", saerlig: true },
  helse: { nb: "Helseopplysninger", en: "Health information", saerlig: true },
  sak: { nb: "Saken din", en: "Your case", saerlig: false },
  // bekymring og naboklage
  bekymring: { nb: "Bekymringsmelding", en: "Concern report", saerlig: true },
  naboklage: { nb: "Naboklage", en: "Neighbour complaint", saerlig: false },
  // hms
  hms_besok: { nb: "HMS-besøk i boligen din", en: "Health and safety visits to your home", saerlig: false },
  hms_henvisning: {
    nb: "Henvisning etter HMS-besøk",
    en: "Referral after a health and safety visit",
    saerlig: true,
  },
  // naermiljokontor
  naermiljokontor: {
    nb: "Nærmiljøkontoret på adressen din",
    en: "The neighbourhood office at your address",
    saerlig: false,
  },
} as const;

export type AuditKategori = keyof typeof AUDIT_KATEGORIER;
export type AuditHandling = "les" | "opprett" | "endre" | "slett";
