import { describe, expect, test } from "vitest";
import { ROLLER } from "../../app/auth/actor";
import {
  OVERGANGER,
  SAKSSTATUSER,
  tillatteHendelser,
  transition,
} from "../../app/modules/cases/state-machine";

describe("the case state machine", () => {
  test("every declared transition is allowed from each of its states for each of its roles", () => {
    for (const o of OVERGANGER) {
      for (const fra of o.fra) {
        for (const rolle of o.roller) {
          const r = transition(fra, o.hendelse, rolle);
          expect(r, `${fra} --${o.hendelse}/${rolle}-->`).toEqual({
            ok: true,
            til: o.til === "samme" ? fra : o.til,
          });
        }
      }
    }
  });

  test("the main journey", () => {
    expect(transition("mottatt", "tildel")).toEqual({ ok: true, til: "under_behandling" });
    expect(transition("under_behandling", "be_om_dokumentasjon")).toEqual({
      ok: true,
      til: "venter_dokumentasjon",
    });
    expect(transition("venter_dokumentasjon", "dokumentasjon_mottatt")).toEqual({
      ok: true,
      til: "under_behandling",
    });
    expect(transition("under_behandling", "fatt_vedtak")).toEqual({ ok: true, til: "vedtatt" });
    expect(transition("vedtatt", "klage_i_tide")).toEqual({ ok: true, til: "klage_under_forberedelse" });
    expect(transition("vedtatt", "klage_for_sent")).toEqual({ ok: true, til: "klage_sen_vurdering" });
    expect(transition("klage_sen_vurdering", "sen_klage_behandles")).toEqual({
      ok: true,
      til: "klage_under_forberedelse",
    });
    expect(transition("klage_sen_vurdering", "sen_klage_avvises")).toEqual({ ok: true, til: "vedtatt" });
    expect(transition("klage_under_forberedelse", "omgjor_etter_klage")).toEqual({
      ok: true,
      til: "vedtatt",
    });
    expect(transition("klage_under_forberedelse", "oversend_klage")).toEqual({
      ok: true,
      til: "klage_oversendt",
    });
    expect(transition("klage_oversendt", "klage_stadfestet", "klagenemnd")).toEqual({
      ok: true,
      til: "avsluttet",
    });
    expect(transition("klage_oversendt", "klage_opphevet", "klagenemnd")).toEqual({
      ok: true,
      til: "under_behandling",
    });
    expect(transition("vedtatt", "avslutt")).toEqual({ ok: true, til: "avsluttet" });
  });

  test("refused transitions say why", () => {
    expect(transition("mottatt", "fatt_vedtak")).toEqual({ ok: false, feil: "ikke_tillatt_fra_status" });
    expect(transition("venter_dokumentasjon", "fatt_vedtak")).toEqual({
      ok: false,
      feil: "ikke_tillatt_fra_status",
    });
    expect(transition("under_behandling", "klage_i_tide")).toEqual({
      ok: false,
      feil: "ikke_tillatt_fra_status",
    });
    expect(transition("vedtatt", "oversend_klage")).toEqual({ ok: false, feil: "ikke_tillatt_fra_status" });
    expect(transition("avsluttet", "notat")).toEqual({ ok: false, feil: "ikke_tillatt_fra_status" });
    expect(transition("avsluttet", "tildel")).toEqual({ ok: false, feil: "ikke_tillatt_fra_status" });
    expect(transition("klage_oversendt", "omgjor_etter_klage")).toEqual({
      ok: false,
      feil: "ikke_tillatt_fra_status",
    });
    expect(transition("under_behandling", "fatt_vedtak", "klagenemnd")).toEqual({
      ok: false,
      feil: "rolle_ikke_tillatt",
    });
    expect(transition("klage_oversendt", "klage_stadfestet", "beboer")).toEqual({
      ok: false,
      feil: "rolle_ikke_tillatt",
    });
    expect(transition("mottatt", "tildel", "forvalter")).toEqual({ ok: false, feil: "rolle_ikke_tillatt" });
    expect(transition("mottatt", "finnes_ikke" as never)).toEqual({ ok: false, feil: "ukjent_hendelse" });
  });

  test("only caseworkers and the board move a case; the resident only opens decisions; avsluttet opens only for an appeal", () => {
    for (const rolle of ROLLER.filter((r) => r !== "saksbehandler" && r !== "klagenemnd" && r !== "beboer")) {
      for (const status of SAKSSTATUSER) expect(tillatteHendelser(status, rolle)).toEqual([]);
    }
    for (const status of SAKSSTATUSER) {
      const tillatt = tillatteHendelser(status, "beboer");
      expect(tillatt).toEqual(
        OVERGANGER.some((o) => o.hendelse === "vedtak_apnet" && o.fra.includes(status))
          ? ["vedtak_apnet"]
          : [],
      );
      if (tillatt.length > 0)
        expect(transition(status, "vedtak_apnet", "beboer")).toEqual({ ok: true, til: status });
    }
    for (const rolle of ROLLER.filter((r) => r !== "saksbehandler"))
      expect(tillatteHendelser("avsluttet", rolle)).toEqual([]);
    expect(tillatteHendelser("avsluttet", "saksbehandler")).toEqual(["klage_i_tide", "klage_for_sent"]);
    expect(tillatteHendelser("klage_oversendt", "klagenemnd")).toEqual([
      "klage_stadfestet",
      "klage_omgjort",
      "klage_opphevet",
    ]);
    expect(tillatteHendelser("under_behandling", "klagenemnd")).toEqual([]);
  });

  test("every state is reachable from mottatt", () => {
    const naadd = new Set<string>(["mottatt"]);
    for (let endret = true; endret;) {
      endret = false;
      for (const o of OVERGANGER) {
        if (o.til !== "samme" && o.fra.some((f) => naadd.has(f)) && !naadd.has(o.til)) {
          naadd.add(o.til);
          endret = true;
        }
      }
    }
    expect([...naadd].sort()).toEqual([...SAKSSTATUSER].sort());
  });
});
