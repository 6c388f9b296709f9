import type { z } from "zod";
import { ApiError } from "../model/results.js";

/** An OpenAPI JSON response entry for `createRoute`. */
export const json = <T extends z.ZodType>(schema: T, description: string) => ({ content: { "application/json": { schema } }, description });

/** The error answers most routes may give, all in the one error shape. */
export const errors = {
  400: json(ApiError, "invalid request (the message names the parameter)"),
  404: json(ApiError, "not found"),
};
