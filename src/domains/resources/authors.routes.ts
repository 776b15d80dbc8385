import { AUTHOR_TYPES } from "../../db/schema";
import { defineList } from "../../http/list-query";
import { createItemRoute, deleteItemRoute, listRoute } from "../../http/routes";
import { AuthorBody } from "./resources.routes";
import { Author } from "./resources.shapes";

export const authorList = defineList({
  table: (t) => t.resourceAuthors,
  sort: { created_at: "id" },
  defaultSort: "created_at",
  filters: { type: { kind: "enum", field: "authorType", values: AUTHOR_TYPES } },
});

const tags = ["resources"];

export const listAuthorsRoute = listRoute({
  path: "/resources/{id}/authors",
  tags,
  summary: "List a resource's authors",
  operationId: "listResourceAuthors",
  description: "Oldest first; filter by `type`. A resource you may not read answers 404.",
  access: { scope: "resources:read", guests: true },
  query: authorList.query,
  item: Author,
});

export const addAuthorRoute = createItemRoute({
  path: "/resources/{id}/authors",
  tags,
  summary: "Credit a user or workspace as an author (needs write on the resource)",
  operationId: "addResourceAuthor",
  description: "Crediting the same author twice answers 409; an unknown user or workspace, 422.",
  access: { scope: "resources:write", guests: false },
  body: AuthorBody,
  item: Author,
});

export const removeAuthorRoute = deleteItemRoute({
  versioned: true,
  path: "/resources/{id}/authors/{authorId}",
  tags,
  summary: "Remove an author row (needs write on the resource)",
  operationId: "removeResourceAuthor",
  description: "An author row of another resource answers 404.",
  access: { scope: "resources:write", guests: false },
});
