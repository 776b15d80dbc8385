import type { RouteHandler } from "@hono/zod-openapi";
import { referenceCheck } from "../../access/references";
import { type Caller, userIdOf } from "../../auth/caller";
import type { Database } from "../../db/database";
import { conflict, notFound } from "../../errors";
import type { AppEnv } from "../../http/env";
import {
  deleteMember,
  insertMember,
  membership,
  membersOf,
  updateMemberRole,
} from "./members.queries";
import {
  type addMemberRoute,
  type listMembersRoute,
  memberList,
  type removeMemberRoute,
  type updateMemberRoute,
} from "./members.routes";
import { type MemberRow, toMember } from "./members.shapes";
import { type TeamRight, teamAuthorization } from "./teams.rules";

export const listMembers: RouteHandler<typeof listMembersRoute, AppEnv> = async (c) => {
  const db = c.get("db");
  const { id } = c.req.valid("param");
  // The team's check and the page (with its total) in one round trip.
  const [, { data, meta }] = await db.load(
    teamAuthorization(db, c.get("caller"), id, "read"),
    memberList.pagePlan(db, c.req.valid("query"), membersOf(db, id)),
  );
  return c.json({ data: data.map(toMember), meta }, 200);
};

export const addMember: RouteHandler<typeof addMemberRoute, AppEnv> = async (c) => {
  const db = c.get("db");
  const { id } = c.req.valid("param");
  const body = c.req.valid("json");
  const caller = c.get("caller");
  await db.load(
    teamAuthorization(db, caller, id, "members"),
    referenceCheck(db, caller, [{ type: "user", id: body.user_id, path: "user_id" }]),
  );
  const row = await insertMember(db, { teamId: id, userId: body.user_id, role: body.role });
  return c.json({ data: toMember(row) }, 201);
};

/**
 * The membership a caller with `right` on the team is about to change, read
 * with the team's check; the owner's membership is the team's and is refused
 * (409, `ownerRefusal`).
 */
async function changeableMember(
  db: Database,
  caller: Caller,
  teamId: string,
  userId: string,
  right: TeamRight,
  ownerRefusal: string,
): Promise<MemberRow> {
  const [, member] = await db.load(
    teamAuthorization(db, caller, teamId, right),
    membership(db, teamId, userId),
  );
  if (!member) throw notFound("Team member");
  if (member.role === "owner") throw conflict(ownerRefusal);
  return member;
}

export const updateMember: RouteHandler<typeof updateMemberRoute, AppEnv> = async (c) => {
  const db = c.get("db");
  const { id, userId } = c.req.valid("param");
  const member = await changeableMember(
    db,
    c.get("caller"),
    id,
    userId,
    "members",
    "The owner's role belongs to the team's owner",
  );
  const { role } = c.req.valid("json");
  const row = await updateMemberRole(db, member.id, role, c.get("expectedVersions"));
  // Removed between the check and the update.
  if (!row) throw notFound("Team member");
  return c.json({ data: toMember(row) }, 200);
};

export const removeMember: RouteHandler<typeof removeMemberRoute, AppEnv> = async (c) => {
  const db = c.get("db");
  const caller = c.get("caller");
  const { id, userId } = c.req.valid("param");
  // Anyone may leave a team; removing someone else takes the right to manage members.
  const right = userIdOf(caller) === userId ? "read" : "members";
  const member = await changeableMember(
    db,
    caller,
    id,
    userId,
    right,
    "The team's owner cannot be removed",
  );
  // 0: removed between the check and the delete.
  if ((await deleteMember(db, member.id, c.get("expectedVersions"))) === 0) {
    throw notFound("Team member");
  }
  return c.body(null, 204);
};
