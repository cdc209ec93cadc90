import type { Rolle } from "../../app/auth/actor";
import { PERSONAS } from "../../app/auth/test-idp/personas";
import { fillPattern, type AppRoute } from "./helpers/app-routes";
import { DISTRICTS, tableForParam, type DemoIds, type District } from "./helpers/demo-ids";

/**
 * The access matrix: for every URL pattern in app/routes.ts, who gets what.
 * The test (access-matrix.test.ts) fails for a route without an entry here,
 * and for an entry whose route no longer exists. The role lists are written
 * out by hand from DOMAIN.md §2 and app/auth/permissions.ts — on purpose not
 * imported, so a change to the registry must be matched here.
 *
 * Outcomes: "ok" 200 · "login" 401 or a redirect to sign-in · "forbidden" 403 ·
 * "notfound" 404 · "redirect" any other 3xx · "badrequest" 400 · "notallowed" 405 ·
 * "handled" (POST by someone allowed, with an empty form: 200, 3xx, 400, 409 or 422 — never a deny or 5xx).
 */
export type Outcome =
  "ok" | "login" | "forbidden" | "notfound" | "redirect" | "badrequest" | "notallowed" | "handled";

export type Who = (typeof PERSONAS)[number]["id"] | "anonym";
export const WHO: readonly Who[] = [...PERSONAS.map((persona) => persona.id), "anonym"];

/** One way to fill a route's params; `district` is where the rows live (null: not district data). */
export type ParamSet = {
  label: string;
  district: District | null;
  values: Record<string, string>;
  /** Well-formed ids of rows that do not exist (the demo data has none yet): "ok" becomes "notfound". */
  absent?: boolean;
};

/** One outcome, or several that are all acceptable (e.g. an empty form may be refused before the row lookup). */
export type Expect = (who: Who, set: ParamSet | null) => Outcome | readonly Outcome[];

export type RouteSpec = {
  get: Expect;
  /** Required when the route module exports an action. Sent with the persona's CSRF token and no other fields. */
  post?: Expect;
  /** How to fill params; default: one set per district, each `<table>Id` param from that district's demo rows. */
  params?: (ids: DemoIds) => ParamSet[];
  /** POSTing ends the session (sign-out): run after all other requests of the persona. */
  endsSession?: boolean;
  /** Why this route looks the way it does, when not obvious. */
  note?: string;
};

export function personaOf(who: Who) {
  return PERSONAS.find((persona) => persona.id === who);
}

/** Open to everyone, signed in or not. */
export const open: Expect = () => "ok";

/**
 * Signed-in users holding one of `roles`; others get 403, anonymous users
 * are sent to sign in. With `scope: "bydel"` the rows are district data:
 * district roles see only their own district (another district's ids are
 * 404), city-wide roles in `roles` (the property manager) see all.
 */
export function allow(roles: readonly Rolle[], options: { scope?: "bydel" | "none" } = {}): Expect {
  return (who, set) => {
    const persona = personaOf(who);
    if (!persona) return "login";
    const rolle: Rolle = persona.kind === "beboer" ? "beboer" : persona.rolle;
    if (!roles.includes(rolle)) return "forbidden";
    if (set?.absent) return "notfound";
    if (
      options.scope === "bydel" &&
      set?.district &&
      persona.bydelId !== null &&
      persona.bydelId !== set.district
    ) {
      return "notfound";
    }
    return "ok";
  };
}

/**
 * POST: the same deny as GET; those who may GET have their (empty) form handled. Where GET is "notfound"
 * (another district's row, or an absent one), an empty form may also be refused as invalid (400) before the
 * row is looked up — that reveals nothing either.
 */
export const sameAsGet =
  (get: Expect): Expect =>
  (who, set) => {
    const outcome = get(who, set);
    if (outcome === "ok") return "handled";
    if (outcome === "notfound") return ["notfound", "badrequest"];
    return outcome;
  };

/** The default param sets: every `<table>Id` param from the demo rows of Sagene, then of Stovner. */
export function byDistrict(params: string[]) {
  return (ids: DemoIds): ParamSet[] =>
    DISTRICTS.map((district) => {
      const values: Record<string, string> = {};
      for (const param of params) {
        const table = tableForParam(param);
        const value = table ? ids[district][table] : undefined;
        if (value !== undefined) values[param] = value;
      }
      return { label: district, district, values };
    });
}

/** Every sign-in type the callback route knows; it is not district data. */
const loginTypes = (): ParamSet[] =>
  (["ansatt", "beboer"] as const).map((type) => ({ label: type, district: null, values: { type } }));

/** Survey administration and results (undersokelse.administrer, undersokelse.resultater). */
const SURVEY_ADMIN: readonly Rolle[] = ["bomiljokoordinator", "analytiker"];

