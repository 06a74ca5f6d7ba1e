import { okapiIdf } from './okapi-idf.ts';
import type { PostingTable } from './posting-table.ts';

/**
 * Weighs the postings of curated tools by the idf among curated tools alone, so that registering
 * generated toolkits does not reorder curated tools: in the whole catalog "repository" or "member" is
 * rarer than among the curated tools, and two curated tools that matched a request equally well swapped
 * places when a generated catalog was added. Generated tools keep the whole catalog's idf.
 *
 * The curated idfs are rescaled by one factor, the curated postings' whole-catalog idf over their
 * curated idf, so that curated and generated scores stay on the same scale: a uniform factor leaves
 * the order of curated tools as it is among them. Changes `table.gains` in place (a posting's score is
 * `query weight × idf × gain`); does nothing when every toolkit is curated or every one generated.
 *
 * @example
 * applyCuratedIdf(postings, documents.documentToolkits, generatedToolkits);
 */
export function applyCuratedIdf(
  table: PostingTable,
  documentToolkits: Int32Array,
  generatedToolkits: Uint8Array,
): void {
  const isCurated = (document: number) => generatedToolkits[documentToolkits[document]!] === 0;
  let curatedCount = 0;
  for (let document = 0; document < documentToolkits.length; document++)
    if (isCurated(document)) curatedCount++;
  if (curatedCount === 0 || curatedCount === documentToolkits.length) return;

  const { starts, documents, gains, idfs } = table;
  const curatedIdfs = new Float64Array(idfs.length);
  let wholeTotal = 0;
  let curatedTotal = 0;
  for (let term = 0; term < idfs.length; term++) {
    let frequency = 0;
    for (let position = starts[term]!; position < starts[term + 1]!; position++)
      if (isCurated(documents[position]!)) frequency++;
    if (frequency === 0) continue;
    curatedIdfs[term] = okapiIdf(curatedCount, frequency);
    wholeTotal += frequency * idfs[term]!;
    curatedTotal += frequency * curatedIdfs[term]!;
  }
  const scale = wholeTotal / curatedTotal;
  for (let term = 0; term < idfs.length; term++) {
    if (curatedIdfs[term] === 0) continue;
    const ratio = (scale * curatedIdfs[term]!) / idfs[term]!;
    for (let position = starts[term]!; position < starts[term + 1]!; position++)
      if (isCurated(documents[position]!)) gains[position]! *= ratio;
  }
}
