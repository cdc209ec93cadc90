import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { sql } from "kysely";
import { ansattActor as staffActor } from "../helpers/actors";
import { createTestDb } from "../helpers/db";
import type { DatabaseHandle, Db } from "../../app/db/connection.server";
import { CASE_TABLES, generateDemoCases } from "../../app/db/demo/cases.server";
import { generateDemoData } from "../../app/db/demo/generate.server";
import { SAKSSTATUSER, transition, OVERGANGER } from "../../app/modules/cases/state-machine";
import { getCase } from "../../app/modules/cases/get-case.server";
import { listForwardedAppeals } from "../../app/modules/cases/list-forwarded-appeals.server";
import { listWorkQueue } from "../../app/modules/cases/list-work-queue.server";

const TODAY = "2026-11-22";
const SEED = 4242;
const now = () => new Date(`${TODAY}T10:00:00Z`);

async function digest(db: Db): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const table of CASE_TABLES) {
    const { rows } = await sql<{ row: string }>`
      select t::text as row from ${sql.table(table)} t order by t::text`.execute(db);
    result[table] = createHash("sha256")
      .update(rows.map((r) => r.row).join("\n"))
      .digest("hex");
  }
  return result;
}

async function rows<T>(db: Db, query: ReturnType<typeof sql<T>>): Promise<T[]> {
  return (await query.execute(db)).rows;
}

let small: DatabaseHandle;
beforeAll(async () => {
  small = await createTestDb();
  await generateDemoData(small.db, { seed: SEED, size: "small", today: TODAY });
  await generateDemoCases(small.db, { seed: SEED, size: "small", today: TODAY });
});
afterAll(async () => {
  await small?.close();
});

