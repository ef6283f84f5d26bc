import type { Metadata } from "next";
import { headers } from "next/headers";
import { PresenterView } from "@/components/live/presenter-view";
import { loadEducatorLive } from "@/lib/live/loaders";

export const metadata: Metadata = { title: "Presenter view" };
export const dynamic = "force-dynamic";

export default async function PresenterPage({ params }: { params: Promise<{ sessionId: string }> }) {
  const { sessionId } = await params;
  const { snapshot } = await loadEducatorLive(sessionId, "presenter");
  // The address trainees type is the one this screen was opened with.
  const host = (await headers()).get("host") ?? "";
  return <PresenterView initial={snapshot} joinAt={`${host}/live`} />;
}
