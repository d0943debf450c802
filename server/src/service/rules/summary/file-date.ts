/**
 * The date a document's file name gives its incident: incident-report repositories name
 * each report by the day it happened (`2022-06-02-pod-limit.md`, `2019_03_26.md`). Only the
 * file's own name, and only a full year-month-day with separators, so a version number or
 * a ticket id is never read as a date; a calendar day that does not exist is no date.
 */
export interface FileDate { year: number; month: number; day: number; text: string }

const ISO_IN_NAME = /(?<![\p{N}])((?:19|20)\d\d)([-_.])(\d\d)\2(\d\d)(?![\p{N}])/u;

export function fileDate(path: string | null): FileDate | null {
  if (path === null) return null;
  const name = path.slice(path.lastIndexOf('/') + 1);
  const m = ISO_IN_NAME.exec(name);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[3]);
  const day = Number(m[4]);
  const at = new Date(Date.UTC(year, month - 1, day));
  if (at.getUTCFullYear() !== year || at.getUTCMonth() !== month - 1 || at.getUTCDate() !== day) return null;
  return { year, month, day, text: m[0] };
}
