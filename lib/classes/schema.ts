import { z } from "zod";
import { CONTENT_WARNINGS } from "@/lib/domain/content-warnings";
import { formList, idSchema, visibleText } from "@/lib/forms/fields";

// Browser-safe: shared by the class forms and their server actions.
export const NOT_YOUR_CLASS = "That class does not exist or is not yours.";

// 8 characters from 31 without look-alikes (no 0/O, 1/I/L).
export const JOIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const joinCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .transform((v) => v.replace(/[\s-]/g, ""))
  .pipe(z.string().regex(new RegExp(`^[${JOIN_CODE_ALPHABET}]{8}$`), "A class code has 8 letters and digits"));

export const classNameSchema = z.object({ name: visibleText(80) });
export const classIdInput = z.object({ classId: idSchema });
const flag = z.enum(["true", "false"]);
export const joinCodeEnabledInput = classIdInput.extend({ enabled: flag });
export const archivedInput = classIdInput.extend({ archived: flag });
export const removeMemberInput = classIdInput.extend({ memberId: idSchema });
export const contentExclusionsInput = classIdInput.extend({
  warnings: formList(z.array(z.enum(CONTENT_WARNINGS, { error: "Choose content notes from the list" }))),
});