/** The housing register's roles (boligregister.les). */
const REGISTER: readonly Rolle[] = ["saksbehandler", "booppfolger", "bomiljokoordinator", "forvalter"];

/**
 * A route whose `:id` is a row of `table`: one set per district. A district without such a row leaves the
 * value out, and "every id param can be filled from the demo data" fails — the cross-district check never
 * silently disappears.
 */
const idFrom =
  (table: string) =>
  (ids: DemoIds): ParamSet[] =>
    DISTRICTS.map((district) => {
      const id = ids[district][table];
      const values: Record<string, string> = id === undefined ? {} : { id };
      return { label: `${table} i ${district}`, district, values };
    });

/** A uuid no demo row has: requests with it may only ever be "notfound" (or denied before the lookup). */
export const ABSENT_ID = "00000000-0000-4000-8000-000000000000";

/**
 * A case document route (`:sakId` plus `:<param>` naming a row of `table` that references its case): the
 * first such row in each district with its own case; while the demo data has no such rows, one set of
 * well-formed ids that match nothing (so the permission check is still exercised, and "ok" reads "notfound").
 */
const caseDocument =
  (param: string, table: string) =>
  (ids: DemoIds): ParamSet[] => {
    if (DISTRICTS.some((district) => !ids[district][table])) {
      return [
        {
          label: `ingen ${table} i demodata`,
          district: null,
          values: { sakId: ABSENT_ID, [param]: ABSENT_ID },
          absent: true,
        },
      ];
    }
    return DISTRICTS.map((district) => ({
      label: `${table} i ${district}`,
      district,
      values: { sakId: ids[district][`${table}.sak_id`] ?? "", [param]: ids[district][table] ?? "" },
    }));
  };

/** A case (`:sakId`) in each district; while the demo data has no cases, one well-formed id that matches nothing. */
const caseRow = (ids: DemoIds): ParamSet[] =>
  DISTRICTS.some((district) => !ids[district].sak)
    ? [{ label: "ingen sak i demodata", district: null, values: { sakId: ABSENT_ID }, absent: true }]
    : DISTRICTS.map((district) => ({
        label: `sak i ${district}`,
        district,
        values: { sakId: ids[district].sak ?? "" },
      }));

/** samarbeid.les / samarbeid.skriv (and beboerrad.les, aktivitet.*): the coordinator and the property manager. */
const SAMARBEID: Rolle[] = ["bomiljokoordinator", "forvalter"];

/** A samarbeid row chosen by a key of demo-ids.ts (rows the property manager may see), per district. */
const samarbeidRow =
  (param: string, key: string) =>
  (ids: DemoIds): ParamSet[] =>
    DISTRICTS.some((district) => !ids[district][key])
      ? [{ label: `ingen ${key} i demodata`, district: null, values: { [param]: ABSENT_ID }, absent: true }]
      : DISTRICTS.map((district) => ({
          label: `${key} i ${district}`,
          district,
          values: { [param]: ids[district][key] ?? "" },
        }));
/**
 * A district's row of `table` for each district that has one (the small demo Oslo may have no vacancies, so no
 * allocation round, in a district); for a district without, a well-formed id that matches nothing, so the
 * permission check is still exercised and "ok" reads "notfound".
 */
const districtRowOrAbsent =
  (param: string, table: string) =>
  (ids: DemoIds): ParamSet[] =>
    DISTRICTS.map((district) => {
      const id = ids[district][table];
      return id === undefined
        ? {
            label: `ingen ${table} i ${district}`,
            district: null,
            values: { [param]: ABSENT_ID },
            absent: true,
          }
        : { label: `${table} i ${district}`, district, values: { [param]: id } };
    });

/** sak.les: the caseworker (own district) and the appeal board (cases forwarded to it). */
const CASES: Rolle[] = ["saksbehandler", "klagenemnd"];

/**
 * A case's letters (sak.les): the caseworker in the own district, the board only in cases forwarded to it.
 * The matrix picks each district's lowest letter, which in the demo data sits in a case that is not
 * forwarded, so the board gets 404 (if the demo data changes that, this fails and says so).
 */
const caseLetter: Expect = (who, set) => {
  const outcome = allow(CASES, { scope: "bydel" })(who, set);
  const persona = personaOf(who);
  return outcome === "ok" && persona?.kind === "ansatt" && persona.rolle === "klagenemnd"
    ? "notfound"
    : outcome;
};

/** An id no one owns (a well-formed uuid): the resident's own-row routes answer it with 404. */
const UNOWNED_ID = "0000000a-0000-4000-8000-0000000000a1";
const unowned =
  (...params: string[]) =>
  (): ParamSet[] => [
    {
      label: "id som ingen eier",
      district: null,
      values: Object.fromEntries(params.map((p) => [p, UNOWNED_ID])),
    },
  ];
