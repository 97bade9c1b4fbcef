import type { Config, Context } from "@netlify/functions";
export default async (req: Request, context: Context) => {
  return Response.json({ ok: true, ip: context.ip, method: req.method });
};
export const config: Config = { path: "/api/health" };
