"use server";

import { redirect } from "next/navigation";
import { educatorAction, traineeAction } from "@/lib/auth/action";
import { consume, refund, TooManyAttempts, type LimitKey } from "@/lib/auth/rate-limit-mutations";
import { requestAddress } from "@/lib/auth/request-address";
import { findOwnedClass } from "@/lib/classes/data";
import { NOT_YOUR_CLASS } from "@/lib/classes/schema";
import type { ActionState } from "@/lib/forms/action-state";
import { expireIdleSessions } from "@/lib/live/control-mutations";
import { findEndedByPin, findRunningByPin } from "@/lib/live/data";
import { createLiveSession, joinLiveSession, NO_SUCH_LIVE_SESSION } from "@/lib/live/mutations";
import { joinByPinSchema, joinLiveSessionInput, startLiveSessionSchema } from "@/lib/live/schema";
import { securityLog } from "@/lib/security/log";

export const startLiveSessionAction = educatorAction
  .input(startLiveSessionSchema)
  .owns(({ input, user }) => findOwnedClass(user.id, input.classId), NOT_YOUR_CLASS)
  .handle(async ({ input, owned }): Promise<ActionState> => {
    const result = await createLiveSession(owned, {
      title: input.title,
      exerciseId: input.source === "exercise" ? input.exerciseId : undefined,
      scenarioIds: input.source === "choose" ? input.scenarioIds : [],
    });
    if (!result.ok) {
      return "field" in result
        ? { error: result.error, fields: { [result.field]: result.error } }
        : { error: result.error };
    }
    redirect(`/live/${result.sessionId}/present`);
  });

const UNKNOWN_PIN = "No live session is running with this PIN. Check the PIN on the projector.";
const ENDED_PIN = "That live session has ended.";
const NOT_YOUR_CLASS_PIN = "That live session is for a class you are not in. Join the class with its code first.";
const DAY_MS = 86_400_000;

// Every PIN tried takes a point from the client address's counter before the lookup (one atomic statement, so
// parallel guesses cannot all slip through), as class codes do; a PIN that lets the trainee in gives it back. A PIN of
// a session in another class, or of one that has ended, keeps its point.
export const joinLiveByPinAction = traineeAction
  .input(joinByPinSchema)
  .handle(async ({ input, user }): Promise<ActionState> => {
    const values = { pin: input.pin };
    const address = await requestAddress();
    const key: LimitKey = { scope: "address", subject: address, purpose: "live-pin" };
    try {
      await consume([key]);
    } catch (error) {
      if (!(error instanceof TooManyAttempts)) throw error;
      securityLog("rate-limited", {
        userId: user.id,
        address,
        action: "live-pin",
        retryAfterSeconds: Math.ceil(error.retryAfterSeconds),
      });
      return { fields: { pin: error.message }, values };
    }
    const now = new Date();
    await expireIdleSessions(now);
    const running = await findRunningByPin(input.pin);
    const joined = running ? await joinLiveSession(user.id, running.id, now) : null;
    if (joined?.ok) {
      await refund([key]);
      redirect(`/live/${running!.id}`);
    }
    securityLog("join.refused", {
      userId: user.id,
      address,
      action: "live-pin",
      reason: joined?.reason ?? "unknown-pin",
    });
    if (joined?.reason === "ended") return { fields: { pin: ENDED_PIN }, values };
    if (running) return { fields: { pin: NOT_YOUR_CLASS_PIN }, values };
    const ended = await findEndedByPin(input.pin, user.id, new Date(now.getTime() - DAY_MS));
    return { fields: { pin: ended ? ENDED_PIN : UNKNOWN_PIN }, values };
  });

export const joinLiveSessionAction = traineeAction
  .input(joinLiveSessionInput, NO_SUCH_LIVE_SESSION)
  .handle(async ({ input, user }): Promise<ActionState> => {
    const result = await joinLiveSession(user.id, input.sessionId);
    if (!result.ok) return { error: result.error };
    redirect(`/live/${input.sessionId}`);
  });