/** Rows owned by the signed-in person: `roles` get 404 for an id they do not own; others the deny. */
const ownedBy =
  (roles: readonly Rolle[]): Expect =>
  (who, set) => {
    const outcome = allow(roles)(who, set);
    return outcome === "ok" ? "notfound" : outcome;
  };

/** The appeal board's pages: per district a case forwarded to the board (200) and one that is not (404). */
const IKKE_SENDT = "sak ikke sendt til klagenemnda";
const boardCases = (ids: DemoIds): ParamSet[] =>
  DISTRICTS.flatMap((district) =>
    (
      [
        ["sak:klagenemnd", `sak sendt til klagenemnda i ${district}`],
        ["sak:ikke_klagenemnd", `${IKKE_SENDT} i ${district}`],
      ] as const
    ).map(([key, label]): ParamSet => {
      const id = ids[district][key];
      return { label, district, values: id === undefined ? {} : { sakId: id } };
    }),
  );
/** klage.avgjore, and only for cases forwarded to the board: any other case is 404 (not district-scoped). */
const boardCase: Expect = (who, set) => {
  const outcome = allow(["klagenemnd"])(who, set);
  return outcome === "ok" && set?.label.startsWith(IKKE_SENDT) ? "notfound" : outcome;
};

/** A defect report's photo per district (from the demo data); one absent pair while there are none. */
const defectPhotos = (ids: DemoIds): ParamSet[] =>
  DISTRICTS.some((district) => !ids[district].mangelmelding_bilde)
    ? [
        {
          label: "ingen bilder i demodata",
          district: null,
          values: { mangelmeldingId: ABSENT_ID, bildeId: ABSENT_ID },
          absent: true,
        },
      ]
    : DISTRICTS.map((district) => ({
        label: `bilde i ${district}`,
        district,
        values: {
          mangelmeldingId: ids[district]["mangelmelding_bilde.mangelmelding_id"] ?? "",
          bildeId: ids[district].mangelmelding_bilde ?? "",
        },
      }));
/**
 * Boligbygg sees every report's photos; a resident only their own and a coordinator only the ones she registered
 * (404 here: the demo photos are residents'); everyone else is refused.
 */
const defectPhoto: Expect = (who, set) => {
  const outcome = allow(["forvalter", "beboer", "bomiljokoordinator"])(who, set);
  const persona = personaOf(who);
  const boligbygg = persona?.kind !== "beboer" && persona?.rolle === "forvalter";
  return outcome === "ok" && !boligbygg ? "notfound" : outcome;
};
/** Public; a set labelled "(ukjent)" names a language with no card or poster. */
const kontaktkort: Expect = (_who, set) => (set?.label.includes("(ukjent)") ? "notfound" : "ok");

/** bomiljoplan.les, and only measures 1–15. */
const tiltakNummer: Expect = (who, set) => {
  const outcome = allow(["bomiljokoordinator"])(who, set);
  return outcome === "ok" && set?.values.nummer === "16" ? "notfound" : outcome;
};

