/** Collections: static and manual, their items (resolved through nested collections) and item filters. */
import { createRouter } from "../../http/router";
import {
  createCollection,
  getCollection,
  listCollections,
  listUserCollections,
  listWorkspaceCollections,
  patchCollection,
  removeCollection,
} from "./collections.handlers";
import {
  createCollectionRoute,
  deleteCollectionRoute,
  getCollectionRoute,
  listCollectionsRoute,
  listUserCollectionsRoute,
  listWorkspaceCollectionsRoute,
  updateCollectionRoute,
} from "./collections.routes";
import { createFilter, listFilters, removeFilter } from "./filters.handlers";
import { createFilterRoute, deleteFilterRoute, listFiltersRoute } from "./filters.routes";
import { addItem, listItems, removeItem, reorder } from "./items.handlers";
import { addItemRoute, listItemsRoute, removeItemRoute, reorderItemsRoute } from "./items.routes";

export const collectionsRouter = createRouter()
  .openapi(listCollectionsRoute, listCollections)
  .openapi(createCollectionRoute, createCollection)
  .openapi(getCollectionRoute, getCollection)
  .openapi(updateCollectionRoute, patchCollection)
  .openapi(deleteCollectionRoute, removeCollection)
  .openapi(listUserCollectionsRoute, listUserCollections)
  .openapi(listWorkspaceCollectionsRoute, listWorkspaceCollections)
  .openapi(listItemsRoute, listItems)
  .openapi(addItemRoute, addItem)
  .openapi(reorderItemsRoute, reorder)
  .openapi(removeItemRoute, removeItem)
  .openapi(listFiltersRoute, listFilters)
  .openapi(createFilterRoute, createFilter)
  .openapi(deleteFilterRoute, removeFilter);
