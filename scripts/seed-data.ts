/**
 * The demo world `npm run db:seed` writes: one organization, four people, three
 * workspaces and something in every table. Ids are fixed UUIDv7-shaped strings
 * and timestamps fixed dates, so every run writes the same rows and a second
 * run (insert-or-ignore) changes nothing. Never renumber a row: its id is what
 * makes it "already there".
 */

import { ACTION_VERBS } from "../src/access/engine";
import type { MintedKey } from "../src/auth/api-keys";
import { ADMIN_SCOPE, DOMAINS, type Domain } from "../src/auth/scopes";
import {
  COLLECTION_KINDS,
  type CollectionKind,
  type EngagementAction,
  SINGLETON_ACTIONS,
  type Tables,
} from "../src/db/schema";
import { staticCollectionRows } from "../src/db/static-collections";

type Rows<K extends keyof Tables> = Tables[K]["$inferInsert"][];

/**
 * Demo rows for every table but api_keys (the demo key is minted, see
 * demoAdminKey), idempotency_keys (answers to requests, none made yet) and
 * search_terms (written from the objects as they are inserted), and the
 * webhooks tables (an endpoint needs a receiver the demo does not have).
 * Keys are in insertion order: referenced rows come first.
 */
export type DemoData = {
  [K in Exclude<
    keyof Tables,
    | "apiKeys"
    | "idempotencyKeys"
    | "events"
    | "eventSequence"
    | "searchTerms"
    | "webhooks"
    | "webhookDeliveries"
    | "webhookAttempts"
    | "feedPositions"
  >]: Rows<K>;
};

const MINUTE = 60_000;
/** Serial n was "created" n minutes after this instant. */
const EPOCH = Date.UTC(2025, 0, 6, 9, 0, 0);

const timeOf = (serial: number) => EPOCH + serial * MINUTE;

/** A UUIDv7 layout: 48-bit millisecond time, version 7, variant 10, serial as the tail. */
function demoId(serial: number, ms = timeOf(serial)): string {
  const time = ms.toString(16).padStart(12, "0");
  return `${time.slice(0, 8)}-${time.slice(8)}-7000-8000-${serial.toString(16).padStart(12, "0")}`;
}

const times = (ms: number) => ({ createdAt: new Date(ms), updatedAt: new Date(ms) });
const row = (serial: number) => ({ id: demoId(serial), ...times(timeOf(serial)) });

const ORG = demoId(0x101);
const ADA = demoId(0x201);
const BEA = demoId(0x202);
const CAL = demoId(0x203);
const DEE = demoId(0x204);
const JOURNAL = demoId(0x301);
const SESSIONS = demoId(0x302);
const EDITORIAL = demoId(0x303);
const WELCOME = demoId(0x401);
const DRAFTING = demoId(0x402);
const WALTZ = demoId(0x403);
const KINDLING = demoId(0x404);
const RECORDING = demoId(0x405);
const PLAN = demoId(0x406);
const HIRING = demoId(0x407);
const EDITORS = demoId(0x601);
const ADA_PICKS = demoId(0x801);
const LATE_NIGHT = demoId(0x802);
const CUSTOM_DOMAIN = demoId(0x901);
const ANALYTICS = demoId(0x902);
const AUDIO_HOSTING = demoId(0x903);
const TEAM_SEATS = demoId(0x904);

/** The demo admin: owner of the demo organization's team, holder of the demo API key. */
export const DEMO_ADMIN = { id: ADA, email: "ada@hearth.local" } as const;
export const DEMO_ADMIN_KEY_ID = demoId(0x2a1);

const USER_SERIALS = [0x201, 0x202, 0x203, 0x204];
const WORKSPACE_SERIALS = [0x301, 0x302, 0x303];

/**
 * A static collection is created with its owner (same instant). Its serial,
 * owner × 16 + kind, sits above every other serial used here.
 */
const staticCollectionId = (ownerSerial: number, kind: CollectionKind) =>
  demoId(ownerSerial * 16 + COLLECTION_KINDS.indexOf(kind), timeOf(ownerSerial));

