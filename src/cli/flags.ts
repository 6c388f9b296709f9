import { asOfDay, lastDay } from "../model/time.js";
import { UsageError } from "./output.js";

/** An integer flag within bounds. */
export function parseCount(flag: string, v: string, min: number, max: number): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(flag, `an integer from ${min} to ${max} (got "${v}")`);
  return n;
}

/** A date flag: EDTF day, month or year; `end` reads it as the last day it can mean. */
export function parseDay(flag: string, v: string | undefined, end = false): string | undefined {
  if (v === undefined) return undefined;
  const d = end ? lastDay(v) : asOfDay(v);
  if (typeof d !== "string") throw new UsageError(flag, `a date such as 1972-09-29, 1975-06 or 1975 (${d.error})`);
  return d;
}
