import ical, { ICalEventStatus } from "ical-generator";
import type { Aktivitetsstatus } from "../../db/schema";
import { addMonths, todayInOslo, type Dato } from "../../lib/frister";
import { finnEiendom } from "./aktiviteter.server";
import type { SamarbeidContext } from "./scope.server";

/**
 * The instant of a wall-clock time in Europe/Oslo (handles summer time): the UTC guess corrected by Oslo's
 * offset at that moment, checked once more around the switch.
 */
export function osloTidspunkt(dato: Dato, klokke: string): Date {
  const [y, m, d] = dato.split("-").map(Number) as [number, number, number];
  const [h, min] = klokke.split(":").map(Number) as [number, number];
  const utc = Date.UTC(y, m - 1, d, h, min);
  const offset = (instant: number) => {
    const deler = new Intl.DateTimeFormat("en-GB", {
      timeZone: "Europe/Oslo",
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
    }).formatToParts(new Date(instant));
    const v = (t: string) => Number(deler.find((p) => p.type === t)?.value);
    return Date.UTC(v("year"), v("month") - 1, v("day"), v("hour"), v("minute")) - instant;
  };
  const forst = utc - offset(utc);
  return new Date(utc - offset(forst));
}

const STATUS: Record<Aktivitetsstatus, ICalEventStatus> = {
  planlagt: ICalEventStatus.TENTATIVE,
  bekreftet: ICalEventStatus.CONFIRMED,
  utsatt: ICalEventStatus.TENTATIVE,
  avlyst: ICalEventStatus.CANCELLED,
  gjennomfort: ICalEventStatus.CONFIRMED,
};

/**
 * The address's activities as an iCalendar feed (RFC 5545): from three months back to a year ahead, with the
 * announcement in bokmål (and English after it when written). Stable UIDs, so a calendar app updates an
 * activity rather than adding it twice.
 */
export async function aktivitetskalenderIcs(
  ctx: SamarbeidContext & { eiendomId: string; publicUrl: string; idag?: Dato },
): Promise<{ filnavn: string; ics: string }> {
  const eiendom = await finnEiendom(ctx, ctx.eiendomId);
  const idag = ctx.idag ?? todayInOslo();
  const aktiviteter = await ctx.db
    .selectFrom("aktivitet")
    .select([
      "id",
      "tittel",
      "dato",
      "start",
      "slutt",
      "sted",
      "status",
      "kunngjoring_nb",
      "kunngjoring_en",
      "endret",
    ])
    .where("eiendom_id", "=", eiendom.id)
    .where("dato", ">=", addMonths(idag, -3))
    .where("dato", "<=", addMonths(idag, 12))
    .orderBy("dato")
    .orderBy("start")
    .execute();
  const kalender = ical({
    name: `Aktiviteter – ${eiendom.gateadresse}`,
    prodId: { company: "Oslo kommune", product: "Bomiljø", language: "NB" },
  });
  for (const a of aktiviteter) {
    kalender.createEvent({
      id: `${a.id}@bomiljo.oslo.kommune.no`,
      start: osloTidspunkt(a.dato as Dato, a.start),
      end: osloTidspunkt(a.dato as Dato, a.slutt),
      summary: a.tittel,
      description: a.kunngjoring_en
        ? `${a.kunngjoring_nb}\n\n(English) ${a.kunngjoring_en}`
        : a.kunngjoring_nb,
      location: `${a.sted}, ${eiendom.gateadresse}`,
      status: STATUS[a.status],
      lastModified: a.endret,
      url: `${ctx.publicUrl}/aktiviteter/${a.id}`,
    });
  }
  return { filnavn: `aktiviteter-${eiendom.id}.ics`, ics: kalender.toString() };
}
