"use client";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <>
      <h1>Something went wrong</h1>
      <p>Nothing you entered has been lost. Try again, or reload the page.</p>
      <button type="button" onClick={reset}>
        Try again
      </button>
    </>
  );
}