function staticCollections(
  ownerType: "user" | "workspace",
  ownerSerial: number,
): Rows<"collections"> {
  return staticCollectionRows({ type: ownerType, id: demoId(ownerSerial) }).map((collection) => ({
    ...collection,
    id: staticCollectionId(ownerSerial, collection.kind!),
    ...times(timeOf(ownerSerial)),
  }));
}

type Party = { type: "user" | "workspace"; id: string };
type Target = { type: "resource" | "workspace" | "collection" | "user"; id: string };

const user = (id: string) => ({ type: "user", id }) as const;
const workspace = (id: string) => ({ type: "workspace", id }) as const;
const resource = (id: string) => ({ type: "resource", id }) as const;
const collection = (id: string) => ({ type: "collection", id }) as const;

function engagement(
  serial: number,
  subject: Party,
  action: EngagementAction,
  object: Target,
): Rows<"engagements">[number] {
  const once = (SINGLETON_ACTIONS as readonly string[]).includes(action);
  return {
    ...row(serial),
    subjectType: subject.type,
    subjectId: subject.id,
    action,
    objectType: object.type,
    objectId: object.id,
    singleton: once ? true : null,
  };
}

const DOMAIN_SUBJECTS: Record<Domain, string> = {
  identities: "organizations, users and API keys",
  workspaces: "workspaces and their settings",
  resources: "resources, posts, authors and links",
  permissions: "permission rows",
  teams: "teams and their members",
  engagements: "likes, comments, reposts, follows, subscriptions, mentions and bookmarks",
  collections: "collections, their items and filters",
  features: "features, pricing, presets and subscriptions",
  events: "the change feed: what was created, changed and deleted, by whom",
};

const VERB_NAMES = { read: "See", write: "Create and change", delete: "Delete" } as const;

/** The action catalogue: a read, write and delete action per domain, and admin. New domains go at the end of DOMAINS, keeping serials. */
export function permissionActions(): Rows<"permissionActions"> {
  const admin = {
    ...row(0x501),
    slug: ADMIN_SCOPE,
    name: "Administer",
    description: "Everything, bypassing permission rows",
    category: "admin",
  };
  const perDomain = DOMAINS.flatMap((domain, d) =>
    ACTION_VERBS.map((verb, v) => ({
      ...row(0x502 + d * ACTION_VERBS.length + v),
      slug: `${domain}:${verb}`,
      name: `${VERB_NAMES[verb]} ${domain}`,
      description: `${VERB_NAMES[verb]} ${DOMAIN_SUBJECTS[domain]}`,
      category: domain,
    })),
  );
  return [admin, ...perDomain];
}

/** The api_keys row of the demo admin's key: every scope, through `admin`. */
export function demoAdminKey(minted: MintedKey): Rows<"apiKeys">[number] {
  return {
    ...row(0x2a1),
    name: "Demo admin key",
    prefix: minted.prefix,
    secretHash: minted.secretHash,
    subjectType: "user",
    subjectId: ADA,
    scopes: [ADMIN_SCOPE],
  };
}

