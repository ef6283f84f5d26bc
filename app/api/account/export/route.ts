import { exportAccountData } from "@/lib/accounts/data";
import { authorize } from "@/lib/auth/guards";
import { ROLES } from "@/lib/auth/roles";

export async function GET() {
  const guard = await authorize(ROLES);
  if (!guard.ok) return Response.json({ error: guard.error }, { status: guard.status });
  const data = await exportAccountData(guard.user.id);
  if (!data) return Response.json({ error: "No such account." }, { status: 404 });
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": 'attachment; filename="my-data.json"',
      "Cache-Control": "no-store",
    },
  });
}
