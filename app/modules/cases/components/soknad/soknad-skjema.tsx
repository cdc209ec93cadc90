import {
  Alert,
  Button,
  ErrorSummary,
  Fieldset,
  Heading,
  Link,
  Paragraph,
} from "@digdir/designsystemet-react";
import { Form } from "react-router";
import { CsrfField } from "../../../../components/csrf-field";
import { BYDELER } from "../../../../db/reference/bydeler";
import type { MessageKey } from "../../../../i18n";
import { useT } from "../../../../i18n/use-t";
import {
  ANSATT_ROLLER,
  BOLIGSITUASJONER,
  HELSEBEHOV,
  MIN_RADER,
  MAKS_RADER,
  SAKSTYPER,
  type Feil,
  type HelseSvar,
  type Modus,
  type SoknadSvar,
} from "../../soknad-form";
import {
  Avkrysning,
  feltId,
  Gruppefeil,
  Tekstfelt,
  Tekstomrade,
  Valgfelt,
} from "../../../../components/skjema/felt";
import { Vedleggsliste, type VedleggVisning } from "./vedlegg";

export type SoknadSkjemaProps = {
  modus: Modus;
  svar: SoknadSvar;
  helse: HelseSvar;
  feil: Feil;
  /** A message over the form (saved, stale version, attachment refused …). */
  melding?: { farge: "success" | "warning" | "danger" | "info"; tekst: string } | null;
  versjon?: number;
  idempotensnokkel: string;
  /** The signed-in resident's name (Om deg). */
  innlogget?: string;
  /** Staff: which roles they may register as. */
  ansattRoller?: readonly string[];
  vedlegg?: VedleggVisning[];
};

/** The sections, in order: the in-page step list links to them. */
const SEKSJONER = {
  beboer: ["om", "for-andre", "husstand", "bolig", "okonomi", "helse", "onsker", "vedlegg", "samtykke"],
  ansatt: ["om", "for-andre", "husstand", "bolig", "okonomi", "helse", "onsker"],
} as const;

/**
 * The application form, one page with an in-page step list (docs/domain/soknad.md explains why): every
 * section a fieldset, every field error at the field and in the summary on top, the typed values kept.
 * Without JavaScript it is a plain multipart POST; "Legg til en person til" and "Fjern" are submit buttons
 * that save (resident) or re-render (staff) with one row more or less.
 */
