import { sql } from "kysely";
import { openDatabase } from "../../../app/db/connection.server";

/** The two districts the access matrix compares: personas work in Sagene ("own") or Stovner. */
export const DISTRICTS = ["sagene", "stovner"] as const;
export type District = (typeof DISTRICTS)[number];

/**
 * For each district, one id per table that belongs to a district: tables with
 * a `bydel_id` column, tables one foreign key away from one (e.g. bygning via
 * eiendom_id), and `bydel` itself. The lowest id is taken, so the choice is
 * stable for a given demo database. Route params named `<table>Id`
 * (camelCase) are filled from here. Each chosen row's own `*_id` columns
 * are kept as `<table>.<column>` (e.g. `vedtak.sak_id`).
 */
export type DemoIds = Record<District, Record<string, string>>;

type Column = { table_name: string; column_name: string };

export async function readDemoIds(pgliteDir: string): Promise<DemoIds> {
  const handle = await openDatabase({ databaseUrl: null, pgliteDir });
  try {
    const { rows: columns } = await sql<Column>`
      select table_name, column_name from information_schema.columns
      where table_schema = 'public' order by table_name, ordinal_position`.execute(handle.db);
    const byTable = new Map<string, Set<string>>();
    for (const { table_name, column_name } of columns) {
      byTable.set(table_name, (byTable.get(table_name) ?? new Set()).add(column_name));
    }
    const hasDistrict = (table: string) => byTable.get(table)?.has("bydel_id") ?? false;
    const ids: DemoIds = { sagene: { bydel: "sagene" }, stovner: { bydel: "stovner" } };
    for (const district of DISTRICTS) {
      for (const [table, cols] of byTable) {
        if (!cols.has("id") || table === "bydel") continue;
        let row: Record<string, unknown> | undefined;
        if (hasDistrict(table)) {
          ({
            rows: [row],
          } = await sql<
            Record<string, unknown>
          >`select * from ${sql.table(table)} where bydel_id = ${district}
            order by id limit 1`.execute(handle.db));
        } else {
          const parent = [...cols].find((col) => col.endsWith("_id") && hasDistrict(col.slice(0, -3)));
          if (!parent) continue;
          ({
            rows: [row],
          } = await sql<Record<string, unknown>>`select t.* from ${sql.table(table)} t
            join ${sql.table(parent.slice(0, -3))} p on p.id = t.${sql.ref(parent)}
            where p.bydel_id = ${district} order by t.id limit 1`.execute(handle.db));
        }
        if (!row) continue;
        ids[district][table] = String(row.id);
        // The row's own references, so a route like /saker/:sakId/vedtak/:vedtakId gets a matching pair.
        for (const [column, value] of Object.entries(row)) {
          if (column.endsWith("_id") && value != null) ids[district][`${table}.${column}`] = String(value);
        }
      }
    }
    // The appeal board's pages: per district the lowest case forwarded to the klagenemnd, and one that is not.
    for (const district of DISTRICTS) {
      for (const [key, forwarded] of [
        ["sak:klagenemnd", true],
        ["sak:ikke_klagenemnd", false],
      ] as const) {
        const {
          rows: [row],
        } = await sql<{ id: unknown }>`select s.id from sak s where s.bydel_id = ${district}
          and ${forwarded} = exists (select 1 from klage k where k.sak_id = s.id
            and k.klageinstans = 'klagenemnd' and k.oversendt is not null)
          order by s.id limit 1`.execute(handle.db);
        if (row) ids[district][key] = String(row.id);
      }
    }
    // samarbeid: rows the property manager may see too (a district–Boligbygg series, one of its meetings, a
    // non-social action item from one), and a social action item (never shown to the property manager).
    for (const district of DISTRICTS) {
      const queries = {
        "motserie:boligbygg": sql<{ id: unknown }>`select id from motserie where bydel_id = ${district}
          and type = 'bydel_boligbygg' order by id limit 1`,
        "mote:boligbygg": sql<{ id: unknown }>`select m.id from mote m join motserie s on s.id = m.motserie_id
          where m.bydel_id = ${district} and s.type = 'bydel_boligbygg' order by m.id limit 1`,
        "tiltakspunkt:boligbygg": sql<{
          id: unknown;
        }>`select t.id from tiltakspunkt t join mote m on m.id = t.mote_id
          join motserie s on s.id = m.motserie_id where t.bydel_id = ${district} and s.type = 'bydel_boligbygg'
          and not t.sosialt and t.sak_id is null order by t.id limit 1`,
        "tiltakspunkt:sosialt": sql<{ id: unknown }>`select id from tiltakspunkt where bydel_id = ${district}
          and sosialt order by id limit 1`,
        "mote:beboerorgan": sql<{ id: unknown }>`select id from mote where bydel_id = ${district}
          and beboerorgan_id is not null order by id limit 1`,
      };
      for (const [key, query] of Object.entries(queries)) {
        const {
          rows: [row],
        } = await query.execute(handle.db);
        if (row) ids[district][key] = String(row.id);
      }
    }
    // bomiljo: the lowest gathering of the city-wide network (not district data: the same id for both).
    const {
      rows: [samling],
    } = await sql<{ id: unknown }>`select id from nettverk_samling order by id limit 1`.execute(handle.db);
    if (samling) for (const district of DISTRICTS) ids[district].nettverk_samling = String(samling.id);
    return ids;
  } finally {
    await handle.close();
  }
}

/** `leiekontraktId` → `leiekontrakt`, `felleslokaleBookingId` → `felleslokale_booking`. */
export function tableForParam(param: string): string | null {
  if (!param.endsWith("Id")) return null;
  return param.slice(0, -2).replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}
