import "server-only";
import { headers } from "next/headers";
import type { z } from "zod";
import type { ActionState } from "@/lib/forms/action-state";
import { fieldErrors, formDataObject } from "@/lib/forms/parse-form";
import { ADMINS, authorize, EDUCATORS, TRAINEES } from "@/lib/auth/guards";
import { ROLES, type Role } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { securityLog } from "@/lib/security/log";

/**
 * The one chain every server action goes through, in this order: signed in → role → input (zod, with field
 * errors) → ownership → handler. A refusal at any step returns an ActionState and runs nothing after it.
 *
 *   export const rotateJoinCodeAction = educatorAction
 *     .input(classIdInput, NOT_YOUR_CLASS)
 *     .owns(({ input, user }) => findOwnedClass(user.id, input.classId), NOT_YOUR_CLASS)
 *     .handle(async ({ owned }) => …);
 *
 * The result is usable with useActionState (state, formData) and as a plain form action (formData).
 */

type Access = readonly Role[] | "public";

/** Marks every function the chain builds with who may call it, so a test can check that no action skips the chain. */
export const ACTION_ACCESS = Symbol.for("defector-narratives.action-access");

interface Spec<Input, Owned> {
  access: Access;
  schema?: z.ZodType<Input>;
  invalidInput?: string;
  owns?: (args: { input: Input; user: SessionUser }) => Promise<Owned | null>;
  notOwned?: string;
}

export interface FormAction<State extends ActionState> {
  /** As a plain form action; the state it returns is dropped. */
  (formData: FormData): Promise<void>;
  (state: State, formData: FormData): Promise<State>;
}

type UserOf<A> = A extends "public" ? SessionUser | null : SessionUser;

export interface Handler<User, Input, Owned, State> {
  (args: { input: Input; user: User; owned: Owned }): Promise<State>;
}

const CHECK_FIELDS = "Check the highlighted fields.";
export const UNREADABLE_FORM = "The form could not be read.";

// Which action a refusal was about, for the security log: the id Next.js gives it (the build's server reference
// manifest maps it to its export), and the page it was called from.
async function actionName(): Promise<string | undefined> {
  try {
    const h = await headers();
    const id = h.get("next-action");
    return id ? `${id}${h.get("referer") ? ` from ${new URL(h.get("referer")!).pathname}` : ""}` : undefined;
  } catch {
    return undefined;
  }
}

// Typed fields are sent back with a refusal so the form can show them again; secrets never are.
function echoedValues(raw: Record<string, string | string[]>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (typeof value === "string" && !/password|secret|token/i.test(key) && value.length <= 2000) values[key] = value;
  }
  return values;
}

class ActionBuilder<A extends Access, Input, Owned> {
  constructor(private readonly spec: Spec<Input, Owned> & { access: A }) {}

  /** Parses the form with this schema; refusals carry each field's first message (and `message` for the form). */
  input<S extends z.ZodType>(schema: S, invalidInput: string = CHECK_FIELDS): ActionBuilder<A, z.output<S>, Owned> {
    return new ActionBuilder<A, z.output<S>, Owned>({
      access: this.spec.access,
      schema: schema as unknown as z.ZodType<z.output<S>>,
      invalidInput,
    });
  }

  /** Looks up the object the action is about, as the user's own; null refuses with `notOwned`. */
  owns<O>(
    find: (args: { input: Input; user: UserOf<A> & SessionUser }) => Promise<O | null>,
    notOwned: string,
  ): ActionBuilder<A, Input, O> {
    return new ActionBuilder<A, Input, O>({
      ...(this.spec as unknown as Spec<Input, O> & { access: A }),
      owns: find as Spec<Input, O>["owns"],
      notOwned,
    });
  }

  handle<State extends ActionState = ActionState>(handler: Handler<UserOf<A>, Input, Owned, State>): FormAction<State> {
    const { access, schema, invalidInput, owns, notOwned } = this.spec;
    const run = async (formData: FormData): Promise<State> => {
      let user: SessionUser | null = null;
      if (access !== "public") {
        const guard = await authorize(access, await actionName());
        if (!guard.ok) return { error: guard.error } as State;
        user = guard.user;
      }
      const raw = formDataObject(formData);
      let input = undefined as Input;
      if (schema) {
        const parsed = schema.safeParse(raw);
        if (!parsed.success) {
          return { error: invalidInput, fields: fieldErrors(parsed.error), values: echoedValues(raw) } as State;
        }
        input = parsed.data;
      }
      let owned = undefined as Owned;
      if (owns) {
        const found = user ? await owns({ input, user }) : null;
        if (found === null) {
          securityLog("authorization.refused", {
            userId: user?.id,
            role: user?.role,
            reason: "not-owned",
            action: await actionName(),
          });
          return { error: notOwned } as State;
        }
        owned = found;
      }
      return handler({ input, user: user as UserOf<A>, owned });
    };
    // Called by a form: (formData) or (state, formData). Anything else was not sent by this app's pages.
    const action = async (first: State | FormData, second?: FormData) => {
      const formData = first instanceof FormData ? first : second;
      if (!(formData instanceof FormData)) return { error: UNREADABLE_FORM } as State;
      return run(formData);
    };
    Object.defineProperty(action, ACTION_ACCESS, { value: access });
    return action as FormAction<State>;
  }
}

function chain<A extends Access>(access: A) {
  return new ActionBuilder<A, undefined, undefined>({ access });
}

export const publicAction = chain("public");
export const signedInAction = chain(ROLES);
export const traineeAction = chain(TRAINEES);
export const educatorAction = chain(EDUCATORS);
export const adminAction = chain(ADMINS);
