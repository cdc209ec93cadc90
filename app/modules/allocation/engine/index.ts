/** The allocation engine: a pure module (no database, no I/O besides loading the HiGHS binary). */
export { parseProblem, problemSchema, type Problem, type ProblemInput, type ParseResult } from "./problem";
export { vurder, romIntervall, GRUNN_NAVN, type Grunn, type GrunnKode, type Vurdering } from "./eligibility";
export { faktorer, poeng, type Faktor, type FaktorKode } from "./score";
export { verifiser, oppgangStatus, type Tildeling, type OppgangStatus } from "./composition";
export { lagInstans, byggModell, type Instans } from "./model";
export { greedy } from "./greedy";
export { forklarUmulig, type Forklaring } from "./explain-infeasible";
export { tildel, lastHighs, BESLUTNINGSSTOTTE, type Losning, type TildelingForklart } from "./solve.server";
export { syntetiskProblem, type SyntetiskValg } from "./synthetic";
