/**
 * The five faces of the answer scale, plus a question mark for "Vet ikke". Each face differs in shape (mouth and
 * brows), not in colour, and is always shown next to its text; the SVG itself is hidden from screen readers.
 */
const MUNN = [
  "M15 31 Q24 22 33 31", // veldig dårlig: deep frown
  "M16 30 Q24 26 32 30", // dårlig
  "M16 29 L32 29", // både og
  "M16 28 Q24 33 32 28", // bra
  "M14 27 Q24 38 34 27 Z", // veldig bra: open smile
];

export function Piktogram({ verdi }: { verdi: 0 | 1 | 2 | 3 | 4 | 5 }) {
  return (
    <svg
      className="us-piktogram"
      viewBox="0 0 48 48"
      width="40"
      height="40"
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="24" cy="24" r="21" fill="none" stroke="currentColor" strokeWidth="2.5" />
      {verdi === 0 ? (
        <text x="24" y="32" textAnchor="middle" fontSize="24" fontWeight="700" fill="currentColor">
          ?
        </text>
      ) : (
        <>
          <circle cx="17" cy="19" r="2.6" fill="currentColor" />
          <circle cx="31" cy="19" r="2.6" fill="currentColor" />
          {verdi === 1 ? (
            <path
              d="M12 13 L20 15 M36 13 L28 15"
              stroke="currentColor"
              strokeWidth="2"
              strokeLinecap="round"
            />
          ) : null}
          <path
            d={MUNN[verdi - 1]}
            fill={verdi === 5 ? "currentColor" : "none"}
            stroke="currentColor"
            strokeWidth="2.5"
            strokeLinecap="round"
          />
        </>
      )}
    </svg>
  );
}
