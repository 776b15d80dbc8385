/** Engagements: likes, comments, reposts, follows, subscriptions, mentions and bookmarks. */
import { createRouter } from "../../http/router";
import {
  changeEngagement,
  createEngagement,
  getEngagement,
  myEngagements,
  objectEngagements,
  removeEngagement,
  resourceEngagementCounts,
  userMadeEngagements,
} from "./engagements.handlers";
import {
  createEngagementRoute,
  deleteEngagementRoute,
  getEngagementRoute,
  listCollectionEngagementsRoute,
  listMyEngagementsRoute,
  listResourceEngagementsRoute,
  listUserEngagementsRoute,
  listUserMadeEngagementsRoute,
  listWorkspaceEngagementsRoute,
  resourceEngagementCountsRoute,
  updateEngagementRoute,
} from "./engagements.routes";

export const engagementsRouter = createRouter()
  .openapi(createEngagementRoute, createEngagement)
  .openapi(getEngagementRoute, getEngagement)
  .openapi(updateEngagementRoute, changeEngagement)
  .openapi(deleteEngagementRoute, removeEngagement)
  .openapi(listMyEngagementsRoute, myEngagements)
  .openapi(resourceEngagementCountsRoute, resourceEngagementCounts)
  .openapi(listUserMadeEngagementsRoute, userMadeEngagements)
  .openapi(listResourceEngagementsRoute, objectEngagements("resource"))
  .openapi(listWorkspaceEngagementsRoute, objectEngagements("workspace"))
  .openapi(listCollectionEngagementsRoute, objectEngagements("collection"))
  .openapi(listUserEngagementsRoute, objectEngagements("user"));
