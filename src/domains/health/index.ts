import { createRouter } from "../../http/router";
import { getHealth } from "./health.handlers";
import { getHealthRoute } from "./health.routes";

export const healthRouter = createRouter().openapi(getHealthRoute, getHealth);
