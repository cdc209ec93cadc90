/** Whole years from a birth date to a day (both "YYYY-MM-DD"). */
export function ageOnDate(fodselsdato: string, dag: string): number {
  const [fy, fm, fd] = fodselsdato.split("-").map(Number) as [number, number, number];
  const [y, m, d] = dag.split("-").map(Number) as [number, number, number];
  return y - fy - (m < fm || (m === fm && d < fd) ? 1 : 0);
}
