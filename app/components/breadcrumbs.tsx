import { Breadcrumbs as DsBreadcrumbs } from "@digdir/designsystemet-react";
import { useLocation } from "react-router";
import { useT } from "../i18n/use-t";

export type Crumb = { label: string; href?: string };

/**
 * "Du er her:" trail over Designsystemet Breadcrumbs. Pass the path from the
 * top down, ending with the current page (without href):
 * `<Breadcrumbs items={[{ label: "Boligregister", href: "/boliger" }, { label: "Tøyengata 12" }]} />`
 * On narrow screens Designsystemet shows only a link back to the parent page.
 */
export function Breadcrumbs({ items }: { items: readonly Crumb[] }) {
  const tr = useT();
  const { pathname, search } = useLocation();
  if (items.length === 0) return null;
  const parent = [...items.slice(0, -1)].reverse().find((item) => item.href);
  return (
    <DsBreadcrumbs aria-label={tr("app.brodsmuler")} className="app-breadcrumbs">
      {parent?.href ? (
        <DsBreadcrumbs.Link href={parent.href} aria-label={tr("app.tilbakeTil", { side: parent.label })}>
          {parent.label}
        </DsBreadcrumbs.Link>
      ) : null}
      <DsBreadcrumbs.List>
        {items.map((item, index) => {
          const last = index === items.length - 1;
          // The current page is the last link in the list; Designsystemet marks it aria-current="page".
          const href = last ? (item.href ?? `${pathname}${search}`) : item.href;
          return (
            <DsBreadcrumbs.Item key={`${index}-${item.label}`}>
              {href ? (
                <DsBreadcrumbs.Link href={href} aria-current={last ? "page" : undefined}>
                  {item.label}
                </DsBreadcrumbs.Link>
              ) : (
                <span>{item.label}</span>
              )}
            </DsBreadcrumbs.Item>
          );
        })}
      </DsBreadcrumbs.List>
    </DsBreadcrumbs>
  );
}