export const ROUTE_SPECS: Record<string, RouteSpec> = {
  "/": { get: open },
  "/personvern": { get: open },
  "/tilgjengelighet": { get: open },
  "/logg-inn": { get: open },
  "/sprak": {
    get: () => "notfound",
    post: () => "badrequest",
    note: "Language switch: POST only; an empty form is invalid for everyone.",
  },
  "/auth/logg-inn": {
    get: () => "login",
    note: "Without ?type= it sends everyone to the /logg-inn chooser.",
  },
  "/auth/callback/:type": {
    get: () => "badrequest",
    params: loginTypes,
    note: "Without the sealed login-state cookie of a started sign-in, the callback refuses.",
  },
  "/auth/logg-ut": {
    get: () => "redirect",
    post: () => "redirect",
    endsSession: true,
    note: "Signing out is a POST (GET goes to the front page); anyone may sign out (anonymous: nothing happens).",
  },
  "/innsyn": { get: allow(["beboer"]) },
  "/admin": { get: allow(["systemadministrator"]), post: sameAsGet(allow(["systemadministrator"])) },
  "/boliger": { get: allow(REGISTER) },
  "/boliger/sok": { get: allow(REGISTER) },
  "/boliger/bydel/:bydelId": { get: allow(REGISTER, { scope: "bydel" }) },
  "/boliger/eiendom/:id": { get: allow(REGISTER, { scope: "bydel" }), params: idFrom("eiendom") },
  "/boliger/oppgang/:id": { get: allow(REGISTER, { scope: "bydel" }), params: idFrom("oppgang") },
  "/boliger/bolig/:id": { get: allow(REGISTER, { scope: "bydel" }), params: idFrom("bolig") },
  "/statistikk": { get: allow(["analytiker", "leder"]) },
  "/statistikk.csv": { get: allow(["analytiker", "leder"]) },
  "/min-bolig": { get: allow(["beboer"]) },
  "/saker": { get: allow(["saksbehandler"]), note: "The caseworker's work queue (sak.behandle)." },
  "/saker/:sakId": {
    get: allow(["saksbehandler"], { scope: "bydel" }),
    post: sameAsGet(allow(["saksbehandler"], { scope: "bydel" })),
    params: caseRow,
    note: "Case handling (sak.behandle); the board works in /klagenemnd/:sakId.",
  },
  "/saker/:sakId/vedtak/:vedtakId.pdf": {
    get: caseLetter,
    params: caseDocument("vedtakId", "vedtak"),
    note: "The decision letter as PDF.",
  },
  "/saker/:sakId/forelopig-svar/:svarId.pdf": {
    get: caseLetter,
    params: caseDocument("svarId", "forelopig_svar"),
    note: "A preliminary reply as PDF.",
  },
  "/saker/:sakId/vedlegg/:vedleggId": {
    get: caseLetter,
    params: caseDocument("vedleggId", "vedlegg"),
    note: "An attachment of the application as a download.",
  },
  // The application form and Mine saker (U1). A resident's own drafts and cases are not district rows: the
  // matrix asks with ids nobody owns, so the resident gets 404 and every other role the deny.
  "/soknad": { get: allow(["beboer"]), post: sameAsGet(allow(["beboer"])) },
  "/soknad/:utkastId": {
    get: ownedBy(["beboer"]),
    post: ownedBy(["beboer"]),
    params: unowned("utkastId"),
    note: "A draft belongs to the resident who started it; anyone else's id is 404.",
  },
  "/mine-saker": { get: allow(["beboer"]) },
  "/mine-saker/:sakId": { get: ownedBy(["beboer"]), params: unowned("sakId") },
  "/mine-saker/:sakId/klage": {
    get: ownedBy(["beboer"]),
    post: sameAsGet(allow(["beboer"])),
    params: unowned("sakId"),
    note: "An empty appeal is refused at the field (422) before the case is looked up.",
  },
  "/mine-saker/:sakId/vedtak/:vedtakId.pdf": {
    get: ownedBy(["beboer"]),
    params: unowned("sakId", "vedtakId"),
  },
  "/mine-saker/:sakId/forelopig-svar/:svarId.pdf": {
    get: ownedBy(["beboer"]),
    params: unowned("sakId", "svarId"),
  },
  "/saker/ny": {
    get: allow(["saksbehandler", "booppfolger"]),
    post: sameAsGet(allow(["saksbehandler", "booppfolger"])),
    note: "Paper registration (sak.registrer): the caseworker, and the follow-up service for its own users.",
  },
  // The appeal board's pages and the staff waiting list (U3).
  "/klagenemnd": { get: allow(["klagenemnd"]), note: "Only appeals forwarded to the board are listed." },
  "/klagenemnd/:sakId": {
    get: boardCase,
    post: (who, set) => (allow(["klagenemnd"])(who, set) === "ok" ? "handled" : boardCase(who, set)),
    params: boardCases,
    note: "An empty form (no row version) is refused with 400 before the case is looked up, so it reveals nothing.",
  },
  "/venteliste": { get: allow(["saksbehandler"]), note: "The own district's list (venteliste.les)." },
  // mangelmelding
  "/mangler": { get: allow(["beboer"]), note: "The resident's own defect reports." },
  "/mangler/ny": {
    get: allow(["beboer"]),
    post: sameAsGet(allow(["beboer"])),
    note: "The report form (also the QR code's target, ?oppgang=); anonymous GET is sent to sign in and back.",
  },
  "/mangler/:mangelmeldingId": {
    get: ownedBy(["beboer"]),
    post: sameAsGet(ownedBy(["beboer"])),
    params: unowned("mangelmeldingId"),
    note: "POST adds information to the resident's own open report; another's is 404.",
  },
  "/mangler/:mangelmeldingId/bilder/:bildeId": {
    get: defectPhoto,
    params: defectPhotos,
    note: "A report's photo: Boligbygg (all), the resident who reported it and the staff member who registered it (the personas own none of these).",
  },
  "/mangelmeldinger": {
    get: allow(["forvalter"]),
    note: "Boligbygg's defect queue (mangelmelding.behandle).",
  },
  "/mangelmeldinger/svartider": {
    get: allow(["forvalter", "bomiljokoordinator", "analytiker"]),
    note: "Response-time aggregates; the coordinator sees the own district, the analyst districts only.",
  },
  "/mangelmeldinger/:mangelmeldingId": {
    get: allow(["forvalter"]),
    post: sameAsGet(allow(["forvalter"])),
    note: "Boligbygg handles reports at every address; an empty form is refused as invalid (400).",
  },
  // henvendelser
  "/mangelmeldinger/ny": {
    get: allow(["forvalter", "bomiljokoordinator"]),
    post: sameAsGet(allow(["forvalter", "bomiljokoordinator"])),
    note: "Staff register a fault (mangelmelding.registrere); an empty form (no stairwell) is refused with 400.",
  },
  "/mangelmeldinger/registrert": {
    get: allow(["forvalter", "bomiljokoordinator"]),
    note: "The reports this staff member registered, in the own scope.",
  },
  "/mangelmeldinger/registrert/:mangelmeldingId": {
    get: ownedBy(["forvalter", "bomiljokoordinator"]),
    params: unowned("mangelmeldingId"),
    note: "One report this staff member registered, with its timeline; anyone else's is 404.",
  },
  // leiekontrakt
  "/fornyelser": {
    get: allow(["saksbehandler"]),
    note: "The own district's renewal worklist (fornyelse.behandle).",
  },
  "/leiekontrakter": {
    get: allow(["saksbehandler", "forvalter"]),
    note: "The lease register's start page: the caseworker's own district, the property manager chooses one.",
  },
  "/leiekontrakter/bolig/:boligId": {
    get: allow(["saksbehandler", "forvalter"], { scope: "bydel" }),
    note: "Lease history per unit (leiekontrakt.les); the property manager sees every district.",
  },
  "/leiekontrakter/husstand/:husstandId": {
    get: allow(["saksbehandler", "forvalter"], { scope: "bydel" }),
    note: "Lease history per household (leiekontrakt.les).",
  },
  "/leiekontrakter/:leiekontraktId": {
    get: allow(["saksbehandler", "forvalter"], { scope: "bydel" }),
    post: sameAsGet(allow(["saksbehandler", "forvalter"], { scope: "bydel" })),
    note: "Forms: make the renewed lease (fornyelse.behandle: the caseworker) and record a move-out (leiekontrakt.avslutte: the caseworker and the property manager); an empty form is refused with 400.",
  },
  "/min-bolig/fornyelse": {
    get: allow(["beboer"]),
    post: sameAsGet(allow(["beboer"])),
    note: "Every resident persona has an active lease with an end date; the form or why one cannot apply yet.",
  },
  "/min-bolig/varsel/:maaneder.pdf": {
    get: (who, set) => {
      const outcome = allow(["beboer"])(who, set);
      // Amina's lease ends within six months (app/db/demo/personas.ts): only her six-month notice is due.
      return outcome === "ok" && !(who === "beboer-sagene" && set?.values.maaneder === "6")
        ? "notfound"
        : outcome;
    },
    params: () => [
      { label: "seks måneder", district: null, values: { maaneder: "6" } },
      { label: "tre måneder", district: null, values: { maaneder: "3" } },
    ],
    note: "A notice is the resident's own and exists only once its day has come.",
  },
  "/min-bolig/boplan": {
    get: allow(["beboer"]),
    post: sameAsGet(allow(["beboer"])),
    note: "The resident's own boplan (or that there is none) and a comment on it.",
  },
  "/boplaner": {
    get: allow(["saksbehandler", "booppfolger"]),
    note: "The own district's housing plans (boplan.behandle); never the property manager.",
  },
  "/boplaner/:husstandId": {
    get: allow(["saksbehandler", "booppfolger"], { scope: "bydel" }),
    post: sameAsGet(allow(["saksbehandler", "booppfolger"], { scope: "bydel" })),
    note: "A household's boplan in the own district; another district's household is 404 before the form is read.",
  },
  // samarbeid
  "/samarbeid": { get: allow(SAMARBEID), note: "Cooperation meetings (samarbeid.les)." },
  "/samarbeid/ny": {
    get: allow(["bomiljokoordinator"]),
    post: sameAsGet(allow(["bomiljokoordinator"])),
    note: "A new meeting series in the own district (motserie.endre): the coordinator only, not Boligbygg.",
  },
  "/samarbeid/:motserieId": {
    get: allow(SAMARBEID, { scope: "bydel" }),
    post: sameAsGet(allow(SAMARBEID, { scope: "bydel" })),
    params: samarbeidRow("motserieId", "motserie:boligbygg"),
    note: "A district–Boligbygg series, which the property manager may see (NAV and resource-team series are 404 to it).",
  },
  "/moter/:moteId": {
    get: allow(SAMARBEID, { scope: "bydel" }),
    post: sameAsGet(allow(SAMARBEID, { scope: "bydel" })),
    params: samarbeidRow("moteId", "mote:boligbygg"),
  },
  "/oppgaver": { get: allow(SAMARBEID), note: "Mine oppgaver: the actor's own action items." },
  "/oppgaver/:tiltakspunktId": {
    get: allow(SAMARBEID, { scope: "bydel" }),
    post: sameAsGet(allow(SAMARBEID, { scope: "bydel" })),
    params: samarbeidRow("tiltakspunktId", "tiltakspunkt:boligbygg"),
  },
  "/beboerrad": {
    get: allow(SAMARBEID),
    post: sameAsGet(allow(["bomiljokoordinator"])),
    note: "Resident bodies (beboerrad.les); only the district registers new ones (beboerrad.skriv).",
  },
  "/beboerrad/:beboerorganId": {
    get: allow(SAMARBEID, { scope: "bydel" }),
    post: sameAsGet(allow(["bomiljokoordinator"], { scope: "bydel" })),
    params: samarbeidRow("beboerorganId", "beboerorgan"),
  },
  "/aktiviteter": { get: allow(SAMARBEID), post: sameAsGet(allow(SAMARBEID)) },
  "/aktiviteter/:aktivitetId": {
    get: allow(SAMARBEID, { scope: "bydel" }),
    post: sameAsGet(allow(SAMARBEID, { scope: "bydel" })),
    params: samarbeidRow("aktivitetId", "aktivitet"),
  },
  "/aktiviteter/adresse/:eiendomId": {
    get: allow(SAMARBEID, { scope: "bydel" }),
    post: sameAsGet(allow(SAMARBEID, { scope: "bydel" })),
    params: samarbeidRow("eiendomId", "eiendom"),
  },
  "/aktiviteter/adresse/:eiendomId/kalender.ics": {
    get: allow(SAMARBEID, { scope: "bydel" }),
    params: samarbeidRow("eiendomId", "eiendom"),
    note: "The address's iCalendar feed, for staff who may read activities.",
  },
  // undersokelse
  "/bomiljoundersokelse": {
    get: open,
    post: () => "handled",
    note: "The resident's answer page: no login; an empty form goes back to the code step.",
  },
  "/bomiljoundersokelse/kiosk": {
    get: open,
    post: () => "handled",
    note: "The office tablet: the same page, not signed in.",
  },
  "/undersokelser": { get: allow(SURVEY_ADMIN) },
  "/undersokelser/ny": { get: allow(SURVEY_ADMIN), post: sameAsGet(allow(SURVEY_ADMIN)) },
  "/undersokelser/papir": {
    get: allow(["bomiljokoordinator"]),
    post: sameAsGet(allow(["bomiljokoordinator"])),
  },
  "/undersokelser/resultater": { get: allow(SURVEY_ADMIN) },
  "/undersokelser/resultater.csv": { get: allow(SURVEY_ADMIN) },
  "/undersokelser/resultater.xlsx": { get: allow(SURVEY_ADMIN) },
  "/undersokelser/adresse/:eiendomId": { get: allow(["bomiljokoordinator"], { scope: "bydel" }) },
  "/undersokelser/:undersokelseRundeId": {
    get: allow(SURVEY_ADMIN, { scope: "bydel" }),
    note: "A district's own round; Velferdsetaten sees every round.",
  },
  "/undersokelser/:undersokelseRundeId/brev": {
    get: (who, set) => {
      const outcome = allow(SURVEY_ADMIN, { scope: "bydel" })(who, set);
      return outcome === "ok" ? "redirect" : outcome;
    },
    post: sameAsGet(allow(SURVEY_ADMIN, { scope: "bydel" })),
    note: "Printing letters issues codes, so it is a POST (the PDF); GET goes back to the round.",
  },
  // allocation
  "/tildeling": {
    get: allow(["saksbehandler"]),
    post: sameAsGet(allow(["saksbehandler"])),
    note: "The own district's allocation rounds (tildeling.les); an empty new-round form is refused at the field.",
  },
  "/tildeling/:tildelingsrundeId": {
    get: allow(["saksbehandler"], { scope: "bydel" }),
    post: sameAsGet(allow(["saksbehandler"], { scope: "bydel" })),
    params: districtRowOrAbsent("tildelingsrundeId", "tildelingsrunde"),
    note: "A round of the own district; another district's round is 404 before the form is read.",
  },
  "/tildeling/tilbud/:tilbudId": {
    get: allow(["saksbehandler"], { scope: "bydel" }),
    post: sameAsGet(allow(["saksbehandler"], { scope: "bydel" })),
    params: districtRowOrAbsent("tilbudId", "tilbud"),
    note: "An offer of the own district: viewing and the answer registered by the caseworker.",
  },
  "/mine-tilbud": {
    get: allow(["beboer"]),
    post: sameAsGet(allow(["beboer"])),
    note: "The resident's own offers (eget_tilbud.svare); an offer id they do not own is 404.",
  },
  // tildeling regler og avlysning
  "/tildeling/regler": {
    get: allow(["saksbehandler"]),
    post: sameAsGet(allow(["saksbehandler"])),
    note: "The district's default composition limits and weights (tildeling.les; saving: tildeling.regler); an empty form is refused at the fields.",
  },
  "/tildeling/oppganger": {
    get: allow(["saksbehandler"]),
    note: "Every stairwell of the own district with counts and rules (tildeling.les + sammensetning.les); never the property manager.",
  },
  "/tildeling/oppganger/:oppgangId": {
    get: allow(["saksbehandler"], { scope: "bydel" }),
    post: sameAsGet(allow(["saksbehandler"], { scope: "bydel" })),
    params: districtRowOrAbsent("oppgangId", "oppgang"),
    note: "A stairwell of the own district: counts, the utrygg flag and limits, the form (tildeling.regler); another district's stairwell is 404.",
  },
  // bekymring og naboklage
  "/bekymring": {
    get: open,
    post: () => "handled",
    note: "Anyone may report a concern without signing in (DOMAIN.md §2, Anonym); an empty form is 422.",
  },
  "/bekymring/kvittering": {
    get: open,
    post: () => "handled",
    note: "The receipt code is the only key; an empty or unknown code is 422 at the field.",
  },
  "/bekymringer": { get: allow(["bomiljokoordinator"]), note: "Concerns routed to the own district." },
  "/bekymringer/:bekymringId": {
    get: allow(["bomiljokoordinator"], { scope: "bydel" }),
    post: sameAsGet(allow(["bomiljokoordinator"], { scope: "bydel" })),
    note: "An empty form (no handling, no row version) is refused with 400 before the concern is looked up.",
  },
  "/naboklager": {
    get: allow(["bomiljokoordinator", "forvalter"]),
    note: "The district's social side (own district) or Boligbygg's lease side (all districts).",
  },
  "/naboklager/ny": {
    get: allow(["bomiljokoordinator"]),
    post: sameAsGet(allow(["bomiljokoordinator"])),
    note: "Only the district registers complaints; an empty form without its key is 400.",
  },
  "/naboklager/:naboklageId": {
    get: allow(["bomiljokoordinator", "forvalter"], { scope: "bydel" }),
    post: sameAsGet(allow(["bomiljokoordinator", "forvalter"], { scope: "bydel" })),
    note: "Boligbygg sees every district's complaints (lease side); an empty form is 400 before the lookup.",
  },
  "/*": { get: () => "notfound", note: "Every unknown path is a real 404 page." },
  // bomiljo
  "/bomiljo": {
    get: allow(["bomiljokoordinator"]),
    note: "The own district's plan for the 15 measures (bomiljoplan.les); Boligbygg and the analyst have none.",
  },
  "/bomiljo/tiltak/:nummer": {
    get: tiltakNummer,
    post: (who, set) => (tiltakNummer(who, set) === "ok" ? "handled" : tiltakNummer(who, set)),
    params: () => [
      { label: "tiltak 1", district: null, values: { nummer: "1" } },
      { label: "tiltak 16 (finnes ikke)", district: null, values: { nummer: "16" } },
    ],
    note: "One measure of the own district's plan; only 1–15 exist. An empty form is refused at the fields.",
  },
  "/bomiljo/adresser": {
    get: allow(["bomiljokoordinator"]),
    note: "The own district's addresses with the size of their plans.",
  },
  "/bomiljo/adresse/:eiendomId": {
    get: allow(["bomiljokoordinator"], { scope: "bydel" }),
    post: sameAsGet(allow(["bomiljokoordinator"], { scope: "bydel" })),
    note: "An address's bomiljøplan; an empty form (no idempotency key) is refused before the lookup.",
  },
  "/bomiljo/adresse/:eiendomId/tiltak/:adresseTiltakId": {
    get: allow(["bomiljokoordinator"], { scope: "bydel" }),
    post: sameAsGet(allow(["bomiljokoordinator"], { scope: "bydel" })),
    params: (ids) =>
      DISTRICTS.map((district) => ({
        label: `adresse_tiltak i ${district}`,
        district,
        values: {
          eiendomId: ids[district]["adresse_tiltak.eiendom_id"] ?? "",
          adresseTiltakId: ids[district].adresse_tiltak ?? "",
        },
      })),
    note: "One measure of an address's plan; an empty form (no row version) is refused before the lookup.",
  },
  "/bomiljo/koordinatorer": {
    get: allow(["bomiljokoordinator"]),
    post: sameAsGet(allow(["bomiljokoordinator"])),
    note: "The own district's named coordinators (measure 5); an empty form is refused at the fields.",
  },
  "/kontakt/:oppgangId/:sprak?": {
    get: kontaktkort,
    params: (ids) =>
      DISTRICTS.flatMap((district) =>
        ["nb", "ar", "xx"].map((sprak) => ({
          label: `oppgang i ${district}, språk «${sprak}»${sprak === "xx" ? " (ukjent)" : ""}`,
          district,
          values: { oppgangId: ids[district].oppgang ?? "", sprak },
        })),
      ),
    note: "The public contact card (measure 8): open to anyone; an unknown language is 404.",
  },
  "/kontakt/:oppgangId/qr.svg": {
    get: open,
    note: "The contact card's QR code to the defect-report form; public.",
  },
  "/kontakt/:oppgangId/:sprak/plakat.pdf": {
    get: kontaktkort,
    params: (ids) =>
      DISTRICTS.flatMap((district) =>
        ["nb", "ar", "ti", "xx"].map((sprak) => ({
          label: `oppgang i ${district}, plakat «${sprak}»${sprak === "xx" ? " (ukjent)" : ""}`,
          district,
          values: { oppgangId: ids[district].oppgang ?? "", sprak },
        })),
      ),
    note: "The poster as PDF in every language of the card, public; an unknown language is 404.",
  },
  "/nettverk": {
    get: allow(["bomiljokoordinator", "forvalter", "analytiker"]),
    post: sameAsGet(allow(["analytiker"])),
    note: "Velferdsetaten's network (measure 6): coordinators and Boligbygg read, the analyst runs it.",
  },
  "/nettverk/:samlingId": {
    get: allow(["bomiljokoordinator", "forvalter", "analytiker"]),
    post: sameAsGet(allow(["analytiker"])),
    params: (ids) => [
      { label: "nettverkssamling", district: null, values: { samlingId: ids.sagene.nettverk_samling ?? "" } },
      { label: "samling som ikke finnes", district: null, values: { samlingId: ABSENT_ID }, absent: true },
    ],
    note: "One gathering with its participants; an empty form is refused at the fields.",
  },
  "/bomiljo/oslostandard": {
    get: allow(["analytiker", "leder"]),
    note: "The city matrix (bomiljoplan.matrise): status only.",
  },
  // hms
  "/hms": {
    get: allow(["bomiljokoordinator", "forvalter"]),
    post: sameAsGet(allow(["bomiljokoordinator"])),
    note: "HMS campaigns (hms.les); only the district plans them (hms.planlegge).",
  },
  "/hms/:kampanjeId": {
    get: allow(["bomiljokoordinator", "forvalter"], { scope: "bydel" }),
    params: districtRowOrAbsent("kampanjeId", "hms_kampanje"),
    note: "A campaign with its door list; Boligbygg sees every district's, never needs or referrals.",
  },
  "/hms/:kampanjeId/dor/:dorId": {
    get: allow(["bomiljokoordinator", "forvalter"], { scope: "bydel" }),
    post: sameAsGet(allow(["bomiljokoordinator", "forvalter"], { scope: "bydel" })),
    params: (ids) =>
      DISTRICTS.map((district) =>
        ids[district].hms_dor === undefined
          ? {
              label: `ingen hms_dor i ${district}`,
              district: null,
              values: { kampanjeId: ABSENT_ID, dorId: ABSENT_ID },
              absent: true,
            }
          : {
              label: `hms_dor i ${district}`,
              district,
              values: {
                kampanjeId: ids[district]["hms_dor.kampanje_id"] ?? "",
                dorId: ids[district].hms_dor ?? "",
              },
            },
      ),
    note: "One unit of a campaign: attempts (district), building findings (both), needs and referrals (district only).",
  },
  // naermiljokontor
  "/naermiljokontor": {
    get: allow(["bomiljokoordinator", "forvalter", "analytiker"]),
    note: "Nærmiljøkontor: own district for the coordinator, the city for Boligbygg (no counts) and the analyst.",
  },
  "/naermiljokontor/:eiendomId": {
    get: allow(["bomiljokoordinator", "forvalter", "analytiker"], { scope: "bydel" }),
    post: sameAsGet(allow(["bomiljokoordinator"], { scope: "bydel" })),
    params: samarbeidRow("eiendomId", "eiendom"),
    note: "One address's office; only the district edits and registers contacts; Boligbygg never sees the counts.",
  },
};

/**
 * The pages a persona (or anonymous) may see, params filled with the first
 * set the matrix says is "ok" — for the accessibility and header tests.
 */
export function pagesFor(
  who: Who,
  routes: readonly AppRoute[],
  ids: DemoIds,
): { pattern: string; path: string; route: AppRoute }[] {
  const pages: { pattern: string; path: string; route: AppRoute }[] = [];
  for (const route of routes) {
    const spec = ROUTE_SPECS[route.pattern];
    if (!spec) continue;
    const sets = route.params.length === 0 ? [null] : (spec.params ?? byDistrict(route.params))(ids);
    const set = sets.find((candidate) => spec.get(who, candidate) === "ok");
    if (set === undefined) continue;
    pages.push({ pattern: route.pattern, path: fillPattern(route.pattern, set?.values ?? {}), route });
  }
  return pages;
}
