import type { RouteHandler } from "@hono/zod-openapi";
import { and, count, eq } from "drizzle-orm";
import { referenceCheck } from "../../access/references";
import { userIdOf } from "../../auth/caller";
import type { Database } from "../../db/database";
import { conflict, notFound } from "../../errors";
import type { AppEnv } from "../../http/env";
import { iso } from "../../http/schemas";
import {
  type addMemberRoute,
  type listMembersRoute,
  memberList,
  type removeMemberRoute,
  type updateMemberRoute,
} from "./members.routes";
import { teamAuthorization } from "./teams.access";

type MemberRow = Database["t"]["teamMembers"]["$inferSelect"];

const toMember = (row: MemberRow) => ({
  id: row.id,
  team_id: row.teamId,
  user_id: row.userId,
  role: row.role,
  created_at: iso(row.createdAt),
  updated_at: iso(row.updatedAt),
});

/** The membership of one user in one team, as a query to batch. */
function membershipQuery(db: Database, teamId: string, userId: string) {
  const m = db.t.teamMembers;
  return db.orm
    .select()
    .from(m)
    .where(and(eq(m.teamId, teamId), eq(m.userId, userId)))
    .limit(1);
}

export const listMembers: RouteHandler<typeof listMembersRoute, AppEnv> = async (c) => {
  const db = c.get("db");
  const { id } = c.req.valid("param");
  const team = teamAuthorization(db, c.get("caller"), id, "read");
  const plan = memberList.plan(db, c.req.valid("query"));
  const m = db.t.teamMembers;
  const ofTeam = eq(m.teamId, id);
  const rows = db.orm
    .select()
    .from(m)
    .where(and(ofTeam, plan.where))
    .orderBy(...plan.orderBy)
    .limit(plan.fetch);
  const total = db.orm.select({ total: count() }).from(m).where(and(ofTeam, plan.filters));
  // The team's check, the page and the total in one round trip.
  const [teamRows, found, counted] = await db.read<PromiseLike<unknown[]>[]>(() =>
    plan.count ? [team.query, rows, total] : [team.query, rows],
  );
  team.check(teamRows as never);
  const totalRow = counted?.[0] as { total: number } | undefined;
  const { data, meta } = memberList.page(
    plan,
    found as MemberRow[],
    totalRow && Number(totalRow.total),
  );
  return c.json({ data: data.map(toMember), meta }, 200);
};

export const addMember: RouteHandler<typeof addMemberRoute, AppEnv> = async (c) => {
  const db = c.get("db");
  const { id } = c.req.valid("param");
  const body = c.req.valid("json");
  const caller = c.get("caller");
  const team = teamAuthorization(db, caller, id, "members");
  const user = referenceCheck(db, caller, [{ type: "user", id: body.user_id, path: "user_id" }]);
  const [teamRows, ...userRows] = await db.read<PromiseLike<unknown[]>[]>(() => [
    team.query,
    ...user.statements,
  ]);
  team.check(teamRows as never);
  user.check(userRows);
  // A second membership of the same user breaks the unique index: 409.
  const [row] = await db.insertReturning(db.t.teamMembers, [
    { teamId: id, userId: body.user_id, role: body.role },
  ]);
  return c.json({ data: toMember(row!) }, 201);
};

export const updateMember: RouteHandler<typeof updateMemberRoute, AppEnv> = async (c) => {
  const db = c.get("db");
  const { id, userId } = c.req.valid("param");
  const team = teamAuthorization(db, c.get("caller"), id, "members");
  const [teamRows, memberRows] = await db.read<PromiseLike<unknown[]>[]>(() => [
    team.query,
    membershipQuery(db, id, userId),
  ]);
  team.check(teamRows as never);
  const member = (memberRows as MemberRow[])[0];
  if (!member) throw notFound("Team member");
  if (member.role === "owner") throw conflict("The owner's role belongs to the team's owner");
  const [row] = await db.updateReturning(db.t.teamMembers, eq(db.t.teamMembers.id, member.id), {
    role: c.req.valid("json").role,
  });
  return c.json({ data: toMember(row!) }, 200);
};

export const removeMember: RouteHandler<typeof removeMemberRoute, AppEnv> = async (c) => {
  const db = c.get("db");
  const caller = c.get("caller");
  const { id, userId } = c.req.valid("param");
  // Anyone may leave a team; removing someone else takes the right to manage members.
  const leaving = userIdOf(caller) === userId;
  const team = teamAuthorization(db, caller, id, leaving ? "read" : "members");
  const [teamRows, memberRows] = await db.read<PromiseLike<unknown[]>[]>(() => [
    team.query,
    membershipQuery(db, id, userId),
  ]);
  team.check(teamRows as never);
  const member = (memberRows as MemberRow[])[0];
  if (!member) throw notFound("Team member");
  if (member.role === "owner") throw conflict("The team's owner cannot be removed");
  await db.deleteWhere(db.t.teamMembers, eq(db.t.teamMembers.id, member.id));
  return c.body(null, 204);
};
