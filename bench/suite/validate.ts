/**
 * A target that answers every request with a failure would post splendid numbers. Before measuring,
 * one announce and one scrape from the pools must come back as real answers: an announce with a
 * peers list, a scrape with files; never a failure reason.
 */
import { readFileSync } from 'node:fs';
import { requestPath } from '../mix/request-path.js';
import { httpGet } from '../support/wait.js';
import type { Target } from '../targets/target.js';

function firstLine(file: string): string {
  const text = readFileSync(file, 'utf8');
  return text.slice(0, text.indexOf('\n'));
}

export async function validateTarget(target: Target, announcePool: string, scrapePool: string): Promise<void> {
  const announce = await httpGet(`${target.baseUrl}${requestPath(target.pathStyle, firstLine(announcePool))}`, 5000);
  if (announce.status !== 200 || announce.body.includes('failure reason') || !announce.body.includes('5:peers')) {
    throw new Error(`${target.name} does not answer the announce mix properly: ${announce.status} ${announce.body.slice(0, 200)}`);
  }
  if (!target.scrapes) return;
  const scrape = await httpGet(`${target.baseUrl}${requestPath(target.pathStyle, firstLine(scrapePool))}`, 5000);
  if (scrape.status !== 200 || scrape.body.includes('failure reason') || !scrape.body.includes('5:files')) {
    throw new Error(`${target.name} does not answer the scrape mix properly: ${scrape.status} ${scrape.body.slice(0, 200)}`);
  }
}
