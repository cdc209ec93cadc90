import { BYDELER } from "./bydeler";

/**
 * Reference data: each district's housing office (boligkontor), the sender of decision letters and preliminary
 * replies. DEMO VALUES: the post-box addresses, phone numbers and e-mail addresses are INVENTED (role addresses
 * under the reserved `.example` domain; phone numbers in the Oslo format that belong to nobody). Replace them
 * with the municipality's real contact points before production use.
 */
export type Boligkontor = {
  /** "Bydel Sagene". */
  bydel: string;
  enhet: string;
  adresselinjer: string[];
  telefon: string;
  epost: string;
};

/** The office of a district (by id); null for an unknown district. */
export function boligkontor(bydelId: string): Boligkontor | null {
  const bydel = BYDELER.find((b) => b.id === bydelId);
  if (!bydel) return null;
  const nr = String(bydel.nummer).padStart(2, "0");
  return {
    bydel: `Bydel ${bydel.navn}`,
    enhet: "Boligkontoret",
    adresselinjer: [`Postboks ${4300 + bydel.nummer} Sentrum`, "0101 Oslo"],
    telefon: `23 47 52 ${nr}`,
    epost: `boligkontor.${bydel.id}@bydel.example`,
  };
}
