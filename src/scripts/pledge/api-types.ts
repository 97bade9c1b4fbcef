/**
 * Shapes of the pledge API's JSON bodies, as the browser sees them: type-only re-exports of
 * netlify/lib/pledge/schemas.ts, so zod never reaches the browser bundle.
 */
import type { PledgeKind } from "../../lib/pledge/vocabulary";

export type {
  ApiErrorBody,
  FeedEntry,
  FeedResponse,
  HugResponse,
  Pledge as PublicPledge,
  PledgeResponse,
  ReportResponse,
  Stats,
} from "../../../netlify/lib/pledge/schemas";

/** What the browser sends to POST /api/pledge (and keeps in the outbox while offline). */
export interface PledgeRequest {
  kind: PledgeKind;
  deviceId: string;
  localDate: string;
  name?: string;
  note?: string;
  /** The honeypot: people never see it, so it is only ever sent when a bot filled it in. */
  website?: string;
}
