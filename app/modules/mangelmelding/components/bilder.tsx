import { Link } from "@digdir/designsystemet-react";
import { useT } from "../../../i18n/use-t";

/**
 * A report's photos as thumbnails, each a link to the full photo (`/mangler/:id/bilder/:bildeId`, which checks
 * who may see it). Nothing when the report has none.
 */
export function Bilder({
  mangelmeldingId,
  bilder,
}: {
  mangelmeldingId: string;
  bilder: readonly { id: string; nummer: number; bredde?: number; hoyde?: number }[];
}) {
  const tr = useT();
  if (bilder.length === 0) return null;
  return (
    <ul className="mangel-bilder">
      {bilder.map((b) => (
        <li key={b.id}>
          <Link href={`/mangler/${mangelmeldingId}/bilder/${b.id}`}>
            <img
              src={`/mangler/${mangelmeldingId}/bilder/${b.id}`}
              alt={tr("mangel.detalj.bilde", { nummer: b.nummer })}
              width={b.bredde}
              height={b.hoyde}
            />
          </Link>
        </li>
      ))}
    </ul>
  );
}
