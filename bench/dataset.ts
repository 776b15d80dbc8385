/**
 * The benchmark's world at a given size: `resources` resources and everything
 * around them in proportion (people, workspaces, teams, permission rows,
 * engagements, static and manual collections), generated deterministically so
 * every run at a size measures the same data.
 *
 * Shape, chosen to look like a creator platform rather than a uniform grid:
 * one flagship workspace holds 5% of all resources (the rest spread over one
 * workspace per 50 resources), a tenth of workspaces are private and opened to
 * teams by permission rows, 15% of resources are unlisted, and one resource in
 * twenty carries a permission row of its own. The benchmarked collection nests
 * three deep and ends in the flagship's static `resources` collection, so what
 * it reaches grows with the table.
 */

import { permissionActions } from "../scripts/seed-data";
import type { MintedKey } from "../src/auth/api-keys";
import { RESOURCE_TYPES, type Tables } from "../src/db/schema";
import { staticCollectionRows } from "../src/db/static-collections";

type Rows<K extends keyof Tables> = Tables[K]["$inferInsert"][];

/** Every table the benchmark fills, in insertion order (referenced rows first). */
export interface BenchRows {
  organizations: Rows<"organizations">;
  users: Rows<"users">;
  apiKeys: Rows<"apiKeys">;
  workspaces: Rows<"workspaces">;
  resources: Rows<"resources">;
  posts: Rows<"posts">;
  resourceAuthors: Rows<"resourceAuthors">;
  externalLinks: Rows<"externalLinks">;
  teams: Rows<"teams">;
  teamMembers: Rows<"teamMembers">;
  permissionActions: Rows<"permissionActions">;
  permissions: Rows<"permissions">;
  engagements: Rows<"engagements">;
  engagementComments: Rows<"engagementComments">;
  collections: Rows<"collections">;
  collectionItems: Rows<"collectionItems">;
}

/** What the scenarios need to know about the world they run against. */
export interface BenchHandles {
  /** LISTED resources in public workspaces: guests and the member may read them. */
  publicResourceIds: string[];
  /** The three-deep collection whose last level is the flagship's static collection. */
  nestedCollectionId: string;
  /** Member of teams that private workspaces open to; some resources deny them. */
  memberKey: string;
  /** An `admin` key (another user's), for what only admins may do: global webhooks. */
  adminKey: string;
}

export interface BenchWorld {
  rows: BenchRows;
  handles: BenchHandles;
}

/** The member's key: no `admin`, so the permission engine decides what it reads. */
export const MEMBER_SCOPES = [
  "resources:read",
  "workspaces:read",
  "collections:read",
  "engagements:read",
  "engagements:write",
];

/** Time-ordered ids (UUIDv7 layout) from a serial, so ids sort in creation order. */
const EPOCH = Date.UTC(2025, 0, 6, 9, 0, 0);
const SECOND = 1000;
function benchId(serial: number): { id: string; createdAt: Date; updatedAt: Date } {
  const ms = EPOCH + serial * SECOND;
  const time = ms.toString(16).padStart(12, "0");
  const id = `${time.slice(0, 8)}-${time.slice(8)}-7000-8000-${serial.toString(16).padStart(12, "0")}`;
  return { id, createdAt: new Date(ms), updatedAt: new Date(ms) };
}

/** Deterministic pseudo-random numbers (mulberry32): the same world on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The words of the generated text: each is in about two resources in three (the search scenarios' common word). */
const WORDS =
  "ember hearth kindling waltz lantern harbor meadow signal quiet north river static velvet winter orchard ledger".split(
    " ",
  );

/** A word no generated text holds but one resource's title, at every size (a public, LISTED one). */
export const RARE_WORD = "zephyrine";
const RARE_RESOURCE = 11;

