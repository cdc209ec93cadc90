import { Button, ErrorSummary, Heading, Paragraph, Textfield } from "@digdir/designsystemet-react";
import { Form } from "react-router";
import { CsrfField } from "../../../components/csrf-field";
import { JANEI, SKALASPORSMAL, DIMENSJONER, lokalId, MAKS_FRITEKST } from "../instrument";
import { retning, SKJEMATEKSTER, SVARSPRAK, type Svarsprak } from "../sprak";
import type { Kodefeil } from "../svar.server";
import { Piktogram } from "./piktogram";
import "./undersokelse.css";

/** Languages as links (work without JavaScript), each marked with its own language. */
export function Sprakvalg({ sprak, base, kode }: { sprak: Svarsprak; base: string; kode?: string }) {
  const t = SKJEMATEKSTER[sprak];
  return (
    <nav aria-label={t.velgSprak} className="us-sprak">
      <ul>
        {SVARSPRAK.map((s) => {
          const q = new URLSearchParams({ sprak: s, ...(kode ? { kode } : {}) });
          return (
            <li key={s}>
              <a
                href={`${base}?${q.toString()}`}
                lang={s}
                hrefLang={s}
                dir={retning(s)}
                aria-current={s === sprak ? "true" : undefined}
              >
                {SKJEMATEKSTER[s].navn}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/** Step 1: the code from the letter (a GET form, so it works without JavaScript and keeps the language). */
export function Kodeskjema({
  sprak,
  base,
  kode,
  feil,
}: {
  sprak: Svarsprak;
  base: string;
  kode: string;
  feil: Kodefeil | null;
}) {
  const t = SKJEMATEKSTER[sprak];
  return (
    <form method="get" action={base} className="us-kodeskjema">
      <input type="hidden" name="sprak" value={sprak} />
      <Textfield
        id="kode"
        name="kode"
        label={t.kode}
        description={t.kodeHjelp}
        defaultValue={kode}
        error={feil ? t[feil] : undefined}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={16}
        dir="ltr"
      />
      <Button type="submit">{t.neste}</Button>
    </form>
  );
}

/** Where the yes/no items are asked: "whom to contact" with the landlord items, the council with community. */
const JANEI_I = { kontakt: "utleier", beboerrad: "medvirkning" } as const;

function Skala({ sprak, navn, legend }: { sprak: Svarsprak; navn: string; legend: string }) {
  const t = SKJEMATEKSTER[sprak];
  return (
    <fieldset className="us-sporsmal">
      <legend>{legend}</legend>
      <div className="us-skala">
        {t.skala.map((label, i) => (
          <label key={label} className="us-valg">
            <input type="radio" name={navn} value={i + 1} />
            <Piktogram verdi={(i + 1) as 1 | 2 | 3 | 4 | 5} />
            <span>{label}</span>
          </label>
        ))}
        <label className="us-valg us-valg--vetikke">
          <input type="radio" name={navn} value={0} />
          <Piktogram verdi={0} />
          <span>{t.vetIkke}</span>
        </label>
      </div>
    </fieldset>
  );
}

function Valg({ navn, legend, valg }: { navn: string; legend: string; valg: Array<[string, string]> }) {
  return (
    <fieldset className="us-sporsmal">
      <legend>{legend}</legend>
      <div className="us-valgliste">
        {valg.map(([verdi, label]) => (
          <label key={verdi} className="us-valg us-valg--tekst">
            <input type="radio" name={navn} value={verdi} />
            <span>{label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * Step 2: the questionnaire. Every question is optional; the scale shows a face and a text for each step. Sent
 * with the code as a hidden field. Local questions are the district's own, in bokmål.
 */
export function Svarskjema({
  sprak,
  kode,
  lokale,
  action,
  idPrefix = "",
}: {
  sprak: Svarsprak;
  kode: string;
  lokale: string[];
  action: string;
  idPrefix?: string;
}) {
  const t = SKJEMATEKSTER[sprak];
  return (
    <Form method="post" action={action} className="us-skjema">
      <CsrfField />
      <input type="hidden" name="kode" value={kode} />
      <input type="hidden" name="sprak" value={sprak} />
      <Paragraph>{t.sporsmalHjelp}</Paragraph>
      {DIMENSJONER.map((d) => (
        <section key={d} aria-labelledby={`${idPrefix}dim-${d}`}>
          <Heading level={2} data-size="sm" id={`${idPrefix}dim-${d}`}>
            {t.dimensjon[d]}
          </Heading>
          {SKALASPORSMAL.filter((s) => s.dimensjon === d).map((s) => (
            <Skala key={s.id} sprak={sprak} navn={s.id} legend={t.sporsmal[s.id]} />
          ))}
          {JANEI.filter((j) => JANEI_I[j] === d).map((j) => (
            <Valg
              key={j}
              navn={j}
              legend={t.janei[j]}
              valg={[
                ["1", t.ja],
                ["2", t.nei],
                ["0", t.vetIkke],
              ]}
            />
          ))}
        </section>
      ))}
      {lokale.length > 0 ? (
        <section aria-labelledby={`${idPrefix}dim-lokale`}>
          <Heading level={2} data-size="sm" id={`${idPrefix}dim-lokale`}>
            {t.lokale}
          </Heading>
          {lokale.map((l, i) => (
            <div key={lokalId(i)} lang="nb" dir="ltr">
              <Skala sprak="nb" navn={lokalId(i)} legend={l} />
            </div>
          ))}
        </section>
      ) : null}
      <section aria-labelledby={`${idPrefix}dim-om`}>
        <Heading level={2} data-size="sm" id={`${idPrefix}dim-om`}>
          {t.omHusstanden}
        </Heading>
        <Valg
          navn="botid"
          legend={t.botid}
          valg={[
            ["under_2", t.botidValg[0]],
            ["2_5", t.botidValg[1]],
            ["over_5", t.botidValg[2]],
          ]}
        />
        <Valg
          navn="barn"
          legend={t.barn}
          valg={[
            ["1", t.ja],
            ["2", t.nei],
          ]}
        />
        <Textfield
          id={`${idPrefix}fritekst`}
          name="fritekst"
          label={t.fritekst}
          description={t.fritekstHjelp}
          multiline
          rows={4}
          maxLength={MAKS_FRITEKST}
        />
      </section>
      <Button type="submit" className="us-send">
        {t.send}
      </Button>
    </Form>
  );
}

export function Feiloppsummering({ sprak, feil }: { sprak: Svarsprak; feil: Kodefeil }) {
  const t = SKJEMATEKSTER[sprak];
  return (
    <ErrorSummary>
      <ErrorSummary.Heading>{t.feilOppsummering}</ErrorSummary.Heading>
      <ErrorSummary.List>
        <ErrorSummary.Item>
          <ErrorSummary.Link href="#kode">{t[feil]}</ErrorSummary.Link>
        </ErrorSummary.Item>
      </ErrorSummary.List>
    </ErrorSummary>
  );
}
