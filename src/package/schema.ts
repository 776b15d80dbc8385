/**
 * `@hearth-data/hearth/schema`: Hearth's tables as D1 holds them (SQLite
 * definitions), their relations, the enum tuples, and each table's row types,
 * inferred from the table. Imports nothing but drizzle-orm: no worker runtime.
 * The Postgres and MySQL tables are in `/schema/postgres` and `/schema/mysql`.
 */
import type { Tables } from "../db/schema";

export * from "../db/schema";
export { ID_LENGTH, LISTING_STATUSES, type ListingStatus } from "../db/schema/columns";

/** A table's row as selected, by the table's export name. */
export type Row<T extends keyof Tables> = Tables[T]["$inferSelect"];
/** A row to insert (defaulted columns optional), by the table's export name. */
export type NewRow<T extends keyof Tables> = Tables[T]["$inferInsert"];

export type ApiKey = Row<"apiKeys">;
export type NewApiKey = NewRow<"apiKeys">;

export type CollectionItemFilter = Row<"collectionItemFilters">;
export type NewCollectionItemFilter = NewRow<"collectionItemFilters">;

export type CollectionItem = Row<"collectionItems">;
export type NewCollectionItem = NewRow<"collectionItems">;

export type Collection = Row<"collections">;
export type NewCollection = NewRow<"collections">;

export type EngagementComment = Row<"engagementComments">;
export type NewEngagementComment = NewRow<"engagementComments">;

export type EngagementMention = Row<"engagementMentions">;
export type NewEngagementMention = NewRow<"engagementMentions">;

export type Engagement = Row<"engagements">;
export type NewEngagement = NewRow<"engagements">;

export type ExternalLink = Row<"externalLinks">;
export type NewExternalLink = NewRow<"externalLinks">;

export type FeaturePreset = Row<"featurePresets">;
export type NewFeaturePreset = NewRow<"featurePresets">;

export type FeaturePricing = Row<"featurePricing">;
export type NewFeaturePricing = NewRow<"featurePricing">;

export type Feature = Row<"features">;
export type NewFeature = NewRow<"features">;

export type Organization = Row<"organizations">;
export type NewOrganization = NewRow<"organizations">;

export type PermissionAction = Row<"permissionActions">;
export type NewPermissionAction = NewRow<"permissionActions">;

export type Permission = Row<"permissions">;
export type NewPermission = NewRow<"permissions">;

export type Post = Row<"posts">;
export type NewPost = NewRow<"posts">;

export type ResourceAuthor = Row<"resourceAuthors">;
export type NewResourceAuthor = NewRow<"resourceAuthors">;

export type Resource = Row<"resources">;
export type NewResource = NewRow<"resources">;

export type TeamMember = Row<"teamMembers">;
export type NewTeamMember = NewRow<"teamMembers">;

export type Team = Row<"teams">;
export type NewTeam = NewRow<"teams">;

export type UserFeature = Row<"userFeatures">;
export type NewUserFeature = NewRow<"userFeatures">;

export type UserIdentity = Row<"userIdentities">;
export type NewUserIdentity = NewRow<"userIdentities">;

export type UserSubscription = Row<"userSubscriptions">;
export type NewUserSubscription = NewRow<"userSubscriptions">;

export type User = Row<"users">;
export type NewUser = NewRow<"users">;

export type Workspace = Row<"workspaces">;
export type NewWorkspace = NewRow<"workspaces">;