export function benchWorld(
  resourceCount: number,
  memberKey: MintedKey,
  adminKey: MintedKey,
): BenchWorld {
  const rand = random(resourceCount);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)]!;
  const words = (count: number) => Array.from({ length: count }, () => pick(WORDS)).join(" ");
  let serial = 0;
  const next = () => benchId(++serial);

  const rows: BenchRows = {
    organizations: [],
    users: [],
    apiKeys: [],
    workspaces: [],
    resources: [],
    posts: [],
    resourceAuthors: [],
    externalLinks: [],
    teams: [],
    teamMembers: [],
    permissionActions: permissionActions(),
    permissions: [],
    engagements: [],
    engagementComments: [],
    collections: [],
    collectionItems: [],
  };

  const organizations = Array.from({ length: Math.max(1, resourceCount / 2000) }, (_, i) => {
    const row = { ...next(), name: `Label ${i}`, slug: `label-${i}` };
    rows.organizations.push(row);
    return row.id;
  });

  const userCount = Math.max(20, resourceCount / 10);
  const users = Array.from({ length: userCount }, (_, i) => {
    const row = {
      ...next(),
      email: `user${i}@bench.hearth.local`,
      displayName: `Bench user ${i}`,
      bio: words(8),
      organizationId: i % 4 === 0 ? organizations[i % organizations.length]! : null,
    };
    rows.users.push(row);
    return row.id;
  });
  const member = users[1]!;
  rows.apiKeys.push({
    ...next(),
    name: "Benchmark member",
    prefix: memberKey.prefix,
    secretHash: memberKey.secretHash,
    subjectType: "user",
    subjectId: member,
    scopes: MEMBER_SCOPES,
  });
  rows.apiKeys.push({
    ...next(),
    name: "Benchmark admin",
    prefix: adminKey.prefix,
    secretHash: adminKey.secretHash,
    subjectType: "user",
    subjectId: users[0]!,
    scopes: ["admin"],
  });

  // Workspace 0 is the flagship; every tenth is private.
  const workspaceCount = Math.max(4, resourceCount / 50);
  const workspaces = Array.from({ length: workspaceCount }, (_, i) => {
    const byOrganization = i % 5 === 4;
    const row = {
      ...next(),
      name: i === 0 ? "Flagship" : `Workspace ${i}`,
      slug: i === 0 ? "flagship" : `workspace-${i}`,
      description: words(12),
      ownerType: byOrganization ? ("organization" as const) : ("user" as const),
      ownerId: byOrganization
        ? organizations[i % organizations.length]!
        : users[(i * 7) % userCount]!,
      visibility: i % 10 === 9 ? ("private" as const) : ("public" as const),
    };
    rows.workspaces.push(row);
    return row;
  });
  const publicWorkspaces = workspaces.filter((w) => w.visibility === "public");

  // Teams of five; the member belongs to the first two, which private workspaces open to.
  const teamCount = Math.max(2, resourceCount / 100);
  const teams = Array.from({ length: teamCount }, (_, i) => {
    const owner = users[(i * 5) % userCount]!;
    const row = { ...next(), name: `Team ${i}`, ownerUserId: owner, organizationId: null };
    rows.teams.push(row);
    const members = new Set([owner, ...Array.from({ length: 4 }, () => pick(users))]);
    if (i < 2) members.add(member);
    for (const userId of members) {
      rows.teamMembers.push({
        ...next(),
        teamId: row.id,
        userId,
        role: userId === owner ? "owner" : "member",
      });
    }
    return row.id;
  });
  for (const [i, workspace] of workspaces.entries()) {
    if (workspace.visibility === "private") {
      for (const action of ["workspaces:read", "resources:read"]) {
        rows.permissions.push({
          ...next(),
          subjectType: "team",
          subjectId: teams[i % 2 === 0 ? 0 : i % teamCount]!,
          objectType: "workspace",
          objectId: workspace.id,
          action,
          value: "allow",
        });
      }
    } else {
      // Signed-in users may comment on public workspaces (writes are denied by default).
      rows.permissions.push({
        ...next(),
        subjectType: "static",
        subjectId: "user",
        objectType: "workspace",
        objectId: workspace.id,
        action: "engagements:write",
        value: "allow",
      });
    }
  }

  const publicResourceIds: string[] = [];
  for (let i = 0; i < resourceCount; i++) {
    const workspace = i % 20 === 0 ? workspaces[0]! : workspaces[1 + (i % (workspaceCount - 1))]!;
    const ownedByUser = i % 10 === 5;
    const owner = ownedByUser ? users[i % userCount]! : workspace.id;
    const type = RESOURCE_TYPES[i % RESOURCE_TYPES.length]!;
    const status = i % 7 === 3 ? ("UNLISTED" as const) : ("LISTED" as const);
    const resource = {
      ...next(),
      ownerType: ownedByUser ? ("user" as const) : ("workspace" as const),
      ownerId: owner,
      // As the API's create copies it (src/db/copies.ts).
      workspaceVisibility: ownedByUser ? null : workspace.visibility,
      type,
      // One resource at every size holds the rare word the search scenarios look for.
      title: `${words(3)} ${i}${i === RARE_RESOURCE ? ` ${RARE_WORD}` : ""}`,
      excerpt: words(15),
      status,
    };
    rows.resources.push(resource);
    const isPublic = ownedByUser || workspace.visibility === "public";
    if (status === "LISTED" && isPublic && i % 20 !== 7) publicResourceIds.push(resource.id);

    if (type === "post") {
      const body = words(60);
      rows.posts.push({
        resourceId: resource.id,
        body,
        bodyHtml: `<p>${body}</p>`,
        createdAt: resource.createdAt,
        updatedAt: resource.updatedAt,
      });
    }
    const author = users[(i * 13) % userCount]!;
    rows.resourceAuthors.push({
      ...next(),
      resourceId: resource.id,
      authorType: "user",
      authorId: author,
      role: "author",
    });
    if (i % 5 === 0) {
      rows.resourceAuthors.push({
        ...next(),
        resourceId: resource.id,
        authorType: "workspace",
        authorId: workspace.id,
        role: "label",
      });
    }
    if (i % 4 === 0) {
      for (const position of [0, 1]) {
        rows.externalLinks.push({
          ...next(),
          subjectType: "resource",
          subjectId: resource.id,
          name: `Link ${position}`,
          url: `https://example.com/r/${i}/${position}`,
          icon: "globe",
          position,
        });
      }
    }
    // One resource in twenty has a row of its own: a deny for the member's team.
    if (i % 20 === 7) {
      rows.permissions.push({
        ...next(),
        subjectType: "team",
        subjectId: teams[0]!,
        objectType: "resource",
        objectId: resource.id,
        action: "resources:read",
        value: "deny",
      });
    }
    // About one like per resource, a comment on every fifth.
    for (let like = 0; like < (i % 3) + (i % 2); like++) {
      rows.engagements.push({
        ...next(),
        subjectType: "user",
        subjectId: users[(i + like * 31) % userCount]!,
        action: "like",
        objectType: "resource",
        objectId: resource.id,
        singleton: true,
      });
    }
    if (i % 5 === 0) {
      const comment = { ...next() };
      rows.engagements.push({
        ...comment,
        subjectType: "user",
        subjectId: users[(i * 3) % userCount]!,
        action: "comment",
        objectType: "resource",
        objectId: resource.id,
        singleton: null,
      });
      rows.engagementComments.push({
        engagementId: comment.id,
        text: words(10),
        createdAt: comment.createdAt,
        updatedAt: comment.updatedAt,
      });
    }
  }

  // Everyone follows three public workspaces.
  for (const [i, userId] of users.entries()) {
    for (let f = 0; f < 3; f++) {
      rows.engagements.push({
        ...next(),
        subjectType: "user",
        subjectId: userId,
        action: "follow",
        objectType: "workspace",
        objectId: publicWorkspaces[(i * 3 + f) % publicWorkspaces.length]!.id,
        singleton: true,
      });
    }
  }

  // Static collections for every owner, as the API creates them.
  const staticOf = new Map<string, string>();
  for (const owner of [
    ...users.map((id) => ({ type: "user" as const, id })),
    ...workspaces.map(({ id }) => ({ type: "workspace" as const, id })),
  ]) {
    for (const collection of staticCollectionRows(owner)) {
      const row = { ...collection, ...next() };
      rows.collections.push(row);
      if (collection.kind === "resources") staticOf.set(owner.id, row.id);
    }
  }

  // The benchmarked chain: Staff picks ⊃ Deep cuts ⊃ Archive ⊃ the flagship's resources.
  const manual = (name: string, resourceIds: string[], nested?: string) => {
    const collection = {
      ...next(),
      ownerType: "workspace" as const,
      ownerId: workspaces[0]!.id,
      name,
      description: words(6),
      type: "manual" as const,
      kind: null,
      status: "LISTED" as const,
    };
    rows.collections.push(collection);
    const items: { type: "resource" | "collection"; id: string }[] = resourceIds.map((id) => ({
      type: "resource",
      id,
    }));
    if (nested) items.push({ type: "collection", id: nested });
    for (const [position, item] of items.entries()) {
      rows.collectionItems.push({
        ...next(),
        collectionId: collection.id,
        itemType: item.type,
        itemId: item.id,
        position,
      });
    }
    return collection.id;
  };
  const sample = (offset: number) =>
    Array.from(
      { length: 10 },
      (_, k) => publicResourceIds[(offset + k * 17) % publicResourceIds.length]!,
    );
  const archive = manual("Archive", sample(3), staticOf.get(workspaces[0]!.id));
  const deepCuts = manual("Deep cuts", sample(5), archive);
  const nestedCollectionId = manual("Staff picks", sample(11), deepCuts);
  // Manual collections of ten for one user in ten, as people curate.
  for (let u = 0; u < userCount; u += 10) {
    const collection = {
      ...next(),
      ownerType: "user" as const,
      ownerId: users[u]!,
      name: `Picks of user ${u}`,
      type: "manual" as const,
      kind: null,
      status: "LISTED" as const,
    };
    rows.collections.push(collection);
    for (const [position, itemId] of sample(u).entries()) {
      rows.collectionItems.push({
        ...next(),
        collectionId: collection.id,
        itemType: "resource",
        itemId,
        position,
      });
    }
  }

  return {
    rows,
    handles: {
      publicResourceIds,
      nestedCollectionId,
      memberKey: memberKey.key,
      adminKey: adminKey.key,
    },
  };
}
