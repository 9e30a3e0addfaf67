import { z } from "zod";

// Bounds on every number, string and list of a report, so one forged value in a report read back (the
// analysis a publish run downloads) cannot dominate memory or the rendering. Our own reports keep within
// them: messages and excerpts are bounded where they are made.

/** The longest message, excerpt, note or fix text. */
export const MAX_TEXT = 20_000;
/** The longest path, field or dataset name. */
export const MAX_NAME = 1_000;

export const count = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
export const text = z.string().max(MAX_TEXT);
export const name = z.string().max(MAX_NAME);
/** A share of a whole, 0–1. */
export const share = z.number().min(0).max(1);
