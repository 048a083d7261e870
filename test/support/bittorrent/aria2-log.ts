/** Reads what an aria2c `--log` file (log level info or debug) says about its tracker announces. */
import { readFileSync } from 'node:fs';
import { parseAnnounceTarget, type AnnounceRequest } from './announce-query.js';

export interface Aria2LogView {
  /** Every announce request aria2c sent, in order (the HTTP request line is logged at info level). */
  announces: AnnounceRequest[];
  /** Count of tracker responses processed without error. */
  successfulResponses: number;
  /** Why announces failed: a tracker's `failure reason` shows as "Tracker returned failure reason: <text>". */
  trackerErrors: string[];
  /** Just the tracker-sent `failure reason` strings. */
  failureReasons: string[];
}

const REQUEST_LINE = /^GET (\S*info_hash=\S*) HTTP\/1\.[01]\r?$/gm;
/** aria2 1.36 logs these at info level after parsing a tracker response that had no error. */
const RESPONSE_OK = /\[DefaultBtAnnounce\.cc:\d+\] (?:No peers6? received\.|Interval:)/g;
const REQUEST_FAILED = /Tracker request \S+ failed\r?\nException: \[[^\]]*\] errorCode=\d+ (.*)$/gm;
const FAILURE_REASON = /^Tracker returned failure reason: (.*)$/;

export function readAria2Log(logPath: string): Aria2LogView {
  let text = '';
  try {
    text = readFileSync(logPath, 'utf8');
  } catch {
    // not written yet
  }
  const announces = [...text.matchAll(REQUEST_LINE)].map((m) => parseAnnounceTarget(m[1]!));
  // "No peers received." and "No peers6 received." can both follow one response: count responses, not lines.
  const okLines = [...text.matchAll(RESPONSE_OK)].map((m) => m.index ?? 0);
  const successfulResponses = new Set(okLines.map((index) => requestBefore(text, index))).size;
  const trackerErrors = [...text.matchAll(REQUEST_FAILED)].map((m) => m[1]!.trim());
  const failureReasons = trackerErrors.flatMap((error) => FAILURE_REASON.exec(error)?.[1] ?? []);
  return { announces, successfulResponses, trackerErrors, failureReasons };
}

/** Index of the last request line before `index`: which announce a response line belongs to. */
function requestBefore(text: string, index: number): number {
  return text.lastIndexOf('\nGET ', index);
}
