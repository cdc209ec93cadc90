import { SkipLink } from "@digdir/designsystemet-react";

export type LayoutActor = { navn: string; rolle: string; enhet: string } | null;

export function Layout({ actor, children }: { actor: LayoutActor; children: React.ReactNode }) {
  return (
    <>
      <SkipLink href="#hovedinnhold">Hopp til hovedinnhold</SkipLink>
      <header className="app-header">
        <a href="/">Bomiljø</a>
        {actor ? <span> {actor.navn}</span> : null}
      </header>
      <main id="hovedinnhold" className="app-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="app-footer" />
    </>
  );
}