export function demoData(): DemoData {
  const engagements = [
    engagement(0x701, user(CAL), "like", resource(WELCOME)),
    engagement(0x702, user(CAL), "like", resource(WALTZ)),
    engagement(0x703, user(BEA), "like", resource(WALTZ)),
    engagement(0x704, user(CAL), "follow", workspace(JOURNAL)),
    engagement(0x705, user(CAL), "follow", user(DEE)),
    // Cal's subscription is active (Sessions is managed: Dee, or billing, activated it),
    // so the demo shows a subscriber reading the subscriber-only collection.
    {
      ...engagement(0x706, user(CAL), "subscribe", workspace(SESSIONS)),
      activatedAt: new Date(timeOf(0x706)),
    },
    engagement(0x707, user(CAL), "bookmark", resource(KINDLING)),
    engagement(0x708, user(BEA), "repost", resource(WALTZ)),
    engagement(0x709, workspace(SESSIONS), "follow", workspace(JOURNAL)),
    engagement(0x70a, user(CAL), "follow", collection(ADA_PICKS)),
    engagement(0x70b, user(CAL), "comment", resource(WELCOME)),
    engagement(0x70c, user(DEE), "comment", resource(WELCOME)),
    engagement(0x70d, user(DEE), "mention", resource(WELCOME)),
  ];

  const data: DemoData = {
    organizations: [
      {
        ...row(0x101),
        name: "Hearth Demo Co",
        slug: "hearth-demo",
        avatarUrl: "https://example.com/hearth-demo/avatar.png",
        bannerUrl: "https://example.com/hearth-demo/banner.png",
        theme: { accent: "#d9480f", background: "#fff8f0" },
      },
    ],
    users: [
      {
        ...row(0x201),
        email: DEMO_ADMIN.email,
        displayName: "Ada Admin",
        bio: "Runs the demo organization. Holds the demo admin API key.",
        theme: { accent: "#1c7ed6" },
        organizationId: ORG,
      },
      {
        ...row(0x202),
        email: "bea@hearth.local",
        displayName: "Bea Writer",
        bio: "Editor of the Hearth Journal.",
        organizationId: ORG,
      },
      {
        ...row(0x203),
        email: "cal@hearth.local",
        displayName: "Cal Listener",
        bio: "Likes, follows and comments on everything.",
      },
      {
        ...row(0x204),
        email: "dee@hearth.local",
        displayName: "Dee Musician",
        avatarUrl: "https://example.com/dee/avatar.png",
        bio: "Songs from a small room.",
      },
    ],
    // Bea signs in through the demo's Clerk instance: its tokens (iss, sub) act as her.
    userIdentities: [
      {
        ...row(0x2b1),
        userId: BEA,
        issuer: "https://clerk.hearth-demo.dev",
        subject: "user_2NNEqL2nrIRdJ194ndJqAHwEfxC",
      },
    ],
    workspaces: [
      {
        ...row(0x301),
        name: "Hearth Journal",
        slug: "hearth-journal",
        description: "News and essays from the Hearth team.",
        ownerType: "organization",
        ownerId: ORG,
        visibility: "public",
      },
      {
        ...row(0x302),
        name: "Dee's Sessions",
        slug: "dee-sessions",
        description: "Demos, songs and the occasional album.",
        ownerType: "user",
        ownerId: DEE,
        bannerUrl: "https://example.com/dee/banner.png",
        visibility: "public",
      },
      {
        ...row(0x303),
        name: "Editorial Room",
        slug: "editorial-room",
        description: "Where the Journal is planned. Members only.",
        ownerType: "organization",
        ownerId: ORG,
        visibility: "private",
      },
    ],
    resources: [
      {
        ...row(0x401),
        ownerType: "workspace",
        ownerId: JOURNAL,
        type: "post",
        title: "Welcome to Hearth",
        excerpt: "What Hearth is, and what comes next.",
        status: "LISTED",
      },
      {
        ...row(0x402),
        ownerType: "workspace",
        ownerId: JOURNAL,
        type: "post",
        title: "Drafting in the open",
        excerpt: "An unlisted draft: reachable by link, not shown in listings.",
        status: "UNLISTED",
      },
      {
        ...row(0x403),
        ownerType: "workspace",
        ownerId: SESSIONS,
        type: "song",
        title: "Ember Waltz",
        excerpt: "Three minutes in three-four.",
        status: "LISTED",
      },
      {
        ...row(0x404),
        ownerType: "workspace",
        ownerId: SESSIONS,
        type: "album",
        title: "Kindling",
        excerpt: "Nine songs recorded over one winter.",
        status: "LISTED",
      },
      {
        ...row(0x405),
        ownerType: "user",
        ownerId: DEE,
        type: "status",
        title: "Recording vocals today 🎙️",
        status: "LISTED",
      },
      {
        ...row(0x406),
        ownerType: "workspace",
        ownerId: EDITORIAL,
        type: "post",
        title: "Q3 editorial plan",
        excerpt: "Themes, owners and dates.",
        status: "LISTED",
      },
      {
        ...row(0x407),
        ownerType: "organization",
        ownerId: ORG,
        type: "status",
        title: "We're hiring an editor — say hello!",
        status: "UNLISTED",
      },
    ],
    posts: [
      {
        resourceId: WELCOME,
        body: "Hearth is a home for creators' work.\n\nIt's early days: say hello in the comments.",
        bodyHtml:
          "<p>Hearth is a home for creators' work.</p><p>It's early days: say hello in the comments.</p>",
        featuredImageUrl: "https://example.com/journal/welcome.jpg",
        ...times(timeOf(0x401)),
      },
      {
        resourceId: DRAFTING,
        body: "Some thoughts are better shared half-finished.",
        bodyHtml: "<p>Some thoughts are better shared half-finished.</p>",
        ...times(timeOf(0x402)),
      },
      {
        resourceId: PLAN,
        body: "- July: creator stories\n- August: the sound issue\n- September: year one",
        ...times(timeOf(0x406)),
      },
    ],
    resourceAuthors: [
      { ...row(0x421), resourceId: WELCOME, authorType: "user", authorId: ADA, role: "author" },
      { ...row(0x422), resourceId: WELCOME, authorType: "user", authorId: BEA, role: "editor" },
      { ...row(0x423), resourceId: DRAFTING, authorType: "user", authorId: BEA, role: "author" },
      { ...row(0x424), resourceId: WALTZ, authorType: "user", authorId: DEE, role: "artist" },
      {
        ...row(0x425),
        resourceId: KINDLING,
        authorType: "workspace",
        authorId: SESSIONS,
        role: "label",
      },
      { ...row(0x426), resourceId: KINDLING, authorType: "user", authorId: DEE, role: "artist" },
      { ...row(0x427), resourceId: RECORDING, authorType: "user", authorId: DEE, role: "author" },
      { ...row(0x428), resourceId: PLAN, authorType: "user", authorId: BEA, role: "author" },
      { ...row(0x429), resourceId: HIRING, authorType: "user", authorId: ADA, role: "author" },
    ],
    externalLinks: [
      {
        ...row(0x481),
        subjectType: "resource",
        subjectId: WELCOME,
        name: "Announcement thread",
        url: "https://example.com/forum/hearth-launch",
        icon: "message-circle",
        position: 0,
      },
      {
        ...row(0x482),
        subjectType: "resource",
        subjectId: WALTZ,
        name: "Listen on Bandcamp",
        url: "https://example.com/bandcamp/ember-waltz",
        icon: "music",
        position: 0,
      },
      {
        ...row(0x483),
        subjectType: "resource",
        subjectId: WALTZ,
        name: "Lyrics",
        url: "https://example.com/dee/ember-waltz/lyrics",
        icon: "file-text",
        position: 1,
      },
      {
        ...row(0x484),
        subjectType: "workspace",
        subjectId: SESSIONS,
        name: "Dee's website",
        url: "https://example.com/dee",
        icon: "globe",
        position: 0,
      },
    ],
    permissionActions: permissionActions(),
    permissions: [
      // The Editors team works in the private Editorial Room.
      {
        ...row(0x541),
        subjectType: "team",
        subjectId: EDITORS,
        objectType: "workspace",
        objectId: EDITORIAL,
        action: "workspaces:read",
        value: "allow",
      },
      {
        ...row(0x542),
        subjectType: "team",
        subjectId: EDITORS,
        objectType: "workspace",
        objectId: EDITORIAL,
        action: "resources:write",
        value: "allow",
      },
      // Everyone in the organization may browse the room's collections.
      {
        ...row(0x543),
        subjectType: "organization",
        subjectId: ORG,
        objectType: "workspace",
        objectId: EDITORIAL,
        action: "collections:read",
        value: "allow",
      },
      // Dee is in the team but kept out of the plan: deny beats the team's allow.
      {
        ...row(0x544),
        subjectType: "user",
        subjectId: DEE,
        objectType: "resource",
        objectId: PLAN,
        action: "resources:read",
        value: "deny",
      },
      // Signed-in users may comment on the Journal; guests may not.
      {
        ...row(0x545),
        subjectType: "static",
        subjectId: "user",
        objectType: "workspace",
        objectId: JOURNAL,
        action: "engagements:write",
        value: "allow",
      },
      {
        ...row(0x546),
        subjectType: "static",
        subjectId: "guest",
        objectType: "workspace",
        objectId: JOURNAL,
        action: "engagements:write",
        value: "deny",
      },
      // Followers of the Journal get to read its unlisted draft.
      {
        ...row(0x547),
        subjectType: "static",
        subjectId: "follower",
        objectType: "resource",
        objectId: DRAFTING,
        action: "resources:read",
        value: "allow",
      },
      // Subscribers of Dee's Sessions may read its subscriber-only collection.
      {
        ...row(0x548),
        subjectType: "static",
        subjectId: "subscriber",
        objectType: "collection",
        objectId: LATE_NIGHT,
        action: "collections:read",
        value: "allow",
      },
    ],
    teams: [{ ...row(0x601), name: "Editors", ownerUserId: ADA, organizationId: ORG }],
    teamMembers: [
      { ...row(0x611), teamId: EDITORS, userId: ADA, role: "owner" },
      { ...row(0x612), teamId: EDITORS, userId: BEA, role: "admin" },
      { ...row(0x613), teamId: EDITORS, userId: DEE, role: "member" },
    ],
    engagements,
    engagementComments: [
      {
        engagementId: demoId(0x70b),
        text: "Lovely to see this launch!",
        ...times(timeOf(0x70b)),
      },
      {
        engagementId: demoId(0x70c),
        text: "Count me in. @Bea, fancy a feature on the Sessions?",
        ...times(timeOf(0x70c)),
      },
    ],
    engagementMentions: [
      {
        ...row(0x781),
        engagementId: demoId(0x70d),
        mentionedType: "user",
        mentionedId: BEA,
      },
    ],
    collections: [
      ...USER_SERIALS.flatMap((serial) => staticCollections("user", serial)),
      ...WORKSPACE_SERIALS.flatMap((serial) => staticCollections("workspace", serial)),
      {
        ...row(0x801),
        ownerType: "user",
        ownerId: ADA,
        name: "Ada's picks",
        description: "Things worth your time, whatever their listing status.",
        type: "manual",
        kind: null,
        status: "LISTED",
      },
      {
        ...row(0x802),
        ownerType: "workspace",
        ownerId: SESSIONS,
        name: "Late night listening",
        description: "For subscribers: the quiet ones.",
        type: "manual",
        kind: null,
        status: "UNLISTED",
      },
    ],
    collectionItems: [
      {
        ...row(0x811),
        collectionId: ADA_PICKS,
        itemType: "resource",
        itemId: WELCOME,
        position: 0,
      },
      // Unlisted, yet shown: a manual collection shows a resource whatever its status.
      {
        ...row(0x812),
        collectionId: ADA_PICKS,
        itemType: "resource",
        itemId: DRAFTING,
        position: 1,
      },
      // A nested collection: its resources appear in Ada's picks through the chain.
      {
        ...row(0x813),
        collectionId: ADA_PICKS,
        itemType: "collection",
        itemId: LATE_NIGHT,
        position: 2,
      },
      {
        ...row(0x814),
        collectionId: ADA_PICKS,
        itemType: "workspace",
        itemId: SESSIONS,
        position: 3,
      },
      { ...row(0x815), collectionId: ADA_PICKS, itemType: "user", itemId: DEE, position: 4 },
      { ...row(0x816), collectionId: LATE_NIGHT, itemType: "resource", itemId: WALTZ, position: 0 },
      {
        ...row(0x817),
        collectionId: LATE_NIGHT,
        itemType: "resource",
        itemId: KINDLING,
        position: 1,
      },
    ],
    collectionItemFilters: [
      // Ada's picks hides people and shows workspaces...
      { ...row(0x881), collectionId: ADA_PICKS, itemType: "user", mode: "hidden" },
      { ...row(0x882), collectionId: ADA_PICKS, itemType: "workspace", mode: "shown" },
      // ...and Cal's likes hide one song he liked by accident.
      {
        ...row(0x883),
        collectionId: staticCollectionId(0x203, "likes"),
        itemType: "resource",
        itemId: WALTZ,
        engagementAction: "like",
        mode: "hidden",
      },
    ],
    features: [
      {
        ...row(0x901),
        slug: "custom-domain",
        name: "Custom domain",
        description: "Serve a workspace from your own domain.",
        category: "publishing",
        milestone: "launch",
        basePriceCents: 500,
        operationCostCents: 40,
      },
      {
        ...row(0x902),
        slug: "analytics",
        name: "Analytics",
        description: "Views, listens and engagement over time.",
        category: "insights",
        milestone: "launch",
        basePriceCents: 300,
        operationCostCents: 60,
      },
      {
        ...row(0x903),
        slug: "audio-hosting",
        name: "Audio hosting",
        description: "Lossless uploads and streaming for songs and albums.",
        category: "media",
        milestone: "beta",
        basePriceCents: 900,
        operationCostCents: 350,
      },
      {
        ...row(0x904),
        slug: "team-seats",
        name: "Team seats",
        description: "Invite collaborators to a workspace.",
        category: "collaboration",
        milestone: "later",
        basePriceCents: 200,
        operationCostCents: 10,
      },
    ],
    featurePricing: [
      { ...row(0x911), featureId: CUSTOM_DOMAIN, cycle: "monthly", priceCents: 500 },
      { ...row(0x912), featureId: CUSTOM_DOMAIN, cycle: "yearly", priceCents: 5000 },
      { ...row(0x913), featureId: ANALYTICS, cycle: "monthly", priceCents: 300 },
      { ...row(0x914), featureId: ANALYTICS, cycle: "yearly", priceCents: 3000 },
      { ...row(0x915), featureId: AUDIO_HOSTING, cycle: "monthly", priceCents: 900 },
      { ...row(0x916), featureId: AUDIO_HOSTING, cycle: "yearly", priceCents: 9000 },
      { ...row(0x917), featureId: TEAM_SEATS, cycle: "monthly", priceCents: 200 },
    ],
    featurePresets: [
      { ...row(0x931), name: "Starter", featureSlugs: ["analytics"], sortOrder: 0 },
      { ...row(0x932), name: "Writer", featureSlugs: ["analytics", "custom-domain"], sortOrder: 1 },
      {
        ...row(0x933),
        name: "Studio",
        featureSlugs: ["analytics", "custom-domain", "audio-hosting", "team-seats"],
        sortOrder: 2,
      },
    ],
    userFeatures: [
      { ...row(0x951), userId: ADA, featureId: CUSTOM_DOMAIN, usageLimit: null },
      { ...row(0x952), userId: ADA, featureId: ANALYTICS, usageLimit: null },
      { ...row(0x953), userId: DEE, featureId: AUDIO_HOSTING, usageLimit: 100 },
      { ...row(0x954), userId: DEE, featureId: ANALYTICS, usageLimit: null },
    ],
    userSubscriptions: [
      {
        ...row(0x971),
        userId: DEE,
        billingCustomerId: "cus_demo_dee",
        billingSubscriptionId: "sub_demo_dee",
        activeFeatures: ["audio-hosting", "analytics"],
        customPriceCents: null,
        discountPct: 20,
        discountType: "repeating",
        cycle: "monthly",
        cycleStart: new Date(Date.UTC(2025, 0, 1)),
        cycleEnd: new Date(Date.UTC(2025, 1, 1)),
        active: true,
      },
    ],
  };
  return withWorkspaceVisibilityCopies(data);
}

/** Resources carry their workspace's visibility, as the API's writes copy it (src/db/copies.ts). */
function withWorkspaceVisibilityCopies(data: DemoData): DemoData {
  const visibility = new Map(data.workspaces.map((w) => [w.id, w.visibility ?? "public"]));
  const resources = data.resources.map((r) => ({
    ...r,
    workspaceVisibility: r.ownerType === "workspace" ? (visibility.get(r.ownerId) ?? null) : null,
  }));
  return { ...data, resources };
}
