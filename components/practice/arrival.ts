"use client";

// Set when the trainee moves on from a question (Next scenario, See summary); the page that arrives reads it once, so
// focus moves only after that step, not on an ordinary page load.
let movingOn = false;

export function markMovingOn() {
  movingOn = true;
}

export function takeMovingOn(): boolean {
  const was = movingOn;
  movingOn = false;
  return was;
}
