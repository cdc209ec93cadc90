import { useRouteLoaderData } from "react-router";

type RootData = { csrfToken: string | null };

/** The hidden CSRF token every state-changing form carries (checked in the root middleware). */
export function CsrfField() {
  const root = useRouteLoaderData("root") as RootData | undefined;
  return root?.csrfToken ? <input type="hidden" name="_csrf" value={root.csrfToken} /> : null;
}