export function SoknadSkjema(props: SoknadSkjemaProps) {
  const tr = useT();
  const { modus, svar, helse, feil } = props;
  const f = (name: string) => {
    const key = feil[name];
    return key ? tr(key) : undefined;
  };
  const feilliste = Object.entries(feil).filter((e): e is [string, MessageKey] => !!e[1]);
  const rader = Math.max(MIN_RADER, svar.rader, svar.medlemmer.length);
  const paVegne = modus === "ansatt" || svar.innsenderrolle === "parorende";
  const seksjoner = SEKSJONER[modus];

  return (
    <div className="soknad">
      {props.melding ? (
        <Alert data-color={props.melding.farge} role={props.melding.farge === "success" ? "status" : "alert"}>
          <Paragraph>{props.melding.tekst}</Paragraph>
        </Alert>
      ) : null}
      {feilliste.length > 0 ? (
        <ErrorSummary>
          <ErrorSummary.Heading>{tr("soknad.feil.oppsummering")}</ErrorSummary.Heading>
          <ErrorSummary.List>
            {feilliste.map(([name, key]) => (
              <ErrorSummary.Item key={name}>
                <ErrorSummary.Link href={`#${feltId(name)}`}>{tr(key)}</ErrorSummary.Link>
              </ErrorSummary.Item>
            ))}
          </ErrorSummary.List>
        </ErrorSummary>
      ) : null}

      <nav aria-labelledby="soknad-steg" className="soknad-steg">
        <Heading level={2} data-size="2xs" id="soknad-steg">
          {tr("soknad.steg.tittel")}
        </Heading>
        <ol>
          {seksjoner.map((s) => (
            <li key={s}>
              <Link href={`#seksjon-${s}`}>{tr(`soknad.seksjon.${s}`)}</Link>
            </li>
          ))}
        </ol>
      </nav>

      <Form method="post" encType="multipart/form-data" noValidate className="soknad-skjema">
        <CsrfField />
        {/* Enter in a text field saves (the first submit button is the form's default). */}
        <button type="submit" name="handling" value="lagre" hidden tabIndex={-1} aria-hidden="true" />
        {props.versjon !== undefined ? <input type="hidden" name="versjon" value={props.versjon} /> : null}
        <input type="hidden" name="idempotensnokkel" value={props.idempotensnokkel} />
        <input type="hidden" name="rader" value={rader} />

        <Fieldset id="seksjon-om" className="soknad-seksjon">
          <Fieldset.Legend>{tr("soknad.seksjon.om")}</Fieldset.Legend>
          {modus === "beboer" && props.innlogget ? (
            <Paragraph>{tr("soknad.om.innlogget", { navn: props.innlogget })}</Paragraph>
          ) : null}
          <Valgfelt
            name="type"
            label={tr("soknad.felt.type")}
            verdi={svar.type}
            feil={f("type")}
            valg={SAKSTYPER.map((v) => ({ verdi: v, tekst: tr(`soknad.type.${v}`) }))}
          />
          {modus === "beboer" ? (
            <Valgfelt
              name="bydelId"
              label={tr("soknad.felt.bydel")}
              hjelp={tr("soknad.felt.bydel.hjelp")}
              verdi={svar.bydelId}
              feil={f("bydelId")}
              tomtValg={tr("soknad.velg")}
              valg={BYDELER.map((b) => ({ verdi: b.id, tekst: b.navn }))}
            />
          ) : (
            <Tekstfelt
              name="mottatt"
              type="date"
              label={tr("soknad.felt.mottatt")}
              hjelp={tr("soknad.felt.mottatt.hjelp")}
              verdi={svar.mottatt}
              feil={f("mottatt")}
              bredde="kort"
            />
          )}
        </Fieldset>

        <Fieldset id="seksjon-for-andre" className="soknad-seksjon" aria-describedby="for-andre-hjelp">
          <Fieldset.Legend>{tr(`soknad.seksjon.for-andre`)}</Fieldset.Legend>
          <Paragraph id="for-andre-hjelp" data-size="sm">
            {tr(modus === "beboer" ? "soknad.forAndre.hjelp" : "soknad.forAndre.hjelpAnsatt")}
          </Paragraph>
          <Fieldset className="soknad-gruppe" id={feltId("innsenderrolle")}>
            <Fieldset.Legend>{tr("soknad.felt.innsenderrolle")}</Fieldset.Legend>
            {(modus === "beboer" ? ["nei", "parorende"] : (props.ansattRoller ?? ANSATT_ROLLER)).map((r) => (
              <Avkrysning
                key={r}
                type="radio"
                name="innsenderrolle"
                value={r}
                idSuffiks={r}
                checked={svar.innsenderrolle === r}
                label={tr(`soknad.rolle.${r}` as MessageKey)}
              />
            ))}
            <Gruppefeil name="innsenderrolle" feil={f("innsenderrolle")} />
          </Fieldset>
          {modus === "beboer" ? (
            <Paragraph data-size="sm">{tr("soknad.forAndre.bareVedJa")}</Paragraph>
          ) : null}
          <Tekstfelt
            name="soker.fodselsnummer"
            label={tr("soknad.felt.fnr")}
            hjelp={tr("soknad.felt.fnr.hjelp")}
            verdi={svar.sokerFodselsnummer}
            feil={f("soker.fodselsnummer")}
            inputMode="numeric"
            autoComplete="off"
            maxLength={13}
            bredde="kort"
          />
          <Tekstfelt
            name="soker.fornavn"
            label={tr("soknad.felt.fornavn")}
            verdi={svar.sokerFornavn}
            feil={f("soker.fornavn")}
            autoComplete="off"
          />
          <Tekstfelt
            name="soker.etternavn"
            label={tr("soknad.felt.etternavn")}
            verdi={svar.sokerEtternavn}
            feil={f("soker.etternavn")}
            autoComplete="off"
          />
          <Tekstfelt
            name="innsenderNavn"
            label={tr(modus === "beboer" ? "soknad.felt.innsenderNavn" : "soknad.felt.innsenderNavnAnsatt")}
            hjelp={tr(
              modus === "beboer"
                ? "soknad.felt.innsenderNavn.hjelp"
                : "soknad.felt.innsenderNavnAnsatt.hjelp",
            )}
            verdi={svar.innsenderNavn}
            feil={f("innsenderNavn")}
          />
          <Avkrysning
            type="checkbox"
            name="samtykkeSoker"
            value="ja"
            checked={svar.samtykkeSoker}
            feil={f("samtykkeSoker")}
            label={tr(modus === "beboer" ? "soknad.felt.samtykkeSoker" : "soknad.felt.samtykkeSokerAnsatt")}
          />
          <Tekstfelt
            name="samtykkeGrunnlag"
            label={tr("soknad.felt.samtykkeGrunnlag")}
            hjelp={tr("soknad.felt.samtykkeGrunnlag.hjelp")}
            verdi={svar.samtykkeGrunnlag}
            feil={f("samtykkeGrunnlag")}
            maxLength={500}
          />
          {!paVegne ? null : <Paragraph data-size="sm">{tr("soknad.forAndre.personvern")}</Paragraph>}
        </Fieldset>

        <Fieldset id="seksjon-husstand" className="soknad-seksjon">
          <Fieldset.Legend>{tr("soknad.seksjon.husstand")}</Fieldset.Legend>
          <Fieldset.Description>
            {tr(modus === "beboer" ? "soknad.husstand.hjelp" : "soknad.husstand.hjelpAnsatt")}
          </Fieldset.Description>
          {Array.from({ length: rader }, (_, i) => {
            const m = svar.medlemmer[i] ?? { rolle: "", alder: "" };
            return (
              <Fieldset key={i} className="soknad-person">
                <Fieldset.Legend>{tr("soknad.husstand.person", { nummer: i + 1 })}</Fieldset.Legend>
                <div className="soknad-rad">
                  <Valgfelt
                    name={`medlem.${i}.rolle`}
                    label={tr("soknad.felt.medlemRolle")}
                    verdi={m.rolle}
                    feil={f(`medlem.${i}.rolle`)}
                    tomtValg={tr("soknad.velg")}
                    valg={[
                      { verdi: "voksen", tekst: tr("soknad.medlem.voksen") },
                      { verdi: "barn", tekst: tr("soknad.medlem.barn") },
                    ]}
                  />
                  <Tekstfelt
                    name={`medlem.${i}.alder`}
                    label={tr("soknad.felt.alder")}
                    verdi={m.alder}
                    feil={f(`medlem.${i}.alder`)}
                    inputMode="numeric"
                    maxLength={3}
                    bredde="kort"
                  />
                  <Button
                    type="submit"
                    name="handling"
                    value={`fjern:${i}`}
                    variant="tertiary"
                    data-size="sm"
                    aria-label={tr("soknad.husstand.fjernPerson", { nummer: i + 1 })}
                  >
                    {tr("soknad.husstand.fjern")}
                  </Button>
                </div>
              </Fieldset>
            );
          })}
          {rader < MAKS_RADER ? (
            <div>
              <Button type="submit" name="handling" value="legg_til" variant="secondary">
                {tr("soknad.husstand.leggTil")}
              </Button>
            </div>
          ) : null}
        </Fieldset>

        <Fieldset id="seksjon-bolig" className="soknad-seksjon">
          <Fieldset.Legend>{tr("soknad.seksjon.bolig")}</Fieldset.Legend>
          <Valgfelt
            name="boligsituasjon"
            label={tr("soknad.felt.boligsituasjon")}
            verdi={svar.boligsituasjon}
            feil={f("boligsituasjon")}
            tomtValg={tr("soknad.velg")}
            valg={BOLIGSITUASJONER.map((v) => ({ verdi: v, tekst: tr(`soknad.boligsituasjon.${v}`) }))}
          />
          <Tekstomrade
            name="boligBeskrivelse"
            label={tr("soknad.felt.boligBeskrivelse")}
            hjelp={tr("soknad.felt.boligBeskrivelse.hjelp")}
            verdi={svar.boligBeskrivelse}
            feil={f("boligBeskrivelse")}
          />
        </Fieldset>

        <Fieldset id="seksjon-okonomi" className="soknad-seksjon">
          <Fieldset.Legend>{tr("soknad.seksjon.okonomi")}</Fieldset.Legend>
          <Fieldset.Description>{tr("soknad.okonomi.hjelp")}</Fieldset.Description>
          <Tekstfelt
            name="inntekt"
            label={tr("soknad.felt.inntekt")}
            hjelp={tr("soknad.felt.inntekt.hjelp")}
            verdi={svar.inntekt}
            feil={f("inntekt")}
            inputMode="numeric"
            maxLength={15}
            bredde="kort"
          />
          <Tekstfelt
            name="utgifter"
            label={tr("soknad.felt.utgifter")}
            hjelp={tr("soknad.felt.utgifter.hjelp")}
            valgfri={tr("soknad.valgfritt")}
            verdi={svar.utgifter}
            feil={f("utgifter")}
            inputMode="numeric"
            maxLength={15}
            bredde="kort"
          />
          <Tekstfelt
            name="gjeld"
            label={tr("soknad.felt.gjeld")}
            valgfri={tr("soknad.valgfritt")}
            verdi={svar.gjeld}
            feil={f("gjeld")}
            inputMode="numeric"
            maxLength={15}
            bredde="kort"
          />
          <Tekstomrade
            name="okonomiBeskrivelse"
            label={tr("soknad.felt.okonomiBeskrivelse")}
            valgfri={tr("soknad.valgfritt")}
            verdi={svar.okonomiBeskrivelse}
            feil={f("okonomiBeskrivelse")}
          />
        </Fieldset>

        <Fieldset id="seksjon-helse" className="soknad-seksjon" aria-describedby="helse-hvorfor">
          <Fieldset.Legend>{tr("soknad.seksjon.helse")}</Fieldset.Legend>
          <div id="helse-hvorfor" className="soknad-forklaring">
            <Paragraph data-size="sm">{tr("soknad.helse.hvorfor")}</Paragraph>
            <Paragraph data-size="sm">{tr("soknad.helse.hvemSer")}</Paragraph>
          </div>
          <Fieldset className="soknad-gruppe">
            <Fieldset.Legend>{tr("soknad.felt.helseBehov")}</Fieldset.Legend>
            {HELSEBEHOV.map((b) => (
              <Avkrysning
                key={b}
                type="checkbox"
                name="helse.behov"
                value={b}
                idSuffiks={b}
                checked={helse.behov.includes(b)}
                label={tr(`soknad.helse.behov.${b}`)}
              />
            ))}
          </Fieldset>
          <Tekstomrade
            name="helse.beskrivelse"
            label={tr("soknad.felt.helseBeskrivelse")}
            valgfri={tr("soknad.valgfritt")}
            verdi={helse.beskrivelse}
            feil={f("helse.beskrivelse")}
          />
        </Fieldset>

        <Fieldset id="seksjon-onsker" className="soknad-seksjon">
          <Fieldset.Legend>{tr("soknad.seksjon.onsker")}</Fieldset.Legend>
          <Fieldset className="soknad-gruppe soknad-bydeler">
            <Fieldset.Legend>{tr("soknad.felt.onskerBydeler")}</Fieldset.Legend>
            <Fieldset.Description>{tr("soknad.felt.onskerBydeler.hjelp")}</Fieldset.Description>
            {BYDELER.map((b) => (
              <Avkrysning
                key={b.id}
                type="checkbox"
                name="onskerBydeler"
                value={b.id}
                idSuffiks={b.id}
                checked={svar.onskerBydeler.includes(b.id)}
                label={b.navn}
              />
            ))}
          </Fieldset>
          <Tekstfelt
            name="onskerRom"
            label={tr("soknad.felt.onskerRom")}
            valgfri={tr("soknad.valgfritt")}
            verdi={svar.onskerRom}
            feil={f("onskerRom")}
            inputMode="numeric"
            maxLength={2}
            bredde="kort"
          />
          <Tekstomrade
            name="onskerMerknad"
            label={tr("soknad.felt.onskerMerknad")}
            hjelp={tr("soknad.felt.onskerMerknad.hjelp")}
            valgfri={tr("soknad.valgfritt")}
            verdi={svar.onskerMerknad}
            feil={f("onskerMerknad")}
          />
        </Fieldset>

        {modus === "beboer" ? (
          <Fieldset id="seksjon-vedlegg" className="soknad-seksjon">
            <Fieldset.Legend>{tr("soknad.seksjon.vedlegg")}</Fieldset.Legend>
            <Vedleggsliste vedlegg={props.vedlegg ?? []} feil={f("vedlegg")} />
          </Fieldset>
        ) : null}

        {modus === "beboer" ? (
          <Fieldset id="seksjon-samtykke" className="soknad-seksjon">
            <Fieldset.Legend>{tr("soknad.seksjon.samtykke")}</Fieldset.Legend>
            <Paragraph data-size="sm">{tr("soknad.samtykke.bruk")}</Paragraph>
            <Paragraph data-size="sm">{tr("soknad.samtykke.innsyn")}</Paragraph>
            <Paragraph data-size="sm">
              <Link href="/personvern">{tr("soknad.samtykke.personvernLenke")}</Link>
            </Paragraph>
            <Avkrysning
              type="checkbox"
              name="samtykkePersonvern"
              value="ja"
              checked={svar.samtykkePersonvern}
              feil={f("samtykkePersonvern")}
              label={tr("soknad.felt.samtykkePersonvern")}
            />
          </Fieldset>
        ) : null}

        <div className="soknad-knapper">
          {modus === "beboer" ? (
            <>
              <Button type="submit" name="handling" value="send">
                {tr("soknad.knapp.send")}
              </Button>
              <Button type="submit" name="handling" value="lagre" variant="secondary">
                {tr("soknad.knapp.lagre")}
              </Button>
            </>
          ) : (
            <Button type="submit" name="handling" value="send">
              {tr("soknad.knapp.registrer")}
            </Button>
          )}
        </div>
      </Form>
    </div>
  );
}
