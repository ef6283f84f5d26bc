import type { Metadata } from "next";
import Link from "next/link";
import { PinForm } from "@/components/live/pin-form";
import { requireUser } from "@/lib/auth/loaders";

export const metadata: Metadata = { title: "Join a live session" };

export default async function JoinLivePage() {
  const user = await requireUser("/live");
  if (user.role !== "TRAINEE") {
    return (
      <>
        <h1>Live sessions</h1>
        <p>
          You run live sessions from a class page: open one of <Link href="/classes">your classes</Link> and choose{" "}
          <strong>Start live session</strong>.
        </p>
      </>
    );
  }
  return (
    <>
      <h1>Join a live session</h1>
      <p className="lead">Enter the PIN your educator shows. Only trainees of the session&apos;s class can join.</p>
      <PinForm />
    </>
  );
}
