import { exportAccountData } from "@/lib/accounts/data";
import { authorize } from "@/lib/auth/guards";
import { ROLES } from "@/lib/auth/roles";
import { jsonError, NO_STORE, REFUSAL_STATUS } from "@/lib/http/responses";

export async function GET() {
  const guard = await authorize(ROLES);
  if (!guard.ok) return jsonError(REFUSAL_STATUS[guard.reason], guard.error);
  const data = await exportAccountData(guard.user.id);
  if (!data) return jsonError(404, "No such account.");
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      ...NO_STORE,
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": 'attachment; filename="my-data.json"',
    },
  });
}
