/** A letter as an HTTP response: shown in the browser, never cached, with a safe ASCII file name. */
export function pdfSvar({ pdf, filnavn }: { pdf: Buffer; filnavn: string }): Response {
  const trygt = filnavn.replace(/[^0-9A-Za-z._-]/g, "-");
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `inline; filename="${trygt}"`,
      "Content-Length": String(pdf.length),
      "Cache-Control": "no-store",
    },
  });
}
