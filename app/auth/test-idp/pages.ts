import type { Persona } from "./personas";

/**
 * Server-rendered pages of the test identity provider. Plain HTML with no
 * script at all, so they work without JavaScript and under the app's CSP
 * (inline styles allowed, inline scripts not).
 */

export function escapeHtml(value: string): string {
  return value
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

const STYLE = `
  :root { color-scheme: light; }
  * { box-sizing: border-box; }
  body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1a1a1a;
    background: #f4f4f6; line-height: 1.5; }
  main { max-width: 36rem; margin: 2rem auto; padding: 1.5rem; background: #fff; border-radius: 0.5rem;
    box-shadow: 0 1px 3px rgba(0, 0, 0, 0.15); }
  h1 { font-size: 1.6rem; margin: 0 0 0.5rem; }
  .merke { display: inline-block; margin: 0 0 1rem; padding: 0.1rem 0.5rem; border-radius: 0.25rem;
    background: #fff3cd; color: #5c4400; font-weight: 600; font-size: 0.9rem; }
  ul { list-style: none; margin: 1rem 0; padding: 0; display: grid; gap: 0.5rem; }
  button { font: inherit; width: 100%; text-align: left; padding: 0.75rem 1rem; border-radius: 0.375rem;
    border: 2px solid #1f42aa; background: #fff; color: #1a1a1a; cursor: pointer; }
  button:hover { background: #eef2ff; }
  button:focus-visible { outline: 3px solid #1a1a1a; outline-offset: 2px; box-shadow: 0 0 0 6px #ffd54f; }
  .navn { display: block; font-weight: 700; color: #1f42aa; }
  .beskrivelse { display: block; color: #333; }
  .avbryt { width: auto; border-color: #595959; color: #1a1a1a; }
  a { color: #1f42aa; }
  a:focus-visible { outline: 3px solid #1a1a1a; outline-offset: 2px; }
`;

function documentHtml(title: string, body: string): string {
  return `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>`;
}

export function personaPickerPage(options: {
  uid: string;
  tjeneste: string;
  personas: readonly Persona[];
}): string {
  const action = `/idp/interaction/${encodeURIComponent(options.uid)}`;
  const items = options.personas
    .map(
      (persona) =>
        `<li><button type="submit" name="persona" value="${escapeHtml(persona.id)}">` +
        `<span class="navn">${escapeHtml(persona.navn)}</span>` +
        `<span class="beskrivelse">${escapeHtml(persona.beskrivelse)}</span></button></li>`,
    )
    .join("\n");
  return documentHtml(
    `Velg testperson – ${options.tjeneste}`,
    `<h1>Velg hvem du vil logge inn som</h1>
<p class="merke">${escapeHtml(options.tjeneste)} – bare for test og demo</p>
<p>Dette er en innebygd testinnlogging for Bomiljø. Velg en testperson for å logge inn. Ingen ekte personer eller passord brukes.</p>
<form method="post" action="${action}/login">
<ul>
${items}
</ul>
</form>
<form method="post" action="${action}/avbryt">
<button type="submit" class="avbryt">Avbryt innloggingen</button>
</form>`,
  );
}

export function idpErrorPage(options: { tittel: string; melding: string }): string {
  return documentHtml(
    options.tittel,
    `<h1>${escapeHtml(options.tittel)}</h1>
<p>${escapeHtml(options.melding)}</p>
<p><a href="/logg-inn">Gå tilbake til innloggingen</a></p>`,
  );
}
