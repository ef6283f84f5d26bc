import type { ContentWarning } from "@/lib/domain/content-warnings";

declare const ownedByCaller: unique symbol;

/**
 * A class its educator has been shown to own. Only `findOwnedClass` makes one, so a data function that takes an
 * OwnedClass cannot be handed the id of someone else's class: the type carries the ownership check.
 */
export interface OwnedClass {
  readonly id: string;
  readonly educatorId: string;
  readonly name: string;
  readonly joinCode: string;
  readonly joinCodeEnabled: boolean;
  readonly archivedAt: Date | null;
  readonly createdAt: Date;
  /** Scenarios carrying any of these warnings are never drawn or offered for this class. */
  readonly excludedContentWarnings: readonly ContentWarning[];
  readonly [ownedByCaller]: true;
}