describe("small demo cases", () => {
  test("about 150 cases, every state present in Sagene and in Stovner", async () => {
    const { n } = (await rows<{ n: number }>(small.db, sql`select count(*)::int as n from sak`))[0]!;
    expect(n).toBeGreaterThanOrEqual(130);
    expect(n).toBeLessThanOrEqual(200);
    for (const bydel of ["sagene", "stovner"]) {
      const statuser = await rows<{ status: string }>(
        small.db,
        sql`select distinct status from sak where bydel_id = ${bydel}`,
      );
      expect(new Set(statuser.map((s) => s.status)), bydel).toEqual(new Set(SAKSSTATUSER));
    }
    const utfall = await rows<{ utfall: string }>(
      small.db,
      sql`select distinct v.utfall from vedtak v join sak s on s.id = v.sak_id where s.status = 'vedtatt'`,
    );
    expect(new Set(utfall.map((u) => u.utfall))).toEqual(new Set(["innvilget", "venteliste", "avslag"]));
    const klagestatus = await rows<{ status: string }>(small.db, sql`select distinct status from klage`);
    const klagestatuser = klagestatus.map((k) => k.status);
    for (const status of ["registrert", "under_forberedelse", "omgjort", "oversendt", "avgjort"])
      expect(klagestatuser).toContain(status);
    const nemnd = await rows<{ utfall: string }>(
      small.db,
      sql`select distinct utfall from klage where status = 'avgjort' and klageinstans = 'klagenemnd'`,
    );
    expect(new Set(nemnd.map((k) => k.utfall))).toEqual(new Set(["stadfestet", "omgjort", "opphevet"]));
    const typer = await rows<{ type: string }>(small.db, sql`select distinct type from sak`);
    expect(new Set(typer.map((t) => t.type))).toEqual(new Set(["bolig", "fornyelse", "bistand_6"]));
  });

  test("§ 11 a deadlines both near and past among open cases", async () => {
    const [r] = await rows<{ naer: number; passert: number }>(
      small.db,
      sql`select count(*) filter (where f.forfall >= ${TODAY}::date and f.forfall <= ${TODAY}::date + 7)::int as naer,
        count(*) filter (where f.forfall < ${TODAY}::date)::int as passert
        from frist f join sak s on s.id = f.sak_id
        where f.status = 'aktiv' and f.type in ('forelopig_svar', 'forventet_vedtak')
          and s.status in ('mottatt', 'under_behandling', 'venter_dokumentasjon')`,
    );
    expect(r!.naer).toBeGreaterThan(0);
    expect(r!.passert).toBeGreaterThan(0);
  });

  test("the personas: Amina waits with an open documentation request, Piotr can still appeal his avslag", async () => {
    const amina = await rows<{ status: string; type: string; krav: number }>(
      small.db,
      sql`select s.status, s.type, (select count(*)::int from dokumentasjonskrav d
            where d.sak_id = s.id and d.status = 'etterspurt') as krav
          from sak s join person p on p.id = s.soker_person_id where p.fodselsnummer = '12899040463'`,
    );
    expect(amina).toEqual([{ status: "venter_dokumentasjon", type: "bolig", krav: 1 }]);
    const piotr = await rows<{ status: string; utfall: string; mottatt: string; klagefrist: string }>(
      small.db,
      sql`select s.status, v.utfall, v.mottatt::text, v.klagefrist::text from sak s
          join person p on p.id = s.soker_person_id join vedtak v on v.sak_id = s.id
          where p.fodselsnummer = '05817540165'`,
    );
    expect(piotr).toHaveLength(1);
    expect(piotr[0]).toMatchObject({ status: "vedtatt", utfall: "avslag" });
    expect(piotr[0]!.mottatt < TODAY).toBe(true);
    expect(piotr[0]!.klagefrist > TODAY).toBe(true);
    const [{ n }] = (await rows<{ n: number }>(
      small.db,
      sql`select count(*)::int as n from klage where klageinstans = 'klagenemnd' and status = 'oversendt'`,
    )) as [{ n: number }];
    expect(n).toBeGreaterThanOrEqual(2);
  });

  test("consistent with the tables and the state machine", async () => {
    const db = small.db;
    // Every decided case has a decision; every appeal has one; saksnummer unique and counted.
    expect(
      await rows(
        db,
        sql`select id from sak s where status = 'vedtatt' and not exists
        (select 1 from vedtak v where v.sak_id = s.id)`,
      ),
    ).toEqual([]);
    expect(
      await rows(
        db,
        sql`select k.id from klage k left join vedtak v on v.id = k.vedtak_id
        where v.id is null or v.sak_id <> k.sak_id`,
      ),
    ).toEqual([]);
    expect(await rows(db, sql`select saksnummer from sak group by 1 having count(*) > 1`)).toEqual([]);
    expect(
      await rows(
        db,
        sql`select t.aar from saksnummer_teller t where t.siste <>
        (select max(split_part(saksnummer, '/', 2)::int) from sak where split_part(saksnummer, '/', 1)::int = t.aar)`,
      ),
    ).toEqual([]);
    // A waiting-list place is active only for a current venteliste decision.
    expect(
      await rows(
        db,
        sql`select w.id from venteliste w join sak s on s.id = w.sak_id where w.status = 'aktiv'
        and (select v.utfall from vedtak v where v.sak_id = s.id order by v.opprettet desc limit 1) <> 'venteliste'`,
      ),
    ).toEqual([]);
    // Open documentation requests only while the case waits for them.
    expect(
      await rows(
        db,
        sql`select d.id from dokumentasjonskrav d join sak s on s.id = d.sak_id
        where d.status = 'etterspurt' and s.status <> 'venter_dokumentasjon'`,
      ),
    ).toEqual([]);
    // No audit rows: demo history is not access.
    expect(await rows(db, sql`select 1 from audit_logg limit 1`)).toEqual([]);

    // Replaying each case's log through the state machine ends in the case's status, and the version counts the steps.
    const logg = await rows<{ sak_id: string; hendelse: string; data: { fra?: string; til?: string } }>(
      db,
      sql`select sak_id, hendelse, data from sakslogg order by sak_id, seq`,
    );
    const saker = new Map(
      (await rows<{ id: string; status: string }>(db, sql`select id, status from sak`)).map((s) => [
        s.id,
        s.status,
      ]),
    );
    const perSak = new Map<string, typeof logg>();
    for (const l of logg) perSak.set(l.sak_id, [...(perSak.get(l.sak_id) ?? []), l]);
    const hendelser = new Set(OVERGANGER.map((o) => o.hendelse as string));
    const LOGGNAVN: Record<string, string> = {
      tildelt: "tildel",
      notat_skrevet: "notat",
      dokumentasjon_etterspurt: "be_om_dokumentasjon",
      dokumentasjon_mottatt: "dokumentasjon_mottatt",
      dokumentasjon_frafalt: "dokumentasjon_mottatt",
      forelopig_svar_sendt: "forelopig_svar",
      vedtak_fattet: "fatt_vedtak",
      vedtak_mottatt: "vedtak_mottatt",
      vedtak_apnet: "vedtak_apnet",
      klage_omgjort_av_forsteinstans: "omgjor_etter_klage",
      klage_oversendt: "oversend_klage",
      sak_avsluttet: "avslutt",
    };
    expect(perSak.size).toBe(saker.size);
    expect(logg.filter((l) => l.data.til === "klage_oversendt").length).toBeGreaterThanOrEqual(2);
    for (const [sakId, steg] of perSak) {
      let status = "mottatt";
      for (const l of steg) {
        if (["soknad_mottatt", "frist_opprettet", "klager_underrettet"].includes(l.hendelse)) continue;
        let hendelse = LOGGNAVN[l.hendelse] ?? l.hendelse;
        if (l.hendelse === "klage_registrert")
          hendelse = l.data.til === "klage_sen_vurdering" ? "klage_for_sent" : "klage_i_tide";
        if (l.hendelse === "klage_avgjort") hendelse = `klage_${(l.data as { utfall: string }).utfall}`;
        expect(hendelser.has(hendelse), `${l.hendelse} i ${sakId}`).toBe(true);
        const steget = transition(status as never, hendelse as never);
        expect(steget.ok, `${hendelse} fra ${status} i ${sakId}`).toBe(true);
        if (steget.ok) {
          if (l.data.til) expect(steget.til).toBe(l.data.til);
          status = steget.til;
        }
      }
      expect(status, sakId).toBe(saker.get(sakId));
    }
  });

  test("the use cases read the demo cases: work queue, case page, the board's list", async () => {
    const sara = staffActor("saksbehandler-sagene");
    const ko = await listWorkQueue({ db: small.db, actor: sara, requestId: null, now });
    expect(ko.totalt).toBeGreaterThan(20);
    const sak = await getCase({ db: small.db, actor: sara, requestId: null, sakId: ko.rader[0]!.sakId, now });
    expect(sak.logg.length).toBeGreaterThan(1);
    const board = await listForwardedAppeals({
      db: small.db,
      actor: staffActor("klagenemnd-oslo"),
      requestId: null,
    });
    expect(board.venter.length).toBeGreaterThanOrEqual(2);
    expect(board.avgjort.length).toBeGreaterThan(0);
  });

  test("deterministic: the same seed and day give the same rows", async () => {
    const again = await createTestDb();
    try {
      await generateDemoData(again.db, { seed: SEED, size: "small", today: TODAY });
      await generateDemoCases(again.db, { seed: SEED, size: "small", today: TODAY });
      expect(await digest(again.db)).toEqual(await digest(small.db));
    } finally {
      await again.close();
    }
  });
});

describe("full demo cases", () => {
  test("about 1,500 applications a year over the districts by housing stock, a waiting list of about 400", async () => {
    const full = await createTestDb();
    try {
      await generateDemoData(full.db, { seed: SEED, size: "full", today: TODAY });
      const { counts } = await generateDemoCases(full.db, { seed: SEED, size: "full", today: TODAY });
      expect(counts.sak).toBeGreaterThan(2900);
      expect(counts.sak).toBeLessThan(3200);
      const [{ n }] = (await rows<{ n: number }>(
        full.db,
        sql`select count(*)::int as n from venteliste where status = 'aktiv'`,
      )) as [{ n: number }];
      expect(n).toBeGreaterThan(340);
      expect(n).toBeLessThan(460);
      const per = await rows<{ bydel_id: string; n: number }>(
        full.db,
        sql`select bydel_id, count(*)::int as n from sak group by 1 order by 2 desc`,
      );
      expect(per).toHaveLength(15);
      expect(per[0]!.bydel_id).toBe("sagene");
      expect(per.at(-1)!.bydel_id).toBe("ullern");
    } finally {
      await full.close();
    }
  }, 120_000);
});
