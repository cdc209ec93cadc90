import { Button, Tag, Textfield } from "@digdir/designsystemet-react";
import { Fragment } from "react";
import { Form } from "react-router";
import "./housing-stock.css";
import { Breadcrumbs, type Crumb } from "../../../components/breadcrumbs";
import type { BoligStatus } from "../../../db/schema";
import { useT } from "../../../i18n/use-t";
import { BOLIG_STATUS_FARGE } from "../format";

type Ref = { id: string; navn: string };

/** Boligregister › Bydel › Eiendom › Oppgang › Bolig — as deep as the page is. */
export function RegisterBreadcrumbs({
  bydel,
  eiendom,
  oppgang,
  bolig,
  ekstra,
}: {
  bydel?: Ref;
  eiendom?: Ref;
  oppgang?: Ref;
  bolig?: Ref;
  ekstra?: string;
}) {
  const tr = useT();
  const items: Crumb[] = [{ label: tr("nav.boliger"), href: "/boliger" }];
  if (bydel)
    items.push({ label: tr("boliger.bydelNavn", { navn: bydel.navn }), href: `/boliger/bydel/${bydel.id}` });
  if (eiendom) items.push({ label: eiendom.navn, href: `/boliger/eiendom/${eiendom.id}` });
  if (oppgang) items.push({ label: oppgang.navn, href: `/boliger/oppgang/${oppgang.id}` });
  if (bolig) items.push({ label: bolig.navn, href: `/boliger/bolig/${bolig.id}` });
  if (ekstra) items.push({ label: ekstra });
  // The last crumb is the current page; Breadcrumbs links it to itself with aria-current="page".
  const last = items.at(-1);
  if (last) delete last.href;
  return <Breadcrumbs items={items} />;
}

/** A wide table scrolls sideways on a narrow phone, inside a focusable, named region. */
export function RullbarTabell({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="hs-rull" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

export function StatusTag({ status }: { status: BoligStatus }) {
  const tr = useT();
  return <Tag data-color={BOLIG_STATUS_FARGE[status]}>{tr(`boliger.status.${status}`)}</Tag>;
}

/** Facts as a description list: label and value side by side, stacked on a phone. */
export function Fakta({ rader }: { rader: readonly [string, React.ReactNode][] }) {
  return (
    <dl className="hs-fakta">
      {rader.map(([label, verdi]) => (
        <Fragment key={label}>
          <dt>{label}</dt>
          <dd>{verdi}</dd>
        </Fragment>
      ))}
    </dl>
  );
}

/** A GET search form: works without JavaScript, and the address ends up in the URL to share or go back to. */
export function AdresseSokSkjema({
  action,
  label,
  beskrivelse,
  verdi,
  feil,
}: {
  action: string;
  label: string;
  beskrivelse?: string;
  verdi: string;
  feil?: string;
}) {
  const tr = useT();
  return (
    <Form method="get" action={action} className="hs-sok" role="search">
      <Textfield
        label={label}
        description={beskrivelse}
        name="q"
        type="search"
        defaultValue={verdi}
        error={feil}
        autoComplete="off"
        maxLength={100}
      />
      <Button type="submit">{tr("boliger.sok.knapp")}</Button>
    </Form>
  );
}
