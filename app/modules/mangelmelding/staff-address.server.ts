import { bydelScope } from "../../auth/policy.server";
import { fail } from "../../lib/errors";
import { krevTilgang, type MangelContext } from "./queries.server";

export type Valg = { id: string; navn: string };

export type AdresseValg = {
  /** Districts the actor may register in (Boligbygg: all; a district role: its own). */
  bydeler: Valg[];
  bydelId: string | null;
  /** Addresses (eiendom) in the chosen district, by street address. */
  eiendommer: Valg[];
  eiendomId: string | null;
  /** Stairwells (oppgang) of the chosen address. */
  oppganger: Valg[];
  oppgang: {
    id: string;
    gateadresse: string;
    postnummer: string;
    poststed: string;
    bydelNavn: string;
  } | null;
  /** Units (bolig) of the chosen stairwell: number and floor only, never who lives there. */
  boliger: { id: string; bolignummer: string; etasje: number }[];
};

/**
 * The address steps of staff's defect form: district → address → stairwell → (optional) unit, each a plain
 * GET choice so the form works without JavaScript. Only places in the actor's scope are offered; an id outside
 * it (or unknown) is "not found". A district role's district is chosen for it; an address with one stairwell
 * chooses it too. No person data: units are shown by number and floor.
 */
export async function staffAddressChoices(
  ctx: MangelContext & { bydelId?: string | null; eiendomId?: string | null; oppgangId?: string | null },
): Promise<AdresseValg> {
  const { actor, db } = ctx;
  krevTilgang(actor, "mangelmelding.registrere");
  const scope = bydelScope(actor);
  if (!scope.alle && scope.bydeler.length === 0) fail("ikke_tilgang");
  const bydeler = await db
    .selectFrom("bydel")
    .select(["id", "navn"])
    .$if(!scope.alle, (q) => q.where("id", "in", scope.alle ? [] : scope.bydeler))
    .orderBy("navn")
    .execute();
  const svar: AdresseValg = {
    bydeler,
    bydelId: null,
    eiendommer: [],
    eiendomId: null,
    oppganger: [],
    oppgang: null,
    boliger: [],
  };

  let oppgangId = ctx.oppgangId ?? null;
  let eiendomId = ctx.eiendomId ?? null;
  let bydelId = ctx.bydelId ?? null;
  if (oppgangId) {
    const o = await db
      .selectFrom("oppgang")
      .select(["eiendom_id", "bydel_id"])
      .where("id", "=", oppgangId)
      .executeTakeFirst();
    if (!o || (!scope.alle && !scope.bydeler.includes(o.bydel_id))) fail("ikke_funnet");
    eiendomId = o.eiendom_id;
    bydelId = o.bydel_id;
  } else if (eiendomId) {
    const e = await db
      .selectFrom("eiendom")
      .select("bydel_id")
      .where("id", "=", eiendomId)
      .executeTakeFirst();
    if (!e || (!scope.alle && !scope.bydeler.includes(e.bydel_id))) fail("ikke_funnet");
    bydelId = e.bydel_id;
  }
  if (bydelId && !bydeler.some((b) => b.id === bydelId)) fail("ikke_funnet");
  if (!bydelId && bydeler.length === 1) bydelId = bydeler[0]!.id;
  if (!bydelId) return svar;
  svar.bydelId = bydelId;
  svar.eiendommer = await db
    .selectFrom("eiendom")
    .select(["id", "gateadresse as navn"])
    .where("bydel_id", "=", bydelId)
    .orderBy("gateadresse")
    .orderBy("id")
    .execute();
  if (!eiendomId) return svar;
  svar.eiendomId = eiendomId;
  svar.oppganger = await db
    .selectFrom("oppgang")
    .select(["id", "gateadresse as navn"])
    .where("eiendom_id", "=", eiendomId)
    .orderBy("gateadresse")
    .orderBy("id")
    .execute();
  if (!oppgangId && svar.oppganger.length === 1) oppgangId = svar.oppganger[0]!.id;
  if (!oppgangId) return svar;
  svar.oppgang =
    (await db
      .selectFrom("oppgang as o")
      .innerJoin("eiendom as e", "e.id", "o.eiendom_id")
      .innerJoin("bydel as b", "b.id", "o.bydel_id")
      .select(["o.id", "o.gateadresse", "e.postnummer", "e.poststed", "b.navn as bydelNavn"])
      .where("o.id", "=", oppgangId)
      .executeTakeFirst()) ?? null;
  svar.boliger = await db
    .selectFrom("bolig")
    .select(["id", "bolignummer", "etasje"])
    .where("oppgang_id", "=", oppgangId)
    .orderBy("etasje")
    .orderBy("bolignummer")
    .execute();
  return svar;
}
