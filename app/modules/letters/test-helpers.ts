/** Reading the letters back in tests: text, metadata and the tagged structure, through pdf.js (unpdf). */
import { extractLinks, extractText, getDocumentProxy, getMeta } from "unpdf";

/** All text of the PDF with runs of white space (line breaks included) collapsed to one space. */
export async function pdfTekst(pdf: Buffer): Promise<string> {
  const { text } = await extractText(new Uint8Array(pdf), { mergePages: true });
  return text.replace(/\s+/g, " ").trim();
}

export async function pdfSider(pdf: Buffer): Promise<string[]> {
  const { text } = await extractText(new Uint8Array(pdf), { mergePages: false });
  return text.map((t) => t.replace(/\s+/g, " ").trim());
}

export async function pdfInfo(pdf: Buffer): Promise<Record<string, unknown>> {
  const { info } = await getMeta(new Uint8Array(pdf));
  return info as Record<string, unknown>;
}

export async function pdfLenker(pdf: Buffer): Promise<string[]> {
  return (await extractLinks(new Uint8Array(pdf))).links;
}

type StructNode = { role?: string; type?: string; id?: string; children?: StructNode[] };
type MarkedItem = { type?: string; id?: string; str?: string };

/**
 * The structure elements in reading order as `[role, text]`, e.g. `["H1", "Vedtak om kommunal bolig"]`: pdf.js
 * reads the /StructTreeRoot, and each element's text is the marked content (MCID) it points to.
 */
export async function strukturElementer(pdf: Buffer): Promise<Array<[string, string]>> {
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const tekstForId = new Map<string, string>();
  const rotter: StructNode[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const content = await page.getTextContent({ includeMarkedContent: true });
    const stack: string[] = [];
    for (const item of content.items as MarkedItem[]) {
      if (item.type === "beginMarkedContentProps" || item.type === "beginMarkedContent")
        stack.push(item.id ?? "");
      else if (item.type === "endMarkedContent") stack.pop();
      else if (typeof item.str === "string") {
        const id = stack.findLast((x) => x !== "");
        if (id) tekstForId.set(id, `${tekstForId.get(id) ?? ""}${item.str} `);
      }
    }
    const tree = (await page.getStructTree()) as StructNode | null;
    if (tree) rotter.push(tree);
  }
  const ut: Array<[string, string]> = [];
  const tekst = (n: StructNode): string =>
    n.type === "content" ? (tekstForId.get(n.id ?? "") ?? "") : (n.children ?? []).map(tekst).join("");
  const besok = (n: StructNode) => {
    if (n.role) ut.push([n.role, tekst(n).replace(/\s+/g, " ").trim()]);
    for (const c of n.children ?? []) if (c.type !== "content") besok(c);
  };
  rotter.forEach(besok);
  return ut;
}
