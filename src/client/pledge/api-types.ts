/**
 * Shapes of the pledge API's JSON bodies, as the browser sees them: type-only re-exports of
 * common/pledge/schemas.ts, so zod never reaches the browser bundle.
 */
import type { z } from "zod";
import type { pledgeJsonSchema } from "../../../common/pledge/schemas";

export type {
  ApiErrorBody,
  FeedEntry,
  FeedResponse,
  HugResponse,
  Pledge as PublicPledge,
  PledgeResponse,
  ReportResponse,
  Stats,
} from "../../../common/pledge/schemas";

/**
 * What the browser sends to POST /api/pledge (and keeps in the outbox while offline): the
 * server's own schema's input, with the visitor's date always sent.
 */
export type PledgeRequest = Omit<z.input<typeof pledgeJsonSchema>, "localDate"> & { localDate: string };
