import { fail } from "../../lib/errors";
import { ageOnDate } from "./alder";
import { submitApplication, type SubmitResult } from "../cases/submit-application.server";
import { getOwnRenewal } from "./get-own-renewal.server";
import { idag, krev, type LeaseContext } from "./queries.server";
import { fornyelsessoknadSchema, type Fornyelsessoknad } from "./schemas";

export const FORNYELSE_STANDARDTEKST =
  "Leier kommunal bolig i dag og søker om ny leiekontrakt før den gamle går ut.";

/**
 * The tenant applies to renew their lease from Min bolig: a case of type `fornyelse` in the lease's district,
 * submitted through the case journey's own use case (submitApplication: saksnummer, § 11 a deadline, case log,
 * audit, idempotency key). The household (adults, children's ages) is taken from the lease's household. Only
 * when the tenant may apply (own active lease, within the application period, no renewal application yet).
 */
export async function applyForRenewal(
  ctx: LeaseContext & { input: Fornyelsessoknad },
): Promise<SubmitResult> {
  const { db, actor } = ctx;
  krev(actor, "egen_sak.soke");
  const sjekk = fornyelsessoknadSchema.safeParse(ctx.input);
  if (!sjekk.success) fail("ugyldig");
  const input = sjekk.data;
  const egen = await getOwnRenewal(ctx);
  if (!egen) fail("ikke_funnet");
  if (!egen.kanSoke) {
    if (egen.sak)
      return { sakId: egen.sak.sakId, saksnummer: egen.sak.saksnummer, versjon: 1, duplikat: true };
    fail("konflikt");
  }
  const today = idag(ctx.now);
  const medlemmer = await db
    .selectFrom("leiekontrakt as lk")
    .innerJoin("husstand_medlem as m", "m.husstand_id", "lk.husstand_id")
    .innerJoin("person as p", "p.id", "m.person_id")
    .select(["m.rolle", "p.fodselsdato"])
    .where("lk.id", "=", egen.leiekontraktId)
    .execute();
  const barn = medlemmer
    .filter((m) => m.rolle === "barn")
    .map((m) => ({ alder: Math.min(25, Math.max(0, ageOnDate(m.fodselsdato, today))) }));
  const voksne = Math.max(1, medlemmer.length - barn.length);
  return submitApplication({
    db,
    actor,
    requestId: ctx.requestId,
    now: ctx.now,
    input: {
      type: "fornyelse",
      innsenderrolle: "soker",
      bydelId: egen.bydelId,
      idempotensnokkel: input.idempotensnokkel,
      husstand: { voksne: Math.min(10, voksne), barn: barn.slice(0, 15) },
      innhold: {
        boligsituasjon: { naavaerende: "annet", beskrivelse: input.endringer || FORNYELSE_STANDARDTEKST },
        okonomi: { inntektKrPerAar: input.inntekt },
        onsker: { bydeler: [egen.bydelId] },
      },
    },
  });
}
