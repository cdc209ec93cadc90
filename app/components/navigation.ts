import type { Permission } from "../auth/permissions";
import type { MessageKey } from "../i18n";

/** One page in the primary navigation, shown only to roles holding `permission`. */
export type NavEntry = {
  href: string;
  label: MessageKey;
  /** One sentence for the card on the home page. */
  description: MessageKey;
  permission: Permission;
};

/** What the layout and the home page receive: the entries this actor may use, without the rule. */
export type NavItem = Pick<NavEntry, "href" | "label" | "description">;

/**
 * The nav registry. Add a page here when its route exists; the server filters
 * it with the permission registry (navigation.server.ts) for each request.
 */
export const NAV_ENTRIES: readonly NavEntry[] = [
  {
    href: "/min-bolig",
    label: "nav.minBolig",
    description: "nav.minBolig.beskrivelse",
    permission: "minbolig.les",
  },
  {
    href: "/mine-saker",
    label: "nav.mineSaker",
    description: "nav.mineSaker.beskrivelse",
    permission: "egen_sak.les",
  },
  {
    href: "/soknad",
    label: "nav.soknad",
    description: "nav.soknad.beskrivelse",
    permission: "egen_sak.soke",
  },
  { href: "/innsyn", label: "nav.innsyn", description: "nav.innsyn.beskrivelse", permission: "innsyn.les" },
  { href: "/saker", label: "nav.saker", description: "nav.saker.beskrivelse", permission: "sak.behandle" },
  {
    href: "/venteliste",
    label: "nav.venteliste",
    description: "nav.venteliste.beskrivelse",
    permission: "venteliste.les",
  },
  {
    href: "/saker/ny",
    label: "nav.papirsoknad",
    description: "nav.papirsoknad.beskrivelse",
    permission: "sak.registrer",
  },
  {
    href: "/boliger",
    label: "nav.boliger",
    description: "nav.boliger.beskrivelse",
    permission: "boligregister.les",
  },
  {
    href: "/boliger/sok",
    label: "nav.boligsok",
    description: "nav.boligsok.beskrivelse",
    permission: "boligregister.les",
  },
  {
    href: "/statistikk",
    label: "nav.statistikk",
    description: "nav.statistikk.beskrivelse",
    permission: "statistikk.les",
  },
  {
    href: "/klagenemnd",
    label: "nav.klagenemnd",
    description: "nav.klagenemnd.beskrivelse",
    permission: "klage.avgjore",
  },
  { href: "/admin", label: "nav.admin", description: "nav.admin.beskrivelse", permission: "admin.les" },
  // mangelmelding
  {
    href: "/mangler",
    label: "nav.mineMangler",
    description: "nav.mineMangler.beskrivelse",
    permission: "egen_mangelmelding.melde",
  },
  {
    href: "/mangelmeldinger",
    label: "nav.mangelko",
    description: "nav.mangelko.beskrivelse",
    permission: "mangelmelding.behandle",
  },
  {
    href: "/mangelmeldinger/svartider",
    label: "nav.svartider",
    description: "nav.svartider.beskrivelse",
    permission: "mangelmelding.svartider",
  },
  // leiekontrakt
  {
    href: "/fornyelser",
    label: "nav.fornyelser",
    description: "nav.fornyelser.beskrivelse",
    permission: "fornyelse.behandle",
  },
  {
    href: "/leiekontrakter",
    label: "nav.leiekontrakter",
    description: "nav.leiekontrakter.beskrivelse",
    permission: "leiekontrakt.les",
  },
  {
    href: "/boplaner",
    label: "nav.boplaner",
    description: "nav.boplaner.beskrivelse",
    permission: "boplan.behandle",
  },
  // samarbeid
  {
    href: "/samarbeid",
    label: "nav.samarbeid",
    description: "nav.samarbeid.beskrivelse",
    permission: "samarbeid.les",
  },
  {
    href: "/oppgaver",
    label: "nav.oppgaver",
    description: "nav.oppgaver.beskrivelse",
    permission: "samarbeid.les",
  },
  {
    href: "/beboerrad",
    label: "nav.beboerrad",
    description: "nav.beboerrad.beskrivelse",
    permission: "beboerrad.les",
  },
  {
    href: "/aktiviteter",
    label: "nav.aktiviteter",
    description: "nav.aktiviteter.beskrivelse",
    permission: "aktivitet.les",
  },
  // undersokelse
  {
    href: "/undersokelser",
    label: "nav.undersokelser",
    description: "nav.undersokelser.beskrivelse",
    permission: "undersokelse.administrer",
  },
  {
    href: "/undersokelser/resultater",
    label: "nav.undersokelseResultater",
    description: "nav.undersokelseResultater.beskrivelse",
    permission: "undersokelse.resultater",
  },
  {
    href: "/undersokelser/papir",
    label: "nav.undersokelsePapir",
    description: "nav.undersokelsePapir.beskrivelse",
    permission: "undersokelse.registrer",
  },
  // allocation
  {
    href: "/tildeling",
    label: "nav.tildeling",
    description: "nav.tildeling.beskrivelse",
    permission: "tildeling.les",
  },
  {
    href: "/mine-tilbud",
    label: "nav.mineTilbud",
    description: "nav.mineTilbud.beskrivelse",
    permission: "eget_tilbud.svare",
  },
  // bekymring og naboklage
  {
    href: "/bekymringer",
    label: "nav.bekymringer",
    description: "nav.bekymringer.beskrivelse",
    permission: "bekymring.behandle",
  },
  {
    href: "/naboklager",
    label: "nav.naboklager",
    description: "nav.naboklager.beskrivelse",
    permission: "naboklage.les",
  },
  // bomiljo
  {
    href: "/bomiljo",
    label: "nav.bomiljoplan",
    description: "nav.bomiljoplan.beskrivelse",
    permission: "bomiljoplan.les",
  },
  {
    href: "/bomiljo/oslostandard",
    label: "nav.oslostandard",
    description: "nav.oslostandard.beskrivelse",
    permission: "bomiljoplan.matrise",
  },
  {
    href: "/nettverk",
    label: "nav.nettverk",
    description: "nav.nettverk.beskrivelse",
    permission: "nettverk.les",
  },
  // henvendelser
  {
    href: "/mangelmeldinger/registrert",
    label: "nav.registrerteMangler",
    description: "nav.registrerteMangler.beskrivelse",
    permission: "mangelmelding.registrere",
  },
];

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
