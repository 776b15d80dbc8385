/**
 * Every user and workspace owns exactly one static collection of each kind
 * (docs/architecture.md §7), written in the same atomic write as its owner. Their items are
 * derived at read time, so they store none.
 */
import { COLLECTION_KINDS, type CollectionKind, type Tables } from "./schema";

export const STATIC_COLLECTION_NAMES: Record<CollectionKind, string> = {
  resources: "Resources",
  following: "Following",
  reposts: "Reposts",
  likes: "Likes",
  bookmarks: "Bookmarks",
  subscriptions: "Subscriptions",
  comments: "Comments",
};

export function staticCollectionRows(owner: {
  type: "user" | "workspace";
  id: string;
}): Tables["collections"]["$inferInsert"][] {
  return COLLECTION_KINDS.map((kind) => ({
    ownerType: owner.type,
    ownerId: owner.id,
    name: STATIC_COLLECTION_NAMES[kind],
    type: "static" as const,
    kind,
    // Bookmarks are private by nature; the rest are on show.
    status: kind === "bookmarks" ? ("UNLISTED" as const) : ("LISTED" as const),
  }));
}
