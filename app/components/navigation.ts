import type { Permission } from "../auth/permissions";
import type { MessageKey } from "../i18n";

/** One page in the primary navigation, shown only to roles holding `permission`. */
export type NavEntry = {
  href: string;
  label: MessageKey;
  /** One sentence for the card on the home page. */
  description: MessageKey;
  permission: Permission;
  /** The area of work the page belongs to: a long menu is grouped by it. */
  omrade: NavOmrade;
};

/** Areas of work, in menu order. One word each, as in `nav.omrade.<area>`. */
export const NAV_OMRADER = [
  "egen",
  "saker",
  "boliger",
  "henvendelser",
  "bomiljo",
  "undersokelse",
  "drift",
] as const;
export type NavOmrade = (typeof NAV_OMRADER)[number];

/** What the layout and the home page receive: the entries this actor may use, without the rule. */
export type NavItem = Pick<NavEntry, "href" | "label" | "description" | "omrade">;

/**
 * The nav registry. Add a page here when its route exists; the server filters
 * it with the permission registry (navigation.server.ts) for each request.
 */
export const NAV_ENTRIES: readonly NavEntry[] = [
  {
    href: "/min-bolig",
    omrade: "egen",
    label: "nav.minBolig",
    description: "nav.minBolig.beskrivelse",
    permission: "minbolig.les",
  },
  {
    href: "/mine-saker",
    omrade: "egen",
    label: "nav.mineSaker",
    description: "nav.mineSaker.beskrivelse",
    permission: "egen_sak.les",
  },
  {
    href: "/soknad",
    omrade: "egen",
    label: "nav.soknad",
    description: "nav.soknad.beskrivelse",
    permission: "egen_sak.soke",
  },
  {
    href: "/innsyn",
    omrade: "egen",
    label: "nav.innsyn",
    description: "nav.innsyn.beskrivelse",
    permission: "innsyn.les",
  },
  {
    href: "/saker",
    omrade: "saker",
    label: "nav.saker",
    description: "nav.saker.beskrivelse",
    permission: "sak.behandle",
  },
  {
    href: "/venteliste",
    omrade: "saker",
    label: "nav.venteliste",
    description: "nav.venteliste.beskrivelse",
    permission: "venteliste.les",
  },
  {
    href: "/saker/ny",
    omrade: "saker",
    label: "nav.papirsoknad",
    description: "nav.papirsoknad.beskrivelse",
    permission: "sak.registrer",
  },
  {
    href: "/boliger",
    omrade: "boliger",
    label: "nav.boliger",
    description: "nav.boliger.beskrivelse",
    permission: "boligregister.les",
  },
  {
    href: "/boliger/sok",
    omrade: "boliger",
    label: "nav.boligsok",
    description: "nav.boligsok.beskrivelse",
    permission: "boligregister.les",
  },
  {
    href: "/statistikk",
    omrade: "drift",
    label: "nav.statistikk",
    description: "nav.statistikk.beskrivelse",
    permission: "statistikk.les",
  },
  {
    href: "/klagenemnd",
    omrade: "saker",
    label: "nav.klagenemnd",
    description: "nav.klagenemnd.beskrivelse",
    permission: "klage.avgjore",
  },
  {
    href: "/admin",
    omrade: "drift",
    label: "nav.admin",
    description: "nav.admin.beskrivelse",
    permission: "admin.les",
  },
  // mangelmelding
  {
    href: "/mangler",
    omrade: "egen",
    label: "nav.mineMangler",
    description: "nav.mineMangler.beskrivelse",
    permission: "egen_mangelmelding.melde",
  },
  {
    href: "/mangelmeldinger",
    omrade: "henvendelser",
    label: "nav.mangelko",
    description: "nav.mangelko.beskrivelse",
    permission: "mangelmelding.behandle",
  },
  {
    href: "/mangelmeldinger/svartider",
    omrade: "henvendelser",
    label: "nav.svartider",
    description: "nav.svartider.beskrivelse",
    permission: "mangelmelding.svartider",
  },
  // leiekontrakt
  {
    href: "/fornyelser",
    omrade: "saker",
    label: "nav.fornyelser",
    description: "nav.fornyelser.beskrivelse",
    permission: "fornyelse.behandle",
  },
  {
    href: "/leiekontrakter",
    omrade: "boliger",
    label: "nav.leiekontrakter",
    description: "nav.leiekontrakter.beskrivelse",
    permission: "leiekontrakt.les",
  },
  {
    href: "/boplaner",
    omrade: "saker",
    label: "nav.boplaner",
    description: "nav.boplaner.beskrivelse",
    permission: "boplan.behandle",
  },
  // bomiljo
  {
    href: "/bomiljo",
    omrade: "bomiljo",
    label: "nav.bomiljoplan",
    description: "nav.bomiljoplan.beskrivelse",
    permission: "bomiljoplan.les",
  },
  {
    href: "/bomiljo/oslostandard",
    omrade: "bomiljo",
    label: "nav.oslostandard",
    description: "nav.oslostandard.beskrivelse",
    permission: "bomiljoplan.matrise",
  },
  {
    href: "/nettverk",
    omrade: "bomiljo",
    label: "nav.nettverk",
    description: "nav.nettverk.beskrivelse",
    permission: "nettverk.les",
  },
  // samarbeid
  {
    href: "/samarbeid",
    omrade: "bomiljo",
    label: "nav.samarbeid",
    description: "nav.samarbeid.beskrivelse",
    permission: "samarbeid.les",
  },
  {
    href: "/oppgaver",
    omrade: "bomiljo",
    label: "nav.oppgaver",
    description: "nav.oppgaver.beskrivelse",
    permission: "samarbeid.les",
  },
  {
    href: "/beboerrad",
    omrade: "bomiljo",
    label: "nav.beboerrad",
    description: "nav.beboerrad.beskrivelse",
    permission: "beboerrad.les",
  },
  {
    href: "/aktiviteter",
    omrade: "bomiljo",
    label: "nav.aktiviteter",
    description: "nav.aktiviteter.beskrivelse",
    permission: "aktivitet.les",
  },
  // undersokelse
  {
    href: "/undersokelser",
    omrade: "undersokelse",
    label: "nav.undersokelser",
    description: "nav.undersokelser.beskrivelse",
    permission: "undersokelse.administrer",
  },
  {
    href: "/undersokelser/resultater",
    omrade: "undersokelse",
    label: "nav.undersokelseResultater",
    description: "nav.undersokelseResultater.beskrivelse",
    permission: "undersokelse.resultater",
  },
  {
    href: "/undersokelser/papir",
    omrade: "undersokelse",
    label: "nav.undersokelsePapir",
    description: "nav.undersokelsePapir.beskrivelse",
    permission: "undersokelse.registrer",
  },
  // allocation
  {
    href: "/tildeling",
    omrade: "saker",
    label: "nav.tildeling",
    description: "nav.tildeling.beskrivelse",
    permission: "tildeling.les",
  },
  {
    href: "/mine-tilbud",
    omrade: "egen",
    label: "nav.mineTilbud",
    description: "nav.mineTilbud.beskrivelse",
    permission: "eget_tilbud.svare",
  },
  // bekymring og naboklage
  {
    href: "/bekymringer",
    omrade: "henvendelser",
    label: "nav.bekymringer",
    description: "nav.bekymringer.beskrivelse",
    permission: "bekymring.behandle",
  },
  {
    href: "/naboklager",
    omrade: "henvendelser",
    label: "nav.naboklager",
    description: "nav.naboklager.beskrivelse",
    permission: "naboklage.les",
  },
  // hms
  {
    href: "/hms",
    omrade: "bomiljo",
    label: "nav.hms",
    description: "nav.hms.beskrivelse",
    permission: "hms.les",
  },
  // henvendelser
  {
    href: "/mangelmeldinger/registrert",
    omrade: "henvendelser",
    label: "nav.registrerteMangler",
    description: "nav.registrerteMangler.beskrivelse",
    permission: "mangelmelding.registrere",
  },
  // naermiljokontor
  {
    href: "/naermiljokontor",
    omrade: "bomiljo",
    label: "nav.naermiljokontor",
    description: "nav.naermiljokontor.beskrivelse",
    permission: "naermiljokontor.endre",
  },
];

/** A menu longer than this is shown as one drop-down per area of work (a phone screen holds about seven). */
export const FLAT_MENU_MAX = 7;

/** The actor's entries grouped by area, areas in `NAV_OMRADER` order, entries in registry order. */
export function groupByOmrade(items: readonly NavItem[]): { omrade: NavOmrade; items: NavItem[] }[] {
  return NAV_OMRADER.map((omrade) => ({
    omrade,
    items: items.filter((item) => item.omrade === omrade),
  })).filter((group) => group.items.length > 0);
}

/**
 * The entry a path belongs to, for aria-current: the longest href that is the
 * path itself or a parent of it ("/boliger/sok" wins over "/boliger").
 */
export function activeHref(items: readonly NavItem[], pathname: string): string | null {
  let best: string | null = null;
  for (const { href } of items) {
    const matches = pathname === href || pathname.startsWith(`${href}/`);
    if (matches && (!best || href.length > best.length)) best = href;
  }
  return best;
}
