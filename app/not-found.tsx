import Link from "next/link";

export default function NotFound() {
  return (
    <>
      <h1>Not found</h1>
      <p>This page does not exist, or it belongs to someone else.</p>
      <p>
        <Link href="/">Go to the start page</Link>
      </p>
    </>
  );
}
