import { PERSONAS } from "../../auth/test-idp/personas";
import { validate } from "../../lib/fodselsnummer";
import type { PersonaSpec } from "./households";

/**
 * The resident personas of the test identity provider, as households in the
 * demo Oslo: each is the main person of a household with an active lease in
 * the persona's district, at a wholly owned block (gård). The details here
 * (family, lease) make the demo stories work: Amina's contract ends within
 * the renewal window, Piotr's has years left.
 */
type Extra = Pick<PersonaSpec, "members" | "leaseYears" | "endsInDays"> & { rom: number };

const EXTRA: Record<string, Extra> = {
  "beboer-sagene": {
    rom: 3,
    leaseYears: 3,
    endsInDays: 130,
    members: [
      { rolle: "barn", alder: 9, kjonn: "kvinne", gruppe: "somali" },
      { rolle: "barn", alder: 5, kjonn: "mann", gruppe: "somali" },
    ],
  },
  "beboer-stovner": {
    rom: 3,
    leaseYears: 5,
    endsInDays: 700,
    members: [
      { rolle: "medsoker", alder: 48, kjonn: "kvinne", gruppe: "polsk" },
      { rolle: "barn", alder: 14, kjonn: "mann", gruppe: "polsk" },
    ],
  },
};

export type DemoPersona = PersonaSpec & { personaId: string; bydelId: string; rom: number };

export function demoPersonas(): DemoPersona[] {
  return PERSONAS.flatMap((persona) => {
    if (persona.kind !== "beboer") return [];
    const checked = validate(persona.pid, { allowSynthetic: true });
    if (!checked.ok)
      throw new Error(`Personaen ${persona.id} har et ugyldig fødselsnummer (${checked.grunn})`);
    const words = persona.navn.trim().split(/\s+/);
    const etternavn = words.pop()!;
    const extra = EXTRA[persona.id] ?? { rom: 2, leaseYears: 3 as const, endsInDays: 300, members: [] };
    return [
      {
        personaId: persona.id,
        bydelId: persona.bydelId,
        fodselsnummer: checked.fodselsnummer.verdi,
        fornavn: words.join(" ") || etternavn,
        etternavn,
        fodselsdato: checked.fodselsnummer.fodselsdato,
        ...extra,
      },
    ];
  });
}
