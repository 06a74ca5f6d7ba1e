/**
 * Prints where curated and generated tools take each other's first place on the tuning material of
 * the whole catalog (`catalog-diff.ts --steals`). Held-out cases are skipped before they are searched
 * and check files are refused: nothing about them is printed.
 */
import { basename } from 'node:path';
import { analyzeQuery } from '../src/search/analyze-query.ts';
import { buildLexicalIndex, type ScoreParts } from '../src/search/lexical-index.ts';
import { buildToolDocumentTable } from '../src/search/tool-document-table.ts';
import {
  expectedSlugs,
  isCheckFile,
  isHeldOut,
  isWholeFile,
  type NamedCatalog,
  readCases,
} from './eval-cases.ts';

const DEPTH = 20;

function partsText(slug: string, parts: ScoreParts): string {
  const figure = (value: number) => value.toFixed(2);
  return `${slug} ${figure(parts.score)} = terms ${figure(parts.terms)} × prior ${figure(parts.prior)} × toolkit ${figure(parts.toolkit)} (affinity ${figure(parts.affinity)}) × slug ${figure(parts.slugCoverage)} × pairs ${figure(parts.pairs)} × object ${figure(parts.object)} × kind ${figure(parts.kind)} × number ${figure(parts.number)}`;
}

/**
 * For each tuning case of `paths`, over `catalog`: the first expected tool's rank, and the tools of
 * the other kind (generated or curated) ranked above it, with the parts of their scores.
 */
export function printSteals(catalog: NamedCatalog, paths: readonly string[], quiet: boolean): void {
  const bySlug = new Map(catalog.toolkits.map((toolkit) => [toolkit.slug, toolkit]));
  const generated = new Set(
    catalog.toolkits.filter((toolkit) => toolkit.generated === true).map((toolkit) => toolkit.slug),
  );
  const index = buildLexicalIndex(buildToolDocumentTable(catalog.tools), (slug) => bySlug.get(slug));
  const slugs = new Set(catalog.tools.map((tool) => tool.slug));
  const isGenerated = (document: number) => generated.has(catalog.tools[document]!.toolkit);

  for (const path of paths) {
    if (isCheckFile(path)) throw new Error(`${path} is a check file: its cases are never printed.`);
    const counts = {
      curatedCases: 0,
      steals: 0,
      stealsAt1: 0,
      generatedCases: 0,
      curatedOver: 0,
      curatedOverAt1: 0,
    };
    const lines: string[] = [];
    for (const evalCase of readCases(path)) {
      if (!isWholeFile(path) && isHeldOut(evalCase.id)) continue;
      const expected = expectedSlugs(evalCase);
      if (![...expected].some((slug) => slugs.has(slug))) continue;
      const query = analyzeQuery(evalCase.query);
      const hits = index.search(query, () => true, DEPTH);
      const position = hits.findIndex((hit) => expected.has(catalog.tools[hit.document]!.slug));
      const expectsGenerated = [...expected].some((slug) => generated.has(slugToolkit(catalog, slug)));
      if (expectsGenerated) counts.generatedCases++;
      else counts.curatedCases++;
      const above = (position === -1 ? hits : hits.slice(0, position)).filter(
        (hit) => isGenerated(hit.document) !== expectsGenerated,
      );
      if (above.length === 0) continue;
      const atFirst = position !== 0 && isGenerated(hits[0]!.document) !== expectsGenerated;
      if (expectsGenerated) {
        counts.curatedOver++;
        if (atFirst) counts.curatedOverAt1++;
      } else {
        counts.steals++;
        if (atFirst) counts.stealsAt1++;
      }
      const rank = position === -1 ? '-' : String(position + 1);
      lines.push(
        `  ${expectsGenerated ? 'curated over generated' : 'steal'}${atFirst ? ' AT 1' : ''} ${evalCase.id} rank ${rank}  ${evalCase.query}`,
      );
      const expectedDocument = catalog.tools.findIndex((tool) => expected.has(tool.slug));
      const expectedHit = position === -1 ? expectedDocument : hits[position]!.document;
      lines.push(
        `     expected ${partsText(catalog.tools[expectedHit]!.slug, index.explain(query, expectedHit))}`,
      );
      for (const hit of above.slice(0, 2)) {
        lines.push(
          `     above    ${partsText(catalog.tools[hit.document]!.slug, index.explain(query, hit.document))}`,
        );
      }
    }
    console.log(
      `${basename(path)}  expected curated: ${counts.curatedCases} cases, a generated tool above it in ${counts.steals} (first in ${counts.stealsAt1}); expected generated: ${counts.generatedCases} cases, a curated tool above it in ${counts.curatedOver} (first in ${counts.curatedOverAt1})`,
    );
    if (!quiet) for (const line of lines) console.log(line);
  }
}

function slugToolkit(catalog: NamedCatalog, slug: string): string {
  return catalog.tools.find((tool) => tool.slug === slug)?.toolkit ?? '';
}
