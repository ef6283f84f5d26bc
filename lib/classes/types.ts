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
  readonly [ownedByCaller]: true;
}
