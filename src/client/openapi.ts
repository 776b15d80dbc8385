/**
 * The API's paths, operations and schemas as TypeScript types, generated from
 * /openapi.json by openapi-typescript. Do not edit: run `npm run client:generate`.
 */
export interface paths {
    "/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether the worker and its database answer
         * @description Answers 503 with the same body when the database does not answer.
         *
         *     Scope: none needed. Guests may call it and see only what is public.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller: its subject, scopes and (for users) profile
         * @description Who the bearer token speaks for: an API key's or token's subject and scopes.
         *
         *     Scope: none needed. Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List users (public profiles)
         * @description Emails show only to the user themself and admins. Filter by `organization_id`, sort by `created_at` or `display_name`.
         *
         *     Scope: `identities:read` (or `admin`). Guests may call it and see only what is public.
         */
        get: operations["listUsers"];
        put?: never;
        /**
         * Create a user (admin)
         * @description An email already taken answers 409 naming `email`.
         *
         *     Scope: `admin`. Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a user
         * @description A public profile; the email shows only to the user themself and admins.
         *
         *     Scope: `identities:read` (or `admin`). Guests may call it and see only what is public.
         */
        get: operations["getUser"];
        put?: never;
        post?: never;
        /**
         * Delete a user and everything they own (the user themself, or admin)
         * @description One atomic write: the user, their workspaces (with those workspaces' resources, collections, links and keys), the resources and collections they own directly, the teams they own (with those teams' memberships and permission rows), their API keys (and the keys those minted), identities, feature grants and billing subscriptions, their memberships of others' teams, the engagements they made and those with them or their things as object, the permission rows naming them, and every author credit, collection item, filter and mention naming any of it. Organizations they belong to, and everything of other users, stay.
         *
         *     Scope: `identities:write` (or `admin`). Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        delete: operations["deleteUser"];
        options?: never;
        head?: never;
        /**
         * Update a profile (the user themself, or admin)
         * @description Only admins may change a user's email or organization (403); an email already taken answers 409 naming `email`.
         *
         *     Scope: `identities:write` (or `admin`). Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/v1/users/{id}/identities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A user's linked external identities (the user themself, or admin)
         * @description The (issuer, subject) pairs whose tokens act as this user. Anyone but the user and admins gets 403.
         *
         *     Scope: `identities:read` (or `admin`). Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        get: operations["listUserIdentities"];
        put?: never;
        /**
         * Link an identity provider's (issuer, subject) to a user, so its tokens act as them (admin)
         * @description A token whose `iss` and `sub` match a link acts as the linked user. An (issuer, subject) links to one user only: 409 when taken.
         *
         *     Scope: `admin`. Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        post: operations["createUserIdentity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{id}/identities/{identityId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Unlink an external identity: its tokens stop acting as the user (admin)
         * @description Tokens for the unlinked (issuer, subject) answer 401 from then on.
         *
         *     Scope: `admin`. Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        delete: operations["deleteUserIdentity"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List organizations
         * @description The organizations you may read. Filter with `q` (name or slug), sort by `created_at`, `name` or `slug`.
         *
         *     Scope: `identities:read` (or `admin`). Guests may call it and see only what is public.
         */
        get: operations["listOrganizations"];
        put?: never;
        /**
         * Create an organization (admin)
         * @description A slug already taken answers 409 naming `slug`.
         *
         *     Scope: `admin`. Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        post: operations["createOrganization"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organizations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an organization
         * @description An organization you may not read answers 404, as if it did not exist.
         *
         *     Scope: `identities:read` (or `admin`). Guests may call it and see only what is public.
         */
        get: operations["getOrganization"];
        put?: never;
        post?: never;
        /**
         * Delete an organization and everything it owns (whoever controls it: its members, its own keys; or admin)
         * @description One atomic write: the organization, its workspaces (with their resources, collections, links and keys), the resources it owns directly, its API keys, the permission rows naming it (as subject or object), and every author credit, collection item, filter, mention and engagement naming any of it. Its members stay, without an organization; its teams stay, without one.
         *
         *     Scope: `identities:write` (or `admin`). Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        delete: operations["deleteOrganization"];
        options?: never;
        head?: never;
        /**
         * Update an organization (its members, its own keys, or admin)
         * @description Needs write on the organization; a slug already taken answers 409 naming `slug`.
         *
         *     Scope: `identities:write` (or `admin`). Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        patch: operations["updateOrganization"];
        trace?: never;
    };
    "/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List API keys: the caller's own, or any for admins (never the secret)
         * @description Newest first; filter by `subject_type` and `subject_id`.
         *
         *     Scope: `identities:read` (or `admin`). Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        get: operations["listApiKeys"];
        put?: never;
        /**
         * Mint an API key (for yourself with a subset of your scopes, or for anyone as admin)
         * @description The response carries the key once. A key cannot have scopes its creator lacks (403); only admins mint keys for another subject (403).
         *
         *     Scope: `identities:write` (or `admin`). Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one API key (never the secret)
         * @description Keys of another subject answer 404 unless you are an admin.
         *
         *     Scope: `identities:read` (or `admin`). Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        get: operations["getApiKey"];
        put?: never;
        post?: never;
        /**
         * Revoke an API key, and every key minted with it (at any depth)
         * @description The key and every key minted with it stop working at once; keys of another subject answer 404 unless you are an admin.
         *
         *     Scope: `identities:write` (or `admin`). Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        delete: operations["revokeApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/permission-actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The catalogue of permission actions
         * @description Filter by `category`, sort by `slug` or `created_at`.
         *
         *     Scope: `permissions:read` (or `admin`). Guests may call it and see only what is public.
         */
        get: operations["listPermissionActions"];
        put?: never;
        /**
         * Add a permission action (admin)
         * @description A slug already taken answers 409 naming `slug`.
         *
         *     Scope: `admin`. Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        post: operations["createPermissionAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/permission-actions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a permission action
         * @description One action of the catalogue.
         *
         *     Scope: `permissions:read` (or `admin`). Guests may call it and see only what is public.
         */
        get: operations["getPermissionAction"];
        put?: never;
        post?: never;
        /**
         * Remove a permission action (admin) and every permission row using it
         * @description An unknown id answers 404.
         *
         *     Scope: `admin`. Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        delete: operations["deletePermissionAction"];
        options?: never;
        head?: never;
        /**
         * Change a permission action (admin); a new slug carries its rows along
         * @description A slug already taken answers 409 naming `slug`.
         *
         *     Scope: `admin`. Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        patch: operations["updatePermissionAction"];
        trace?: never;
    };
    "/v1/permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Permission rows on objects you own, and rows naming you
         * @description Filter by subject and object type and id, and by action.
         *
         *     Scope: `permissions:read` (or `admin`). Guests may call it and see only what is public.
         */
        get: operations["listPermissions"];
        put?: never;
        /**
         * Set a permission (owner of the object or admin); the same tuple again updates its value
         * @description Answers 201 for a new (subject, object, action) tuple and 200 when it existed. An object you may not read answers 404; one you do not own, 403; an unknown subject, 422.
         *
         *     Scope: `permissions:write` (or `admin`). Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        post: operations["writePermission"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/permissions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a permission row
         * @description Rows you may not see answer 404.
         *
         *     Scope: `permissions:read` (or `admin`). Guests may call it and see only what is public.
         */
        get: operations["getPermission"];
        put?: never;
        post?: never;
        /**
         * Remove a permission row (owner of the object or admin)
         * @description Rows you may see but not manage answer 403.
         *
         *     Scope: `permissions:write` (or `admin`). Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        delete: operations["deletePermission"];
        options?: never;
        head?: never;
        /**
         * Change a permission's value (owner of the object or admin)
         * @description Rows you may see but not manage answer 403.
         *
         *     Scope: `permissions:write` (or `admin`). Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        patch: operations["updatePermission"];
        trace?: never;
    };
    "/v1/collections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the collections you may read
         * @description Newest first; filter by `type`, `kind`, `status`, `owner_type` and `owner_id`, sort by `created_at` or `name`.
         *
         *     Scope: `collections:read` (or `admin`). Guests may call it and see only what is public.
         */
        get: operations["listCollections"];
        put?: never;
        /**
         * Create a manual collection for yourself or a workspace
         * @description The owner defaults to the caller (a user or workspace key); a workspace owner must be one you may create collections in (403 otherwise, 404 when you may not see it).
         *
         *     Scope: `collections:write` (or `admin`). Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        post: operations["createCollection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/collections/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a collection
         * @description A collection you may not read answers 404, as if it did not exist.
         *
         *     Scope: `collections:read` (or `admin`). Guests may call it and see only what is public.
         */
        get: operations["getCollection"];
        put?: never;
        post?: never;
        /**
         * Delete a manual collection and every row naming it
         * @description Needs delete on the collection. Static collections are deleted with their owner: deleting one alone answers 409.
         *
         *     Scope: `collections:write` (or `admin`). Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        delete: operations["deleteCollection"];
        options?: never;
        head?: never;
        /**
         * Rename, describe, list or unlist a collection
         * @description Needs write on the collection. `name` is trimmed, then must be 1–200 characters, as on creation.
         *
         *     Scope: `collections:write` (or `admin`). Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        patch: operations["updateCollection"];
        trace?: never;
    };
    "/v1/users/{id}/collections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a user's collections that you may read
         * @description Newest first; filter by `type`, `kind` and `status`. An unknown user answers 404.
         *
         *     Scope: `collections:read` (or `admin`). Guests may call it and see only what is public.
         */
        get: operations["listUserCollections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workspaces/{id}/collections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a workspace's collections that you may read
         * @description Newest first; filter by `type`, `kind` and `status`. An unknown workspace, or one you may not read, answers 404.
         *
         *     Scope: `collections:read` and `workspaces:read` (or `admin`). Guests may call it and see only what is public.
         */
        get: operations["listWorkspaceCollections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/collections/{id}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A page of a collection's items, including those of the collections it holds
         * @description Static collections derive their items (the owner's LISTED resources, or the objects of the owner's likes, follows, …); manual ones list what was added, by position. A collection held by the listed one is an item, followed by its own items, up to depth 5. A resource reached through a static `resources` collection shows only when LISTED, through anything else whatever its status; everything is subject to your read permission and to the collections' item filters.
         *
         *     Scope: `collections:read` (or `admin`). Guests may call it and see only what is public.
         */
        get: operations["listCollectionItems"];
        put?: never;
        /**
         * Add a resource, user, workspace or collection to a manual collection
         * @description The item must exist and be readable by you (422 otherwise); adding it twice is a 409; adding a collection that holds this one, directly or through others, or itself, is a 422. Static collections store no items (409).
         *
         *     Scope: `collections:write` (or `admin`). Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        post: operations["addCollectionItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/collections/{id}/items/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Reorder a manual collection: every stored item's id, in the new order
         * @description Needs write on the collection. `ids` must name each stored item once (422 otherwise); static collections store no items (409).
         *
         *     Scope: `collections:write` (or `admin`). Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        put: operations["reorderCollectionItems"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/collections/{id}/items/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a stored item (its `id`) from a manual collection
         * @description Needs write on the collection. Static collections store no items (409); an item of another collection answers 404.
         *
         *     Scope: `collections:write` (or `admin`). Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        delete: operations["removeCollectionItem"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/collections/{id}/filters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A collection's item filters (for those who may change the collection)
         * @description A `hidden` filter hides the items it matches from the collection's listing (and from listings of collections holding it); a more specific `shown` filter of the same collection makes an exception (one item beats type and action together, which beat either alone). Listing them needs write on the collection.
         *
         *     Scope: `collections:write` (or `admin`). Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        get: operations["listCollectionFilters"];
        put?: never;
        /**
         * Hide or show items of a collection by type, by one item or by engagement action
         * @description A `hidden` filter hides the items it matches from the collection's listing (and from listings of collections holding it); a more specific `shown` filter of the same collection makes an exception (one item beats type and action together, which beat either alone). Needs write on the collection.
         *
         *     Scope: `collections:write` (or `admin`). Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        post: operations["createCollectionFilter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/collections/{id}/filters/{filterId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove an item filter
         * @description Needs write on the collection; a filter of another collection answers 404.
         *
         *     Scope: `collections:write` (or `admin`). Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        delete: operations["deleteCollectionFilter"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/resources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the resources you may read
         * @description Newest first; filter by `type`, `status`, `owner_type`, `owner_id`, `created_at_from`/`created_at_to` and `q` (title or excerpt), embed with `include`.
         *
         *     Scope: `resources:read` (or `admin`). Guests may call it and see only what is public.
         */
        get: operations["listResources"];
        put?: never;
        /**
         * Create a resource, with its post and authors in the same atomic write (for yourself, or an organization/workspace you may create in)
         * @description The owner defaults to the caller's subject; an organization or workspace owner must be one you may create resources for (403 otherwise, 404 when you may not see it).
         *
         *     Scope: `resources:write` (or `admin`). Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        post: operations["createResource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/resources/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a resource, with `include=post,authors,links,counts` embedded
         * @description A resource you may not read answers 404, as if it did not exist.
         *
         *     Scope: `resources:read` (or `admin`). Guests may call it and see only what is public.
         */
        get: operations["getResource"];
        put?: never;
        post?: never;
        /**
         * Delete a resource and everything that names it
         * @description Needs delete on the resource; every row naming it goes with it.
         *
         *     Scope: `resources:write` (or `admin`). Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        delete: operations["deleteResource"];
        options?: never;
        head?: never;
        /**
         * Change a resource's type, title, excerpt or status
         * @description Needs write on the resource. `title` is trimmed, then must be 1–300 characters.
         *
         *     Scope: `resources:write` (or `admin`). Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        patch: operations["updateResource"];
        trace?: never;
    };
    "/v1/resources/{id}/post": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a resource's post
         * @description A resource without a post, or one you may not read, answers 404.
         *
         *     Scope: `resources:read` (or `admin`). Guests may call it and see only what is public.
         */
        get: operations["getResourcePost"];
        /**
         * Create or replace a resource's post (omitted optional fields become null)
         * @description Answers 201 when the resource had no post, 200 when it replaced one. Needs write on the resource. With `If-Match` it only replaces: a resource without a post answers 412.
         *
         *     Scope: `resources:write` (or `admin`). Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        put: operations["putResourcePost"];
        post?: never;
        /**
         * Remove a resource's post
         * @description Needs write on the resource; a resource without a post answers 404.
         *
         *     Scope: `resources:write` (or `admin`). Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        delete: operations["deleteResourcePost"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/resources/{id}/authors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a resource's authors
         * @description Oldest first; filter by `type`. A resource you may not read answers 404.
         *
         *     Scope: `resources:read` (or `admin`). Guests may call it and see only what is public.
         */
        get: operations["listResourceAuthors"];
        put?: never;
        /**
         * Credit a user or workspace as an author (needs write on the resource)
         * @description Crediting the same author twice answers 409; an unknown user or workspace, 422.
         *
         *     Scope: `resources:write` (or `admin`). Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        post: operations["addResourceAuthor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/resources/{id}/authors/{authorId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove an author row (needs write on the resource)
         * @description An author row of another resource answers 404.
         *
         *     Scope: `resources:write` (or `admin`). Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        delete: operations["removeResourceAuthor"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/resources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the resources the caller's subject owns
         * @description Newest first; the same filters as `GET /resources` but the owner is the caller's subject.
         *
         *     Scope: `resources:read` (or `admin`). Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        get: operations["listMyResources"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workspaces/{id}/resources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the resources a workspace owns that you may read
         * @description Newest first; the same filters as `GET /resources` but the owner is the workspace. A workspace you may not read answers 404.
         *
         *     Scope: `resources:read` and `workspaces:read` (or `admin`). Guests may call it and see only what is public.
         */
        get: operations["listWorkspaceResources"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workspaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the workspaces the caller may read (private ones only to those allowed)
         * @description Filter by `owner_type`, `owner_id`, `visibility`, `q` (name or slug) and `created_at_from`/`created_at_to`; sort by `created_at`, `name` or `slug`.
         *
         *     Scope: `workspaces:read` (or `admin`). Guests may call it and see only what is public.
         */
        get: operations["listWorkspaces"];
        put?: never;
        /**
         * Create a workspace (with its static collections) for yourself or your organization
         * @description The owner defaults to the caller; a slug already taken answers 409 naming `slug`.
         *
         *     Scope: `workspaces:write` (or `admin`). Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        post: operations["createWorkspace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workspaces/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a workspace
         * @description A workspace you may not read answers 404, as if it did not exist.
         *
         *     Scope: `workspaces:read` (or `admin`). Guests may call it and see only what is public.
         */
        get: operations["getWorkspace"];
        put?: never;
        post?: never;
        /**
         * Delete a workspace (needs delete on it); cascade: its resources, collections, links and every row naming them
         * @description Needs delete on the workspace.
         *
         *     Scope: `workspaces:write` (or `admin`). Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        delete: operations["deleteWorkspace"];
        options?: never;
        head?: never;
        /**
         * Update a workspace (needs write on it)
         * @description Only the fields given change; a slug already taken answers 409 naming `slug`.
         *
         *     Scope: `workspaces:write` (or `admin`). Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        patch: operations["updateWorkspace"];
        trace?: never;
    };
    "/v1/workspaces/{id}/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The workspace's links by position, all of them (at most 100); needs read on the workspace
         * @description Not paged: the whole list, in order. A workspace you may not read answers 404.
         *
         *     Scope: `workspaces:read` (or `admin`). Guests may call it and see only what is public.
         */
        get: operations["listWorkspaceLinks"];
        put?: never;
        /**
         * Add a link to the workspace (last, or at a position); needs write on the workspace
         * @description Links at or after the position move down one. A workspace with 100 links answers 409.
         *
         *     Scope: `workspaces:write` (or `admin`). Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        post: operations["createWorkspaceLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workspaces/{id}/links/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Reorder the workspace's links: name each of them once; needs write on the workspace
         * @description `ids` must name each of the workspace's links once (422 otherwise).
         *
         *     Scope: `workspaces:write` (or `admin`). Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        put: operations["reorderWorkspaceLinks"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/resources/{id}/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The resource's links by position, all of them (at most 100); needs read on the resource
         * @description Not paged: the whole list, in order. A resource you may not read answers 404.
         *
         *     Scope: `resources:read` (or `admin`). Guests may call it and see only what is public.
         */
        get: operations["listResourceLinks"];
        put?: never;
        /**
         * Add a link to the resource (last, or at a position); needs write on the resource
         * @description Links at or after the position move down one. A resource with 100 links answers 409.
         *
         *     Scope: `resources:write` (or `admin`). Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        post: operations["createResourceLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/resources/{id}/links/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Reorder the resource's links: name each of them once; needs write on the resource
         * @description `ids` must name each of the resource's links once (422 otherwise).
         *
         *     Scope: `resources:write` (or `admin`). Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        put: operations["reorderResourceLinks"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/links/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a link (write on its subject); later links move up
         * @description A link whose subject you may not read answers 404; one you may only read, 403.
         *
         *     Scope: `workspaces:write` or `resources:write` (or `admin`), by the link's subject. Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        delete: operations["deleteLink"];
        options?: never;
        head?: never;
        /**
         * Change a link's name, url or icon (write on its subject); reorder to move it
         * @description A link whose subject you may not read answers 404; one you may only read, 403.
         *
         *     Scope: `workspaces:write` or `resources:write` (or `admin`), by the link's subject. Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        patch: operations["updateLink"];
        trace?: never;
    };
    "/v1/engagements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Like, comment, repost, follow, subscribe, mention or bookmark something you may read
         * @description Engages as the calling user, or as a workspace you control (`subject`). The object must exist and be readable by you (404 otherwise), which also needs the read scope of its kind. Likes, reposts, follows, subscriptions and bookmarks are singletons: repeating one answers the existing engagement with 200.
         *
         *     Scope: `engagements:write` (or `admin`). Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        post: operations["createEngagement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/engagements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an engagement whose object you may read
         * @description An engagement whose object you may not read answers 404, as if it did not exist.
         *
         *     Scope: `engagements:read` (or `admin`). Guests may call it and see only what is public.
         */
        get: operations["getEngagement"];
        put?: never;
        post?: never;
        /**
         * Undo an engagement you (or a workspace you control) made
         * @description Only the engagement's subject (or a controller of the subject workspace) may undo it; anyone else who can see it gets 403.
         *
         *     Scope: `engagements:write` (or `admin`). Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        delete: operations["deleteEngagement"];
        options?: never;
        head?: never;
        /**
         * Activate or deactivate a subscription
         * @description Only subscriptions have a state: an active one makes its subject a `subscriber` of the object (and, for a workspace, of what is in it). In a `managed` workspace a subscription is pending until the workspace's owner (whoever controls it) or an admin activates it here; in an `open` one it is active from creation. For a resource or collection the mode and the owner are those of its workspace; for a user, or something not in a workspace, it is managed by whoever controls the owner. 409 for an engagement that is no subscription; 403 for anyone else who can see it.
         *
         *     Scope: `engagements:write` (or `admin`). Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        patch: operations["updateEngagement"];
        trace?: never;
    };
    "/v1/me/engagements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the engagements you made (as a user or workspace key)
         * @description Newest first; filter by `action` and `object_type`. Engagements with objects you may no longer read are left out.
         *
         *     Scope: `engagements:read` (or `admin`). Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        get: operations["listMyEngagements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/resources/{id}/engagements/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Count a resource's engagements per action
         * @description The same counts as `include=counts` on the resource. A resource you may not read answers 404.
         *
         *     Scope: `engagements:read` and `resources:read` (or `admin`). Guests may call it and see only what is public.
         */
        get: operations["countResourceEngagements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{id}/engagements/made": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the engagements a user made, with objects you may read
         * @description Newest first; filter by `action` and `object_type`. Engagements with objects you may not read are left out; an unknown user answers 404.
         *
         *     Scope: `engagements:read` (or `admin`). Guests may call it and see only what is public.
         */
        get: operations["listUserMadeEngagements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/resources/{id}/engagements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the engagements with a resource you may read
         * @description Newest first; filter by `action` and `subject_type`. A resource you may not read answers 404.
         *
         *     Scope: `engagements:read` and `resources:read` (or `admin`). Guests may call it and see only what is public.
         */
        get: operations["listResourceEngagements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workspaces/{id}/engagements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the engagements with a workspace you may read
         * @description Newest first; filter by `action` and `subject_type`. A workspace you may not read answers 404.
         *
         *     Scope: `engagements:read` and `workspaces:read` (or `admin`). Guests may call it and see only what is public.
         */
        get: operations["listWorkspaceEngagements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/collections/{id}/engagements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the engagements with a collection you may read
         * @description Newest first; filter by `action` and `subject_type`. A collection you may not read answers 404.
         *
         *     Scope: `engagements:read` and `collections:read` (or `admin`). Guests may call it and see only what is public.
         */
        get: operations["listCollectionEngagements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{id}/engagements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the engagements with a user you may read
         * @description Newest first; filter by `action` and `subject_type`. A user you may not read answers 404.
         *
         *     Scope: `engagements:read` (or `admin`). Guests may call it and see only what is public.
         */
        get: operations["listUserEngagements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/features": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The feature catalogue
         * @description Filter by `category`, sort by `slug`, `created_at` or `base_price_cents`.
         *
         *     Scope: `features:read` (or `admin`). Guests may call it and see only what is public.
         */
        get: operations["listFeatures"];
        put?: never;
        /**
         * Add a feature (admin)
         * @description A slug already taken answers 409 naming `slug`.
         *
         *     Scope: `admin`. Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        post: operations["createFeature"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/features/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a feature
         * @description One feature of the catalogue, with its base price.
         *
         *     Scope: `features:read` (or `admin`). Guests may call it and see only what is public.
         */
        get: operations["getFeature"];
        put?: never;
        post?: never;
        /**
         * Remove a feature (admin), with its pricing and user grants
         * @description Its pricing rows and user grants go with it.
         *
         *     Scope: `admin`. Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        delete: operations["deleteFeature"];
        options?: never;
        head?: never;
        /**
         * Change a feature (admin)
         * @description Only the fields given change; a slug already taken answers 409 naming `slug`.
         *
         *     Scope: `admin`. Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        patch: operations["updateFeature"];
        trace?: never;
    };
    "/v1/features/{id}/pricing/{cycle}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A feature's effective price for a cycle (its pricing row, else its base price)
         * @description `source` says whether a pricing row or the base price decided it.
         *
         *     Scope: `features:read` (or `admin`). Guests may call it and see only what is public.
         */
        get: operations["getFeaturePrice"];
        /**
         * Set a feature's price for a cycle (admin)
         * @description Creates or replaces the feature's pricing row for the cycle. With `If-Match` it only replaces: a cycle without a pricing row answers 412.
         *
         *     Scope: `admin`. Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        put: operations["setFeaturePrice"];
        post?: never;
        /**
         * Remove a feature's price for a cycle (admin); the base price applies again
         * @description A cycle without a pricing row answers 404.
         *
         *     Scope: `admin`. Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        delete: operations["deleteFeaturePrice"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/feature-presets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Feature presets, by sort order
         * @description Sort by `sort_order`, `name` or `created_at`.
         *
         *     Scope: `features:read` (or `admin`). Guests may call it and see only what is public.
         */
        get: operations["listFeaturePresets"];
        put?: never;
        /**
         * Add a preset (admin); its slugs must name existing features
         * @description Unknown feature slugs answer 422; a name already taken answers 409 naming `name`.
         *
         *     Scope: `admin`. Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        post: operations["createFeaturePreset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/feature-presets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a preset
         * @description One preset: a named set of feature slugs.
         *
         *     Scope: `features:read` (or `admin`). Guests may call it and see only what is public.
         */
        get: operations["getFeaturePreset"];
        put?: never;
        post?: never;
        /**
         * Remove a preset (admin)
         * @description Removes the preset; an unknown id answers 404.
         *
         *     Scope: `admin`. Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        delete: operations["deleteFeaturePreset"];
        options?: never;
        head?: never;
        /**
         * Change a preset (admin)
         * @description Only the fields given change; unknown feature slugs answer 422.
         *
         *     Scope: `admin`. Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        patch: operations["updateFeaturePreset"];
        trace?: never;
    };
    "/v1/users/{id}/features": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Features granted to a user (the user or an admin)
         * @description Anyone but the user and admins gets 404 for the user, as if it did not exist.
         *
         *     Scope: `features:read` (or `admin`). Guests may call it and see only what is public.
         */
        get: operations["listUserFeatures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{id}/features/{featureId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Grant a user a feature, or change its limit (admin)
         * @description Upsert: a second grant changes `usage_limit` (null: unlimited). An unknown user or feature answers 422. With `If-Match` it only changes an existing grant: without one, 412.
         *
         *     Scope: `admin`. Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        put: operations["grantUserFeature"];
        post?: never;
        /**
         * Revoke a user's feature (admin)
         * @description Removes the grant; a user without that grant answers 404.
         *
         *     Scope: `admin`. Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        delete: operations["revokeUserFeature"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{id}/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A user's subscriptions (the user or an admin)
         * @description Anyone but the user and admins gets 404 for the user, as if it did not exist.
         *
         *     Scope: `features:read` (or `admin`). Guests may call it and see only what is public.
         */
        get: operations["listUserSubscriptions"];
        put?: never;
        /**
         * Record a subscription for a user (admin)
         * @description `cycle_end` must follow `cycle_start` (422 otherwise); an unknown user answers 404.
         *
         *     Scope: `admin`. Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        post: operations["createUserSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subscriptions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a subscription (its user or an admin)
         * @description Anyone but its user and admins gets 404, as if it did not exist.
         *
         *     Scope: `features:read` (or `admin`). Guests may call it and see only what is public.
         */
        get: operations["getSubscription"];
        put?: never;
        post?: never;
        /**
         * Remove a subscription (admin)
         * @description Its features stop being entitlements, unless also granted directly.
         *
         *     Scope: `admin`. Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        delete: operations["deleteSubscription"];
        options?: never;
        head?: never;
        /**
         * Change a subscription (admin)
         * @description Only the fields given change; `cycle_end` must still follow `cycle_start`.
         *
         *     Scope: `admin`. Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        patch: operations["updateSubscription"];
        trace?: never;
    };
    "/v1/users/{id}/entitlements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A user's effective features: grants plus active subscriptions (the user or an admin)
         * @description Anyone but the user and admins gets 404 for the user, as if it did not exist.
         *
         *     Scope: `features:read` (or `admin`). Guests may call it and see only what is public.
         */
        get: operations["listUserEntitlements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pricing/quote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Price a set of features or a preset for a cycle, optionally with a user's discount
         * @description Give either `features` (comma-separated slugs) or `preset`. Unknown slugs or preset answer 422; quoting for another user's subscription needs admin (403).
         *
         *     Scope: `features:read` (or `admin`). Guests may call it and see only what is public.
         */
        get: operations["quotePrice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Teams you own or belong to (admins: all)
         * @description Filter by `organization_id` and `q` (name), sort by `created_at` or `name`. Guests see none.
         *
         *     Scope: `teams:read` (or `admin`). Guests may call it and see only what is public.
         */
        get: operations["listTeams"];
        put?: never;
        /**
         * Create a team owned by you, with you as its first member
         * @description Teams are owned by users: other subjects get 403. An organization must be one you may create teams in (403 otherwise, 404 when you may not see it).
         *
         *     Scope: `teams:write` (or `admin`). Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        post: operations["createTeam"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/teams/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a team (its owner, members and admins)
         * @description A team you do not belong to answers 404, as if it did not exist.
         *
         *     Scope: `teams:read` (or `admin`). Guests may call it and see only what is public.
         */
        get: operations["getTeam"];
        put?: never;
        post?: never;
        /**
         * Delete a team with its memberships and permission rows (owner or admin)
         * @description Members who do not own the team get 403.
         *
         *     Scope: `teams:write` (or `admin`). Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        delete: operations["deleteTeam"];
        options?: never;
        head?: never;
        /**
         * Rename a team or move it to another organization (owner or admin)
         * @description Members who do not own the team get 403.
         *
         *     Scope: `teams:write` (or `admin`). Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        patch: operations["updateTeam"];
        trace?: never;
    };
    "/v1/teams/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Members of a team (readable by its owner, members and admins)
         * @description Oldest first; filter by `role` and `user_id`. A team you do not belong to answers 404.
         *
         *     Scope: `teams:read` (or `admin`). Guests may call it and see only what is public.
         */
        get: operations["listTeamMembers"];
        put?: never;
        /**
         * Add a member (the owner, team admins or admin)
         * @description Adding a member twice answers 409; an unknown user, 422.
         *
         *     Scope: `teams:write` (or `admin`). Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        post: operations["addTeamMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/teams/{id}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a member (the owner, team admins, admin, or the member themself)
         * @description Anyone may leave a team (`userId` is themself); removing someone else takes the right to manage its members. The team's owner cannot be removed (409).
         *
         *     Scope: `teams:write` or `teams:read` (or `admin`), by what you do: write to remove someone else, read to leave. Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        delete: operations["removeTeamMember"];
        options?: never;
        head?: never;
        /**
         * Change a member's role (the owner, team admins or admin)
         * @description The owner's role is not changed here (409).
         *
         *     Scope: `teams:write` (or `admin`). Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        patch: operations["updateTeamMember"];
        trace?: never;
    };
    "/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every event: the change feed and audit trail of the whole database (admin)
         * @description One event per row each write created, updated or deleted, recorded in the same atomic write. Oldest first, in commit order (`sort=-sequence`: newest first). Keep `meta.next_cursor` to resume: it names the last event of the page even on the last page (an empty page answers the cursor it was given), the next page starts right after it, and an event committed later always comes after it, so nothing repeats or is skipped. Filter by `type`, `object_type`, `object_id` and `created_at_from`/`created_at_to`.
         *
         *     Scope: `admin`. Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        get: operations["listEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The events of what the caller's subject owns
         * @description For a user: their profile, keys, identities, grants and what they own; for a workspace's or organization's key: that workspace's or organization's events. Oldest first, in commit order (`sort=-sequence`: newest first). Keep `meta.next_cursor` to resume: it names the last event of the page even on the last page (an empty page answers the cursor it was given), the next page starts right after it, and an event committed later always comes after it, so nothing repeats or is skipped. Filter by `type`, `object_type`, `object_id` and `created_at_from`/`created_at_to`.
         *
         *     Scope: `events:read` (or `admin`). Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        get: operations["listMyEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workspaces/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The events of a workspace and everything it holds
         * @description For those who may write the workspace (its owners, members granted `workspaces:write`, admins): 403 for those who may only read it, 404 when it is unreadable. Oldest first, in commit order (`sort=-sequence`: newest first). Keep `meta.next_cursor` to resume: it names the last event of the page even on the last page (an empty page answers the cursor it was given), the next page starts right after it, and an event committed later always comes after it, so nothing repeats or is skipped. Filter by `type`, `object_type`, `object_id` and `created_at_from`/`created_at_to`.
         *
         *     Scope: `events:read` (or `admin`). Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        get: operations["listWorkspaceEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organizations/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The events of an organization and everything it holds
         * @description For those who may write the organization (its members, admins): 403 for those who may only read it, 404 when it is unreadable. Oldest first, in commit order (`sort=-sequence`: newest first). Keep `meta.next_cursor` to resume: it names the last event of the page even on the last page (an empty page answers the cursor it was given), the next page starts right after it, and an event committed later always comes after it, so nothing repeats or is skipped. Filter by `type`, `object_type`, `object_id` and `created_at_from`/`created_at_to`.
         *
         *     Scope: `events:read` (or `admin`). Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        get: operations["listOrganizationEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The global webhook endpoints (admin)
         * @description Endpoints of no workspace or organization, oldest first; filter by `status`.
         *
         *     Scope: `admin`. Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        get: operations["listWebhooks"];
        put?: never;
        /**
         * Register a global webhook endpoint: every event (admin)
         * @description Receives every event of the types `event_types` names, recorded from now on, whoever owns it. Each delivery is a POST of `{type, timestamp, data}` (`data`: the event as `GET /v1/events` answers it) signed as Standard Webhooks specifies: `webhook-id` (the event id, the same on every retry), `webhook-timestamp` and `webhook-signature`. The answer carries the endpoint's `secret`, shown only here and on rotation.
         *
         *     Scope: `admin`. Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workspaces/{id}/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The workspace's webhook endpoints
         * @description Oldest first; filter by `status`. For those who may write the workspace: 403 for those who may only read it, 404 when it is unreadable.
         *
         *     Scope: `workspaces:write` (or `admin`). Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        get: operations["listWorkspaceWebhooks"];
        put?: never;
        /**
         * Register a webhook endpoint for the workspace's events
         * @description Receives the events of the workspace and everything it holds, of the types `event_types` names, recorded from now on. Each delivery is a POST of `{type, timestamp, data}` (`data`: the event as `GET /v1/events` answers it) signed as Standard Webhooks specifies: `webhook-id` (the event id, the same on every retry), `webhook-timestamp` and `webhook-signature`. The answer carries the endpoint's `secret`, shown only here and on rotation. For those who may write the workspace: 403 for those who may only read it, 404 when it is unreadable.
         *
         *     Scope: `workspaces:write` (or `admin`). Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        post: operations["createWorkspaceWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organizations/{id}/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The organization's webhook endpoints
         * @description Oldest first; filter by `status`. For those who may write the organization: 403 for those who may only read it, 404 when it is unreadable.
         *
         *     Scope: `identities:write` (or `admin`). Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        get: operations["listOrganizationWebhooks"];
        put?: never;
        /**
         * Register a webhook endpoint for the organization's events
         * @description Receives the events of the organization and everything it holds, of the types `event_types` names, recorded from now on. Each delivery is a POST of `{type, timestamp, data}` (`data`: the event as `GET /v1/events` answers it) signed as Standard Webhooks specifies: `webhook-id` (the event id, the same on every retry), `webhook-timestamp` and `webhook-signature`. The answer carries the endpoint's `secret`, shown only here and on rotation. For those who may write the organization: 403 for those who may only read it, 404 when it is unreadable.
         *
         *     Scope: `identities:write` (or `admin`). Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        post: operations["createOrganizationWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a webhook endpoint
         * @description For those who may write the endpoint's workspace or organization (global endpoints: admins). An endpoint of a workspace or organization the caller may not read, or a global one for a non-admin, answers 404; one the caller may read but not write, 403. The secret is never shown again: rotate it to get a new one.
         *
         *     Scope: `workspaces:write` or `identities:write` (or `admin`), by the endpoint's owner (`workspaces:write` for a workspace's, `identities:write` for an organization's; global endpoints: `admin`). Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        get: operations["getWebhook"];
        put?: never;
        post?: never;
        /**
         * Delete a webhook endpoint with its delivery log
         * @description For those who may write the endpoint's workspace or organization (global endpoints: admins). An endpoint of a workspace or organization the caller may not read, or a global one for a non-admin, answers 404; one the caller may read but not write, 403.
         *
         *     Scope: `workspaces:write` or `identities:write` (or `admin`), by the endpoint's owner (`workspaces:write` for a workspace's, `identities:write` for an organization's; global endpoints: `admin`). Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        /**
         * Change a webhook endpoint's URL, event types, description or status
         * @description Setting `status` to `enabled` re-enables an endpoint disabled after failing deliveries. For those who may write the endpoint's workspace or organization (global endpoints: admins). An endpoint of a workspace or organization the caller may not read, or a global one for a non-admin, answers 404; one the caller may read but not write, 403.
         *
         *     Scope: `workspaces:write` or `identities:write` (or `admin`), by the endpoint's owner (`workspaces:write` for a workspace's, `identities:write` for an organization's; global endpoints: `admin`). Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        patch: operations["updateWebhook"];
        trace?: never;
    };
    "/v1/webhooks/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace an endpoint's signing secret
         * @description Answers the new secret. For 24 hours deliveries carry two signatures, space-separated in `webhook-signature`: the new secret's and the previous one's, so receivers can switch without losing a delivery. For those who may write the endpoint's workspace or organization (global endpoints: admins). An endpoint of a workspace or organization the caller may not read, or a global one for a non-admin, answers 404; one the caller may read but not write, 403.
         *
         *     Scope: `workspaces:write` or `identities:write` (or `admin`), by the endpoint's owner (`workspaces:write` for a workspace's, `identities:write` for an organization's; global endpoints: `admin`). Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        post: operations["rotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An endpoint's delivery log
         * @description One delivery per event sent to the endpoint, newest first; filter by `status`. Delivered and dead deliveries older than EVENTS_RETENTION_DAYS are pruned. For those who may write the endpoint's workspace or organization (global endpoints: admins). An endpoint of a workspace or organization the caller may not read, or a global one for a non-admin, answers 404; one the caller may read but not write, 403.
         *
         *     Scope: `workspaces:write` or `identities:write` (or `admin`), by the endpoint's owner (`workspaces:write` for a workspace's, `identities:write` for an organization's; global endpoints: `admin`). Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries/{delivery_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A delivery with each of its attempts
         * @description For those who may write the endpoint's workspace or organization (global endpoints: admins). An endpoint of a workspace or organization the caller may not read, or a global one for a non-admin, answers 404; one the caller may read but not write, 403.
         *
         *     Scope: `workspaces:write` or `identities:write` (or `admin`), by the endpoint's owner (`workspaces:write` for a workspace's, `identities:write` for an organization's; global endpoints: `admin`). Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        get: operations["getWebhookDelivery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries/{delivery_id}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a delivery again now
         * @description Queues a new attempt at once, whatever the delivery's status (`dead` and `delivered` included), with the same `webhook-id`: receivers that de-duplicate on it see it once. Answers the delivery as queued (`pending`). A disabled endpoint's deliveries: 409 (enable it first); without a queue configured, 503. For those who may write the endpoint's workspace or organization (global endpoints: admins). An endpoint of a workspace or organization the caller may not read, or a global one for a non-admin, answers 404; one the caller may read but not write, 403.
         *
         *     Scope: `workspaces:write` or `identities:write` (or `admin`), by the endpoint's owner (`workspaces:write` for a workspace's, `identities:write` for an organization's; global endpoints: `admin`). Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        post: operations["redeliverWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What a data transfer needs to know about this database (admin)
         * @description The database's dialect, the migrations it applied and every table's row count, with the limits the other transfer endpoints apply.
         *
         *     Scope: `admin`. Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        get: operations["getTransferStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/transfer/tables/{table}/rows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A page of a table's rows as NDJSON, in primary-key order (admin)
         * @description Up to `limit` rows whose primary key sorts after `after`, one per line. Each line is one row in canonical form: a JSON object keyed by every SQL column name, timestamps as epoch milliseconds, booleans as booleans, JSON columns as JSON, NULL as null. Fewer than `limit` lines: the table has no more rows. Pass the last line's primary key as `after` for the next page. Works while the API is read-only.
         *
         *     Scope: `admin`. Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        get: operations["exportTransferRows"];
        put?: never;
        /**
         * Write a batch of a table's rows, all or nothing (admin)
         * @description The body holds 1 to 1000 rows, one per line. Each line is one row in canonical form: a JSON object keyed by every SQL column name, timestamps as epoch milliseconds, booleans as booleans, JSON columns as JSON, NULL as null. They are written in one atomic write, self-references (`api_keys.parent_key_id`) left null: set them with `POST …/links` once the table is complete. `on_duplicate=skip` skips rows whose primary key exists (a resumed transfer); by default such a row fails the batch with 409. A line that is not a JSON object answers 400; a value its column cannot hold answers 422 naming the table, row and column; nothing of the batch is written then.
         *
         *     Scope: `admin`. Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        post: operations["importTransferRows"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/transfer/tables/{table}/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set the self-references of rows already written, all or nothing (admin)
         * @description The second pass of a transfer, for tables whose rows reference rows of the same table (`api_keys.parent_key_id`): the body holds 1 to 1000 rows as for `POST …/rows`, and each existing row is set to the values given, in one atomic write. Idempotent. Rows without a self-reference are ignored; on other tables nothing is written.
         *
         *     Scope: `admin`. Guests: 401 (send `Authorization: Bearer <API key or token>`).
         */
        post: operations["linkTransferRows"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Health: {
            /** @enum {string} */
            status: "ok" | "unavailable";
            environment: string;
            database: {
                /** @enum {string} */
                dialect: "d1" | "postgres" | "mysql";
                ok: boolean;
                latency_ms: number;
                /**
                 * @description How statements the server sends together reach the database: one D1 `batch()`, pipelined (Postgres), one multi-statement query (MySQL), or one round trip each (`DATABASE_BATCHING=sequential`, or `auto` after the server refused the batched form).
                 * @enum {string}
                 */
                batching: "batch" | "pipeline" | "multi-statement" | "sequential";
            };
            /** @description READ_ONLY is on: writes answer 503 `read_only` (a database cutover), reads work */
            read_only: boolean;
            webhooks: {
                /** @description The webhooks queue is bound: deliveries are sent. Without it endpoints are managed but nothing is sent */
                queue: boolean;
            };
        };
        Error: {
            error: {
                /** @example not_found */
                code: string;
                /** @example Resource not found */
                message: string;
                details?: unknown;
                request_id: string;
            };
        };
        Me: {
            /** @enum {string} */
            kind: "api_key" | "jwt";
            subject: {
                /** @enum {string} */
                type: "user" | "organization" | "workspace";
                /**
                 * Format: uuid
                 * @example 01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60
                 */
                id: string;
            };
            scopes: string[];
            user: components["schemas"]["User"] | null;
        };
        User: {
            /**
             * Format: uuid
             * @example 01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60
             */
            id: string;
            /** Format: email */
            email?: string;
            display_name: string;
            avatar_url: string | null;
            bio: string | null;
            theme: components["schemas"]["Theme"] | null;
            /**
             * Format: uuid
             * @example 01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60
             */
            organization_id: string | null;
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            updated_at: string;
        };
        Theme: {
            [key: string]: string;
        };
        ListMeta: {
            limit: number;
            next_cursor: string | null;
            has_more: boolean;
            total?: number;
        };
        Conflict: {
            error: {
                /** @example not_found */
                code: string;
                /** @example Resource not found */
                message: string;
                /** @description The fields whose values another row already has */
                details?: {
                    /**
                     * @example [
                     *       "slug"
                     *     ]
                     */
                    fields: string[];
                };
                request_id: string;
            };
        };
        CreateUser: {
            /** Format: email */
            email: string;
            /** @description Surrounding whitespace is trimmed; 1 to 200 characters remain */
            display_name: string;
            /** Format: uri */
            avatar_url?: string | null;
            bio?: string | null;
            theme?: components["schemas"]["Theme"] | null;
            /**
             * Format: uuid
             * @example 01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60
             */
            organization_id?: string | null;
        };
        UpdateUser: {
            /** @description Surrounding whitespace is trimmed; 1 to 200 characters remain */
            display_name?: string;
            /** Format: uri */
            avatar_url?: string | null;
            bio?: string | null;
            theme?: components["schemas"]["Theme"] | null;
            /** Format: email */
            email?: string;
            /**
             * Format: uuid
             * @example 01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60
             */
            organization_id?: string | null;
        };
        UserIdentity: {
            /**
             * Format: uuid
             * @example 01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60
             */
            id: string;
            /**
             * Format: uuid
             * @example 01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60
             */
            user_id: string;
            /** @description The token's `iss` */
            issuer: string;
            /** @description The token's `sub`: the provider's id of the user */
            subject: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            updated_at: string;
        };
        CreateUserIdentity: {
            /**
             * @description The identity provider's `iss`, exactly as its tokens carry it
             * @example https://clerk.example.com
             */
            issuer: string;
            /**
             * @description The provider's id of the user: its tokens' `sub`
             * @example user_2NNEqL2nrIRdJ194ndJqAHwEfxC
             */
            subject: string;
        };
        Organization: {
            /**
             * Format: uuid
             * @example 01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60
             */
            id: string;
            name: string;
            slug: string;
            avatar_url: string | null;
            banner_url: string | null;
            theme: components["schemas"]["Theme"] | null;
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            updated_at: string;
        };
        CreateOrganization: {
            /** @description Surrounding whitespace is trimmed; 1 to 200 characters remain */
            name: string;
            slug: string;
            /** Format: uri */
            avatar_url?: string | null;
            /** Format: uri */
            banner_url?: string | null;
            theme?: components["schemas"]["Theme"] | null;
        };
        UpdateOrganization: {
            /** @description Surrounding whitespace is trimmed; 1 to 200 characters remain */
            name?: string;
            slug?: string;
            /** Format: uri */
            avatar_url?: string | null;
            /** Format: uri */
            banner_url?: string | null;
            theme?: components["schemas"]["Theme"] | null;
        };
        ApiKey: {
            /**
             * Format: uuid
             * @example 01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60
             */
            id: string;
            name: string;
            prefix: string;
            subject: components["schemas"]["Subject"];
            scopes: string[];
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            expires_at: string | null;
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            revoked_at: string | null;
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            last_used_at: string | null;
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the key itself last changed (its version, which `If-Match` checks); using it does not change it
             * @example 2026-11-22T10:00:00.000Z
             */
            updated_at: string;
        };
        Subject: {
            /** @enum {string} */
            type: "user" | "organization" | "workspace";
            /**
             * Format: uuid
             * @example 01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60
             */
            id: string;
        };
        CreatedApiKey: components["schemas"]["ApiKey"] & {
            /** @description The API key. Shown once: store it now. */
            key: string;
        };
        CreateApiKey: {
            /** @description Surrounding whitespace is trimmed; 1 to 200 characters remain */
            name: string;
            scopes: ("identities:read" | "identities:write" | "workspaces:read" | "workspaces:write" | "resources:read" | "resources:write" | "permissions:read" | "permissions:write" | "teams:read" | "teams:write" | "engagements:read" | "engagements:write" | "collections:read" | "collections:write" | "features:read" | "features:write" | "events:read" | "events:write" | "admin")[];
            subject?: components["schemas"]["Subject"] & unknown;
            /**
             * Format: date-time
             * @description Default: never, or when the API key minting this one expires. A key minted with a key expires no later than it (422 otherwise) and is revoked with it.
             * @example 2026-11-22T11:00:00+01:00
             */
            expires_at?: string;
        };
        PermissionAction: {
            /**
             * Format: uuid
             * @example 01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60
             */
            id: string;
            /** @example resources:read */
            slug: string;
            name: string;
            description: string | null;
            category: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            updated_at: string;
        };
        CreatePermissionAction: {
            slug: string;
            /** @description Surrounding whitespace is trimmed; 1 to 200 characters remain */
            name: string;
            description?: string | null;
            /** @description Surrounding whitespace is trimmed; 1 to 32 characters remain */
            category: string;
        };
        UpdatePermissionAction: {
            slug?: string;
            /** @description Surrounding whitespace is trimmed; 1 to 200 characters remain */
            name?: string;
            description?: string | null;
            /** @description Surrounding whitespace is trimmed; 1 to 32 characters remain */
            category?: string;
        };
        Permission: {
            /**
             * Format: uuid
             * @example 01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60
             */
            id: string;
            /** @enum {string} */
            subject_type: "user" | "team" | "organization" | "static";
            subject_id: string;
            /** @enum {string} */
            object_type: "workspace" | "resource" | "organization" | "collection";
            /**
             * Format: uuid
             * @example 01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60
             */
            object_id: string;
            action: string;
            /** @enum {string} */
            value: "allow" | "deny" | "unset";
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            updated_at: string;
        };
        WritePermission: {
            /** @enum {string} */
            subject_type: "user" | "team" | "organization" | "static";
            /** @description A user, team or organization id; for `static`: guest, user, follower or subscriber */
            subject_id: string;
            /** @enum {string} */
            object_type: "workspace" | "resource" | "organization" | "collection";
            /**
             * Format: uuid
             * @example 01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60
             */
            object_id: string;
            /** @example resources:read */
            action: string;
            /** @enum {string} */
            value: "allow" | "deny" | "unset";
        };
        UpdatePermission: {
            /** @enum {string} */
            value: "allow" | "deny" | "unset";
        };
        Collection: {
            /**
             * Format: uuid
             * @example 01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60
             */
            id: string;
            owner: {
                /** @enum {string} */
                type: "user" | "workspace";
                /**
                 * Format: uuid
                 * @example 01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60
                 */
                id: string;
            };
            name: string;
            description: string | null;
            /** @enum {string} */
            type: "static" | "manual";
            /**
             * @description What a static collection derives its items from; null for manual ones
             * @enum {string|null}
             */
            kind: "resources" | "following" | "reposts" | "likes" | "bookmarks" | "subscriptions" | "comments" | null;
            /** @enum {string} */
            status: "LISTED" | "UNLISTED";
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            updated_at: string;
        };
        CreateCollection: {
            /** @description Yourself or a workspace you may create collections in; default the caller (a user or workspace key) */
            owner?: {
                /** @enum {string} */
                type: "user" | "workspace";
                /**
                 * Format: uuid
                 * @example 01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60
                 */
                id: string;
            };
            /** @description Surrounding whitespace is trimmed; 1 to 200 characters remain */
            name: string;
            description?: string | null;
            /** @enum {string} */
            status?: "LISTED" | "UNLISTED";
        };
        /** @description Static collections too may be renamed, described, listed or unlisted; type and kind never change. */
        UpdateCollection: {
            /** @description Surrounding whitespace is trimmed; 1 to 200 characters remain */
            name?: string;
            description?: string | null;
            /** @enum {string} */
            status?: "LISTED" | "UNLISTED";
        };
        CollectionItem: {
            /**
             * Format: uuid
             * @description The stored item (of a manual collection), for removing and reordering; null for items a static collection derives
             * @example 01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60
             */
            id: string | null;
            /** @enum {string} */
            item_type: "resource" | "user" | "workspace" | "collection";
            /**
             * Format: uuid
             * @example 01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60
             */
            item_id: string;
            /**
             * Format: uuid
             * @description The collection that directly holds the item
             * @example 01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60
             */
            origin_collection_id: string;
            /** @description 1 for the listed collection's own items, 2 inside a collection it holds, … */
            depth: number;
            position: number | null;
            /**
             * Format: date-time
             * @description When the stored item last changed (its version, which `If-Match` on its removal checks); null for derived items
             * @example 2026-11-22T10:00:00.000Z
             */
            updated_at: string | null;
            item: components["schemas"]["Resource"] | components["schemas"]["Workspace"] | components["schemas"]["Collection"] | components["schemas"]["User"];
        };
        Resource: {
            /**
             * Format: uuid
             * @example 01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60
             */
            id: string;
            owner: {
                /** @enum {string} */
                type: "user" | "organization" | "workspace";
                /**
                 * Format: uuid
                 * @example 01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60
                 */
                id: string;
            };
            /** @enum {string} */
            type: "post" | "song" | "album" | "status";
            title: string;
            excerpt: string | null;
            /** @enum {string} */
            status: "LISTED" | "UNLISTED";
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            updated_at: string;
            post?: components["schemas"]["Post"] | null;
            authors?: components["schemas"]["ResourceAuthor"][];
            links?: components["schemas"]["Link"][];
            counts?: components["schemas"]["EngagementCounts"];
        };
        Post: {
            /**
             * Format: uuid
             * @example 01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60
             */
            resource_id: string;
            body: string;
            body_html: string | null;
            featured_image_url: string | null;
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            updated_at: string;
        };
        ResourceAuthor: {
            /**
             * Format: uuid
             * @example 01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60
             */
            id: string;
            /**
             * Format: uuid
             * @example 01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60
             */
            resource_id: string;
            author: {
                /** @enum {string} */
                type: "user" | "workspace";
                /**
                 * Format: uuid
                 * @example 01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60
                 */
                id: string;
            };
            role: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            updated_at: string;
        };
        Link: {
            /**
             * Format: uuid
             * @example 01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60
             */
            id: string;
            subject: {
                /** @enum {string} */
                type: "resource" | "workspace";
                /**
                 * Format: uuid
                 * @example 01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60
                 */
                id: string;
            };
            name: string;
            url: string;
            icon: string | null;
            /** @description 0-based place in the subject's list */
            position: number;
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            updated_at: string;
        };
        EngagementCounts: {
            like: number;
            comment: number;
            repost: number;
            follow: number;
            subscribe: number;
            mention: number;
            bookmark: number;
        };
        Workspace: {
            /**
             * Format: uuid
             * @example 01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60
             */
            id: string;
            name: string;
            slug: string;
            description: string | null;
            owner: components["schemas"]["WorkspaceOwner"];
            avatar_url: string | null;
            banner_url: string | null;
            /** @enum {string} */
            visibility: "public" | "private";
            /**
             * @description Whether a subscription to the workspace (or to a resource or collection in it) is active from creation (`open`) or pending until the workspace's owner or an admin activates it (`managed`, with `PATCH /engagements/{id}`). Only an active subscription makes its subject a `subscriber`.
             * @enum {string}
             */
            subscription_mode: "managed" | "open";
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            updated_at: string;
        };
        WorkspaceOwner: {
            /** @enum {string} */
            type: "user" | "organization";
            /**
             * Format: uuid
             * @example 01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60
             */
            id: string;
        };
        AddCollectionItem: {
            /** @enum {string} */
            item_type: "resource" | "user" | "workspace" | "collection";
            /**
             * Format: uuid
             * @example 01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60
             */
            item_id: string;
            /** @description Where to insert it (items at or after it move down one); default the end */
            position?: number;
        };
        ReorderCollectionItems: {
            /** @description Every stored item of the collection, in their new order */
            ids: string[];
        };
        CollectionItemFilter: {
            /**
             * Format: uuid
             * @example 01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60
             */
            id: string;
            /**
             * Format: uuid
             * @example 01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60
             */
            collection_id: string;
            /** @enum {string|null} */
            item_type: "resource" | "user" | "workspace" | "collection" | null;
            /**
             * Format: uuid
             * @example 01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60
             */
            item_id: string | null;
            /** @enum {string|null} */
            engagement_action: "like" | "comment" | "repost" | "follow" | "subscribe" | "mention" | "bookmark" | null;
            /** @enum {string} */
            mode: "shown" | "hidden";
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            updated_at: string;
        };
        CreateCollectionItemFilter: {
            /** @enum {string} */
            item_type?: "resource" | "user" | "workspace" | "collection";
            /**
             * Format: uuid
             * @description One item (with its item_type)
             * @example 01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60
             */
            item_id?: string;
            /**
             * @description Items a static collection shows because of this engagement action
             * @enum {string}
             */
            engagement_action?: "like" | "comment" | "repost" | "follow" | "subscribe" | "mention" | "bookmark";
            /** @enum {string} */
            mode: "shown" | "hidden";
        };
        CreateResource: {
            /** @description An organization or workspace the caller may create resources for; default the caller */
            owner?: {
                /** @enum {string} */
                type: "organization" | "workspace";
                /**
                 * Format: uuid
                 * @example 01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60
                 */
                id: string;
            };
            /** @enum {string} */
            type: "post" | "song" | "album" | "status";
            /** @description Surrounding whitespace is trimmed; 1 to 300 characters remain */
            title: string;
            excerpt?: string | null;
            /** @enum {string} */
            status?: "LISTED" | "UNLISTED";
            post?: components["schemas"]["WritePost"];
            authors?: components["schemas"]["AddAuthor"][];
        };
        WritePost: {
            body: string;
            body_html?: string | null;
            /** Format: uri */
            featured_image_url?: string | null;
        };
        AddAuthor: {
            /** @enum {string} */
            type: "user" | "workspace";
            /**
             * Format: uuid
             * @description The user or workspace credited
             * @example 01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60
             */
            id: string;
            /**
             * @description Surrounding whitespace is trimmed; 1 to 32 characters remain
             * @example author
             */
            role?: string;
        };
        UpdateResource: {
            /** @enum {string} */
            type?: "post" | "song" | "album" | "status";
            /** @description Surrounding whitespace is trimmed; 1 to 300 characters remain */
            title?: string;
            excerpt?: string | null;
            /** @enum {string} */
            status?: "LISTED" | "UNLISTED";
        };
        CreateWorkspace: {
            /** @description Surrounding whitespace is trimmed; 1 to 200 characters remain */
            name: string;
            slug: string;
            description?: string | null;
            /** Format: uri */
            avatar_url?: string | null;
            /** Format: uri */
            banner_url?: string | null;
            /** @enum {string} */
            visibility?: "public" | "private";
            /**
             * @description Whether a subscription to the workspace (or to a resource or collection in it) is active from creation (`open`) or pending until the workspace's owner or an admin activates it (`managed`, with `PATCH /engagements/{id}`). Only an active subscription makes its subject a `subscriber`. Default `managed`.
             * @enum {string}
             */
            subscription_mode?: "managed" | "open";
            owner?: components["schemas"]["WorkspaceOwner"] & unknown;
        };
        UpdateWorkspace: {
            /** @description Surrounding whitespace is trimmed; 1 to 200 characters remain */
            name?: string;
            slug?: string;
            description?: string | null;
            /** Format: uri */
            avatar_url?: string | null;
            /** Format: uri */
            banner_url?: string | null;
            /** @enum {string} */
            visibility?: "public" | "private";
            /**
             * @description Whether a subscription to the workspace (or to a resource or collection in it) is active from creation (`open`) or pending until the workspace's owner or an admin activates it (`managed`, with `PATCH /engagements/{id}`). Only an active subscription makes its subject a `subscriber`. Default `managed`.
             * @enum {string}
             */
            subscription_mode?: "managed" | "open";
        };
        CreateLink: {
            /** @description Surrounding whitespace is trimmed; 1 to 200 characters remain */
            name: string;
            /** Format: uri */
            url: string;
            /** @description Surrounding whitespace is trimmed; 1 to 64 characters remain */
            icon?: string | null;
            /** @description Where to insert it, moving later links down; default (or past the end): last */
            position?: number;
        };
        LinkOrder: {
            /** @description Every link of the subject, each once, in the new order */
            ids: string[];
        };
        UpdateLink: {
            /** @description Surrounding whitespace is trimmed; 1 to 200 characters remain */
            name?: string;
            /** Format: uri */
            url?: string;
            /** @description Surrounding whitespace is trimmed; 1 to 64 characters remain */
            icon?: string | null;
        };
        Engagement: {
            /**
             * Format: uuid
             * @example 01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60
             */
            id: string;
            subject: {
                /** @enum {string} */
                type: "user" | "workspace";
                /**
                 * Format: uuid
                 * @example 01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60
                 */
                id: string;
            };
            /** @enum {string} */
            action: "like" | "comment" | "repost" | "follow" | "subscribe" | "mention" | "bookmark";
            object: {
                /** @enum {string} */
                type: "resource" | "workspace" | "collection" | "user";
                /**
                 * Format: uuid
                 * @example 01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60
                 */
                id: string;
            };
            /** @description A comment's text; null otherwise */
            text: string | null;
            /** @description What a mention names; empty otherwise */
            mentions: {
                /** @enum {string} */
                type: "user" | "workspace" | "resource";
                /**
                 * Format: uuid
                 * @example 01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60
                 */
                id: string;
            }[];
            /**
             * Format: date-time
             * @description A subscription: when it became active (it makes its subject a `subscriber`); null while pending. Null for other actions.
             * @example 2026-11-22T10:00:00.000Z
             */
            activated_at: string | null;
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            updated_at: string;
        };
        CreateEngagement: {
            /** @enum {string} */
            action: "like" | "comment" | "repost" | "follow" | "subscribe" | "mention" | "bookmark";
            object: {
                /** @enum {string} */
                type: "resource" | "workspace" | "collection" | "user";
                /**
                 * Format: uuid
                 * @example 01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60
                 */
                id: string;
            };
            /** @description A workspace you control to engage as; default the calling user */
            subject?: {
                /** @enum {string} */
                type: "workspace";
                /**
                 * Format: uuid
                 * @example 01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60
                 */
                id: string;
            };
            /** @description Required for a comment, refused otherwise */
            text?: string;
            /** @description Required for a mention, refused otherwise; every target must be one you may read (422 otherwise, as for one that does not exist) */
            mentions?: {
                /** @enum {string} */
                type: "user" | "workspace" | "resource";
                /**
                 * Format: uuid
                 * @example 01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60
                 */
                id: string;
            }[];
        };
        ChangeEngagement: {
            /** @description Activate (true) or deactivate (false) */
            active: boolean;
        };
        Feature: {
            /**
             * Format: uuid
             * @example 01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60
             */
            id: string;
            slug: string;
            name: string;
            description: string | null;
            category: string;
            milestone: string | null;
            base_price_cents: number;
            operation_cost_cents: number;
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            updated_at: string;
        };
        CreateFeature: {
            slug: string;
            /** @description Surrounding whitespace is trimmed; 1 to 200 characters remain */
            name: string;
            description?: string | null;
            /** @description Surrounding whitespace is trimmed; 1 to 32 characters remain */
            category: string;
            /** @description Surrounding whitespace is trimmed; 1 to 32 characters remain */
            milestone?: string | null;
            base_price_cents?: number;
            operation_cost_cents?: number;
        };
        UpdateFeature: {
            slug?: string;
            /** @description Surrounding whitespace is trimmed; 1 to 200 characters remain */
            name?: string;
            description?: string | null;
            /** @description Surrounding whitespace is trimmed; 1 to 32 characters remain */
            category?: string;
            /** @description Surrounding whitespace is trimmed; 1 to 32 characters remain */
            milestone?: string | null;
            base_price_cents?: number;
            operation_cost_cents?: number;
        };
        FeaturePrice: {
            /**
             * Format: uuid
             * @example 01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60
             */
            feature_id: string;
            /** @enum {string} */
            cycle: "monthly" | "yearly";
            price_cents: number;
            /** @enum {string} */
            source: "base" | "pricing";
            /**
             * Format: date-time
             * @description When the pricing row was last set (its version, which `If-Match` checks); null when the base price applies
             * @example 2026-11-22T10:00:00.000Z
             */
            updated_at: string | null;
        };
        SetFeaturePrice: {
            price_cents: number;
        };
        FeaturePreset: {
            /**
             * Format: uuid
             * @example 01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60
             */
            id: string;
            name: string;
            feature_slugs: string[];
            sort_order: number;
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            updated_at: string;
        };
        CreateFeaturePreset: {
            /** @description Surrounding whitespace is trimmed; 1 to 100 characters remain */
            name: string;
            feature_slugs: string[];
            sort_order?: number;
        };
        UpdateFeaturePreset: {
            /** @description Surrounding whitespace is trimmed; 1 to 100 characters remain */
            name?: string;
            feature_slugs?: string[];
            sort_order?: number;
        };
        UserFeature: {
            /**
             * Format: uuid
             * @example 01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60
             */
            id: string;
            /**
             * Format: uuid
             * @example 01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60
             */
            user_id: string;
            /**
             * Format: uuid
             * @example 01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60
             */
            feature_id: string;
            /** @description null: unlimited */
            usage_limit: number | null;
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            updated_at: string;
        };
        GrantFeature: {
            usage_limit: number | null;
        };
        Subscription: {
            /**
             * Format: uuid
             * @example 01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60
             */
            id: string;
            /**
             * Format: uuid
             * @example 01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60
             */
            user_id: string;
            billing_customer_id: string | null;
            billing_subscription_id: string | null;
            active_features: string[];
            custom_price_cents: number | null;
            discount_pct: number;
            /** @enum {string|null} */
            discount_type: "once" | "repeating" | "forever" | null;
            /** @enum {string} */
            cycle: "monthly" | "yearly";
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            cycle_start: string | null;
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            cycle_end: string | null;
            active: boolean;
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            updated_at: string;
        };
        CreateSubscription: {
            /** @description Surrounding whitespace is trimmed; 1 to 128 characters remain */
            billing_customer_id?: string | null;
            /** @description Surrounding whitespace is trimmed; 1 to 128 characters remain */
            billing_subscription_id?: string | null;
            active_features: string[];
            custom_price_cents?: number | null;
            discount_pct?: number;
            /** @enum {string|null} */
            discount_type?: "once" | "repeating" | "forever" | null;
            /** @enum {string} */
            cycle?: "monthly" | "yearly";
            /**
             * Format: date-time
             * @example 2026-11-22T11:00:00+01:00
             */
            cycle_start?: string | null;
            /**
             * Format: date-time
             * @example 2026-11-22T11:00:00+01:00
             */
            cycle_end?: string | null;
            active?: boolean;
        };
        UpdateSubscription: {
            /** @description Surrounding whitespace is trimmed; 1 to 128 characters remain */
            billing_customer_id?: string | null;
            /** @description Surrounding whitespace is trimmed; 1 to 128 characters remain */
            billing_subscription_id?: string | null;
            active_features?: string[];
            custom_price_cents?: number | null;
            discount_pct?: number;
            /** @enum {string|null} */
            discount_type?: "once" | "repeating" | "forever" | null;
            /** @enum {string} */
            cycle?: "monthly" | "yearly";
            /**
             * Format: date-time
             * @example 2026-11-22T11:00:00+01:00
             */
            cycle_start?: string | null;
            /**
             * Format: date-time
             * @example 2026-11-22T11:00:00+01:00
             */
            cycle_end?: string | null;
            active?: boolean;
        };
        /** @description A feature the user may use now. A direct grant decides the limit (null: unlimited); a feature held only through an active subscription (within its cycle, when set) is unlimited. */
        Entitlement: {
            /**
             * Format: uuid
             * @example 01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60
             */
            feature_id: string;
            slug: string;
            name: string;
            usage_limit: number | null;
            sources: ("grant" | "subscription")[];
        };
        /** @description Integer cents. Each line is the feature's price for the cycle (its pricing row, else its base price). With user_id and an active subscription: a custom price replaces the total; otherwise its discount percentage comes off the subtotal, rounded half up. discount_cents = subtotal_cents - total_cents. */
        Quote: {
            /** @enum {string} */
            cycle: "monthly" | "yearly";
            lines: {
                slug: string;
                price_cents: number;
                /** @enum {string} */
                source: "base" | "pricing";
            }[];
            subtotal_cents: number;
            discount_cents: number;
            total_cents: number;
            /**
             * Format: uuid
             * @example 01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60
             */
            subscription_id: string | null;
        };
        Team: {
            /**
             * Format: uuid
             * @example 01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60
             */
            id: string;
            name: string;
            /**
             * Format: uuid
             * @example 01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60
             */
            owner_user_id: string;
            /**
             * Format: uuid
             * @example 01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60
             */
            organization_id: string | null;
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            updated_at: string;
        };
        CreateTeam: {
            /** @description Surrounding whitespace is trimmed; 1 to 200 characters remain */
            name: string;
            /**
             * Format: uuid
             * @description An organization you belong to
             * @example 01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60
             */
            organization_id?: string | null;
        };
        UpdateTeam: {
            /** @description Surrounding whitespace is trimmed; 1 to 200 characters remain */
            name?: string;
            /**
             * Format: uuid
             * @description An organization you belong to
             * @example 01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60
             */
            organization_id?: string | null;
        };
        TeamMember: {
            /**
             * Format: uuid
             * @example 01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60
             */
            id: string;
            /**
             * Format: uuid
             * @example 01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60
             */
            team_id: string;
            /**
             * Format: uuid
             * @example 01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60
             */
            user_id: string;
            /** @enum {string} */
            role: "owner" | "admin" | "member";
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            updated_at: string;
        };
        AddTeamMember: {
            /**
             * Format: uuid
             * @example 01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60
             */
            user_id: string;
            /**
             * @default member
             * @enum {string}
             */
            role: "member" | "admin";
        };
        UpdateTeamMember: {
            /** @enum {string} */
            role: "member" | "admin";
        };
        Event: {
            /**
             * Format: uuid
             * @example 01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60
             */
            id: string;
            /** @description The write's place in commit order, shared by every event of one write: the feed's order is (`sequence`, `id`) */
            sequence: number;
            /**
             * @example resource.created
             * @enum {string}
             */
            type: "organization.created" | "organization.updated" | "organization.deleted" | "user.created" | "user.updated" | "user.deleted" | "identity.created" | "identity.updated" | "identity.deleted" | "api_key.created" | "api_key.updated" | "api_key.deleted" | "workspace.created" | "workspace.updated" | "workspace.deleted" | "resource.created" | "resource.updated" | "resource.deleted" | "post.created" | "post.updated" | "post.deleted" | "author.created" | "author.updated" | "author.deleted" | "link.created" | "link.updated" | "link.deleted" | "permission.created" | "permission.updated" | "permission.deleted" | "permission_action.created" | "permission_action.updated" | "permission_action.deleted" | "team.created" | "team.updated" | "team.deleted" | "team_member.created" | "team_member.updated" | "team_member.deleted" | "engagement.created" | "engagement.updated" | "engagement.deleted" | "engagement_comment.created" | "engagement_comment.updated" | "engagement_comment.deleted" | "engagement_mention.created" | "engagement_mention.updated" | "engagement_mention.deleted" | "collection.created" | "collection.updated" | "collection.deleted" | "collection_item.created" | "collection_item.updated" | "collection_item.deleted" | "collection_filter.created" | "collection_filter.updated" | "collection_filter.deleted" | "feature.created" | "feature.updated" | "feature.deleted" | "feature_price.created" | "feature_price.updated" | "feature_price.deleted" | "feature_preset.created" | "feature_preset.updated" | "feature_preset.deleted" | "user_feature.created" | "user_feature.updated" | "user_feature.deleted" | "subscription.created" | "subscription.updated" | "subscription.deleted" | "webhook.created" | "webhook.updated" | "webhook.deleted";
            object: {
                /** @enum {string} */
                type: "organization" | "user" | "identity" | "api_key" | "workspace" | "resource" | "post" | "author" | "link" | "permission" | "permission_action" | "team" | "team_member" | "engagement" | "engagement_comment" | "engagement_mention" | "collection" | "collection_item" | "collection_filter" | "feature" | "feature_price" | "feature_preset" | "user_feature" | "subscription" | "webhook";
                id: string;
            };
            /**
             * Format: uuid
             * @example 01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60
             */
            workspace_id: string | null;
            /**
             * Format: uuid
             * @example 01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60
             */
            organization_id: string | null;
            /**
             * Format: uuid
             * @example 01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60
             */
            user_id: string | null;
            /** @description Who wrote: the caller's subject and key; null for guests and scheduled work */
            actor: {
                /** @example user */
                type: string;
                /**
                 * Format: uuid
                 * @example 01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60
                 */
                id: string;
                /**
                 * Format: uuid
                 * @example 01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60
                 */
                api_key_id: string | null;
            } | null;
            request_id: string | null;
            /** @description The row after a create or update, as it was before a delete: every column by its name (a key's secret hash left out), timestamps in ISO 8601 */
            data: {
                [key: string]: unknown;
            } | null;
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            created_at: string;
        };
        Webhook: {
            /**
             * Format: uuid
             * @example 01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60
             */
            id: string;
            /**
             * Format: uuid
             * @example 01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60
             */
            workspace_id: string | null;
            /**
             * Format: uuid
             * @example 01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60
             */
            organization_id: string | null;
            url: string;
            event_types: ("*" | "organization.*" | "user.*" | "identity.*" | "api_key.*" | "workspace.*" | "resource.*" | "post.*" | "author.*" | "link.*" | "permission.*" | "permission_action.*" | "team.*" | "team_member.*" | "engagement.*" | "engagement_comment.*" | "engagement_mention.*" | "collection.*" | "collection_item.*" | "collection_filter.*" | "feature.*" | "feature_price.*" | "feature_preset.*" | "user_feature.*" | "subscription.*" | "webhook.*" | "organization.created" | "organization.updated" | "organization.deleted" | "user.created" | "user.updated" | "user.deleted" | "identity.created" | "identity.updated" | "identity.deleted" | "api_key.created" | "api_key.updated" | "api_key.deleted" | "workspace.created" | "workspace.updated" | "workspace.deleted" | "resource.created" | "resource.updated" | "resource.deleted" | "post.created" | "post.updated" | "post.deleted" | "author.created" | "author.updated" | "author.deleted" | "link.created" | "link.updated" | "link.deleted" | "permission.created" | "permission.updated" | "permission.deleted" | "permission_action.created" | "permission_action.updated" | "permission_action.deleted" | "team.created" | "team.updated" | "team.deleted" | "team_member.created" | "team_member.updated" | "team_member.deleted" | "engagement.created" | "engagement.updated" | "engagement.deleted" | "engagement_comment.created" | "engagement_comment.updated" | "engagement_comment.deleted" | "engagement_mention.created" | "engagement_mention.updated" | "engagement_mention.deleted" | "collection.created" | "collection.updated" | "collection.deleted" | "collection_item.created" | "collection_item.updated" | "collection_item.deleted" | "collection_filter.created" | "collection_filter.updated" | "collection_filter.deleted" | "feature.created" | "feature.updated" | "feature.deleted" | "feature_price.created" | "feature_price.updated" | "feature_price.deleted" | "feature_preset.created" | "feature_preset.updated" | "feature_preset.deleted" | "user_feature.created" | "user_feature.updated" | "user_feature.deleted" | "subscription.created" | "subscription.updated" | "subscription.deleted" | "webhook.created" | "webhook.updated" | "webhook.deleted")[];
            description: string | null;
            /**
             * @description `disabled`: no new deliveries (set by a client, or after WEBHOOK_DISABLE_AFTER dead deliveries in a row)
             * @enum {string}
             */
            status: "enabled" | "disabled";
            disabled_reason: string | null;
            /** @description Deliveries in a row that went dead; a delivered one resets it */
            consecutive_failures: number;
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            updated_at: string;
        };
        WebhookWithSecret: components["schemas"]["Webhook"] & {
            /**
             * @description `whsec_` and the base64 of 32 random bytes: the key of the `webhook-signature` HMAC. Shown only here and when rotated
             * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
             */
            secret: string;
        };
        CreateWebhook: {
            /**
             * Format: uri
             * @description Where deliveries are POSTed: https, to a public host. Private, loopback, link-local, unique-local, CGNAT and metadata addresses, `localhost`, `*.localhost`, `*.local` and `*.internal` and credentials in the URL are refused (422), unless the deployment sets WEBHOOKS_ALLOW_PRIVATE_TARGETS (local development), which allows http and those hosts
             * @example https://hooks.example.com/hearth
             */
            url: string;
            event_types: ("*" | "organization.*" | "user.*" | "identity.*" | "api_key.*" | "workspace.*" | "resource.*" | "post.*" | "author.*" | "link.*" | "permission.*" | "permission_action.*" | "team.*" | "team_member.*" | "engagement.*" | "engagement_comment.*" | "engagement_mention.*" | "collection.*" | "collection_item.*" | "collection_filter.*" | "feature.*" | "feature_price.*" | "feature_preset.*" | "user_feature.*" | "subscription.*" | "webhook.*" | "organization.created" | "organization.updated" | "organization.deleted" | "user.created" | "user.updated" | "user.deleted" | "identity.created" | "identity.updated" | "identity.deleted" | "api_key.created" | "api_key.updated" | "api_key.deleted" | "workspace.created" | "workspace.updated" | "workspace.deleted" | "resource.created" | "resource.updated" | "resource.deleted" | "post.created" | "post.updated" | "post.deleted" | "author.created" | "author.updated" | "author.deleted" | "link.created" | "link.updated" | "link.deleted" | "permission.created" | "permission.updated" | "permission.deleted" | "permission_action.created" | "permission_action.updated" | "permission_action.deleted" | "team.created" | "team.updated" | "team.deleted" | "team_member.created" | "team_member.updated" | "team_member.deleted" | "engagement.created" | "engagement.updated" | "engagement.deleted" | "engagement_comment.created" | "engagement_comment.updated" | "engagement_comment.deleted" | "engagement_mention.created" | "engagement_mention.updated" | "engagement_mention.deleted" | "collection.created" | "collection.updated" | "collection.deleted" | "collection_item.created" | "collection_item.updated" | "collection_item.deleted" | "collection_filter.created" | "collection_filter.updated" | "collection_filter.deleted" | "feature.created" | "feature.updated" | "feature.deleted" | "feature_price.created" | "feature_price.updated" | "feature_price.deleted" | "feature_preset.created" | "feature_preset.updated" | "feature_preset.deleted" | "user_feature.created" | "user_feature.updated" | "user_feature.deleted" | "subscription.created" | "subscription.updated" | "subscription.deleted" | "webhook.created" | "webhook.updated" | "webhook.deleted")[];
            /** @description Surrounding whitespace is trimmed; 1 to 500 characters remain */
            description?: string;
        };
        UpdateWebhook: {
            /**
             * Format: uri
             * @description Where deliveries are POSTed: https, to a public host. Private, loopback, link-local, unique-local, CGNAT and metadata addresses, `localhost`, `*.localhost`, `*.local` and `*.internal` and credentials in the URL are refused (422), unless the deployment sets WEBHOOKS_ALLOW_PRIVATE_TARGETS (local development), which allows http and those hosts
             * @example https://hooks.example.com/hearth
             */
            url?: string;
            event_types?: ("*" | "organization.*" | "user.*" | "identity.*" | "api_key.*" | "workspace.*" | "resource.*" | "post.*" | "author.*" | "link.*" | "permission.*" | "permission_action.*" | "team.*" | "team_member.*" | "engagement.*" | "engagement_comment.*" | "engagement_mention.*" | "collection.*" | "collection_item.*" | "collection_filter.*" | "feature.*" | "feature_price.*" | "feature_preset.*" | "user_feature.*" | "subscription.*" | "webhook.*" | "organization.created" | "organization.updated" | "organization.deleted" | "user.created" | "user.updated" | "user.deleted" | "identity.created" | "identity.updated" | "identity.deleted" | "api_key.created" | "api_key.updated" | "api_key.deleted" | "workspace.created" | "workspace.updated" | "workspace.deleted" | "resource.created" | "resource.updated" | "resource.deleted" | "post.created" | "post.updated" | "post.deleted" | "author.created" | "author.updated" | "author.deleted" | "link.created" | "link.updated" | "link.deleted" | "permission.created" | "permission.updated" | "permission.deleted" | "permission_action.created" | "permission_action.updated" | "permission_action.deleted" | "team.created" | "team.updated" | "team.deleted" | "team_member.created" | "team_member.updated" | "team_member.deleted" | "engagement.created" | "engagement.updated" | "engagement.deleted" | "engagement_comment.created" | "engagement_comment.updated" | "engagement_comment.deleted" | "engagement_mention.created" | "engagement_mention.updated" | "engagement_mention.deleted" | "collection.created" | "collection.updated" | "collection.deleted" | "collection_item.created" | "collection_item.updated" | "collection_item.deleted" | "collection_filter.created" | "collection_filter.updated" | "collection_filter.deleted" | "feature.created" | "feature.updated" | "feature.deleted" | "feature_price.created" | "feature_price.updated" | "feature_price.deleted" | "feature_preset.created" | "feature_preset.updated" | "feature_preset.deleted" | "user_feature.created" | "user_feature.updated" | "user_feature.deleted" | "subscription.created" | "subscription.updated" | "subscription.deleted" | "webhook.created" | "webhook.updated" | "webhook.deleted")[];
            /** @description Surrounding whitespace is trimmed; 1 to 500 characters remain */
            description?: string | null;
            /**
             * @description `enabled` also clears `disabled_reason` and `consecutive_failures`
             * @enum {string}
             */
            status?: "enabled" | "disabled";
        };
        RotatedSecret: {
            /**
             * @description `whsec_` and the base64 of 32 random bytes: the key of the `webhook-signature` HMAC. Shown only here and when rotated
             * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
             */
            secret: string;
            /**
             * Format: date-time
             * @description Until then deliveries carry a second signature, made with the previous secret
             * @example 2026-11-22T10:00:00.000Z
             */
            previous_secret_expires_at: string;
        };
        WebhookDelivery: {
            /**
             * Format: uuid
             * @example 01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60
             */
            id: string;
            /**
             * Format: uuid
             * @example 01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60
             */
            webhook_id: string;
            /**
             * Format: uuid
             * @description Also the `webhook-id` header of every attempt
             * @example 01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60
             */
            event_id: string;
            /** @enum {string} */
            event_type: "organization.created" | "organization.updated" | "organization.deleted" | "user.created" | "user.updated" | "user.deleted" | "identity.created" | "identity.updated" | "identity.deleted" | "api_key.created" | "api_key.updated" | "api_key.deleted" | "workspace.created" | "workspace.updated" | "workspace.deleted" | "resource.created" | "resource.updated" | "resource.deleted" | "post.created" | "post.updated" | "post.deleted" | "author.created" | "author.updated" | "author.deleted" | "link.created" | "link.updated" | "link.deleted" | "permission.created" | "permission.updated" | "permission.deleted" | "permission_action.created" | "permission_action.updated" | "permission_action.deleted" | "team.created" | "team.updated" | "team.deleted" | "team_member.created" | "team_member.updated" | "team_member.deleted" | "engagement.created" | "engagement.updated" | "engagement.deleted" | "engagement_comment.created" | "engagement_comment.updated" | "engagement_comment.deleted" | "engagement_mention.created" | "engagement_mention.updated" | "engagement_mention.deleted" | "collection.created" | "collection.updated" | "collection.deleted" | "collection_item.created" | "collection_item.updated" | "collection_item.deleted" | "collection_filter.created" | "collection_filter.updated" | "collection_filter.deleted" | "feature.created" | "feature.updated" | "feature.deleted" | "feature_price.created" | "feature_price.updated" | "feature_price.deleted" | "feature_preset.created" | "feature_preset.updated" | "feature_preset.deleted" | "user_feature.created" | "user_feature.updated" | "user_feature.deleted" | "subscription.created" | "subscription.updated" | "subscription.deleted" | "webhook.created" | "webhook.updated" | "webhook.deleted";
            /**
             * @description `pending`: not attempted yet (or redelivery queued); `delivered`: a 2xx answered; `failed`: the last attempt failed and a retry is scheduled; `dead`: no attempt left
             * @enum {string}
             */
            status: "pending" | "delivered" | "failed" | "dead";
            attempts: number;
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            next_attempt_at: string | null;
            last_response_status: number | null;
            last_error: string | null;
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            delivered_at: string | null;
        };
        WebhookDeliveryWithAttempts: components["schemas"]["WebhookDelivery"] & {
            attempts_log: {
                attempt: number;
                /**
                 * Format: date-time
                 * @example 2026-11-22T10:00:00.000Z
                 */
                started_at: string;
                response_status: number | null;
                error: string | null;
                duration_ms: number;
            }[];
        };
        TransferStatus: {
            /** @enum {string} */
            dialect: "d1" | "postgres" | "mysql";
            /** @description The migrations the database applied, by tag (`0002_identities_…`), in order; null when it has no migrations table */
            migrations: string[] | null;
            /** @description The id of the API key making this call: the tool neither copies nor compares that row, which is how it reaches the database rather than data in it */
            key_id: string | null;
            /** @description The largest request body the worker accepts (MAX_BODY_BYTES) */
            max_body_bytes: number;
            /** @description The most rows one page reads and one batch may carry */
            max_page_rows: number;
            /** @description Every table in foreign-key order, with its row count */
            tables: {
                /** @enum {string} */
                name: "api_keys" | "collections" | "collection_item_filters" | "collection_items" | "engagements" | "engagement_comments" | "engagement_mentions" | "events" | "event_sequence" | "external_links" | "feature_presets" | "features" | "feature_pricing" | "feed_positions" | "organizations" | "permission_actions" | "permissions" | "resources" | "posts" | "resource_authors" | "users" | "teams" | "team_members" | "user_features" | "user_identities" | "user_subscriptions" | "workspaces" | "webhooks" | "webhook_deliveries" | "webhook_attempts";
                rows: number;
            }[];
        };
        TransferWrite: {
            /** @enum {string} */
            table: "api_keys" | "collections" | "collection_item_filters" | "collection_items" | "engagements" | "engagement_comments" | "engagement_mentions" | "events" | "event_sequence" | "external_links" | "feature_presets" | "features" | "feature_pricing" | "feed_positions" | "organizations" | "permission_actions" | "permissions" | "resources" | "posts" | "resource_authors" | "users" | "teams" | "team_members" | "user_features" | "user_identities" | "user_subscriptions" | "workspaces" | "webhooks" | "webhook_deliveries" | "webhook_attempts";
            rows: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Healthy */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Health"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database does not answer */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Health"];
                    };
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags of the item the caller holds (or `*`): when one is current, 304 with no body */
                "if-none-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The item */
            200: {
                headers: {
                    /** @description The item's strong entity tag: its version and a digest of this answer. Send it back in `If-None-Match` (304 when unchanged) or `If-Match` (on its conditional writes) */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Me"];
                    };
                };
            };
            /** @description Not modified: `If-None-Match` names the current ETag */
            304: {
                headers: {
                    /** @description The item's strong entity tag: its version and a digest of this answer. Send it back in `If-None-Match` (304 when unchanged) or `If-Match` (on its conditional writes) */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                sort?: "created_at" | "display_name" | "-created_at" | "-display_name" | "relevance";
                count?: "true" | "false";
                organization_id?: string[];
                /** @description Full-text search in display_name: rows holding every word of the text, the last one also as the start of a word (`ha` finds "harbor"). Case, accents and compatibility forms are ignored (`Cafe` finds "Café", `strasse` "Straße"); words are runs of letters and digits, so punctuation, symbols and emoji separate words and are not searched (a text without a word matches nothing); each Han, Hiragana, Katakana or Hangul character is a word of its own; words are compared on their first 32 characters. 1 to 200 characters, at most 16 different words; control characters (U+0000–U+001F, U+007F–U+009F) are refused with 400. With `sort=relevance`, rows score the sum over the words of their occurrences (the last word: of words starting with it), display_name counting 3 and other text 1; highest first, then newest first. */
                q?: string;
                created_at_from?: string;
                created_at_to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The items, with the list's meta (its cursor when paged) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["User"][];
                        meta: components["schemas"]["ListMeta"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries of this POST safe: the first answer (below 500) for this caller and key is stored for 24 hours and returned to every retry with `Idempotency-Replayed: true`, without running the request again. The same key with another request answers 422; while the first request runs, 409 with `Retry-After: 1`. 1 to 255 visible ASCII characters, e.g. a UUID. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUser"];
            };
        };
        responses: {
            /** @description The created item */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["User"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A conflict with the current state or with another row, or (POST) a request with the same `Idempotency-Key` still running: retry after `Retry-After` seconds for its answer */
            409: {
                headers: {
                    /** @description Present when a request with the same `Idempotency-Key` is still running: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not valid, or names rows that do not exist, or (POST) the `Idempotency-Key` was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API is read-only for maintenance (`read_only`): writes are paused; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying the write */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags of the item the caller holds (or `*`): when one is current, 304 with no body */
                "if-none-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The item */
            200: {
                headers: {
                    /** @description The item's strong entity tag: its version and a digest of this answer. Send it back in `If-None-Match` (304 when unchanged) or `If-Match` (on its conditional writes) */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["User"];
                    };
                };
            };
            /** @description Not modified: `If-None-Match` names the current ETag */
            304: {
                headers: {
                    /** @description The item's strong entity tag: its version and a digest of this answer. Send it back in `If-None-Match` (304 when unchanged) or `If-Match` (on its conditional writes) */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags of the item (or `*`) the write is based on: when none is its current version, 412 and nothing is written. Required when REQUIRE_IF_MATCH is on (428 without it) */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A conflict with the current state or with another row, or (POST) a request with the same `Idempotency-Key` still running: retry after `Retry-After` seconds for its answer */
            409: {
                headers: {
                    /** @description Present when a request with the same `Idempotency-Key` is still running: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description `If-Match` names no current version of the item (`precondition_failed`): it changed since it was read; nothing was written */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` is required (`precondition_required`, REQUIRE_IF_MATCH is on): send the item's `ETag` */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API is read-only for maintenance (`read_only`): writes are paused; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying the write */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags of the item (or `*`) the write is based on: when none is its current version, 412 and nothing is written. Required when REQUIRE_IF_MATCH is on (428 without it) */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUser"];
            };
        };
        responses: {
            /** @description The updated item */
            200: {
                headers: {
                    /** @description The item's strong entity tag: its version and a digest of this answer. Send it back in `If-None-Match` (304 when unchanged) or `If-Match` (on its conditional writes) */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["User"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A conflict with the current state or with another row, or (POST) a request with the same `Idempotency-Key` still running: retry after `Retry-After` seconds for its answer */
            409: {
                headers: {
                    /** @description Present when a request with the same `Idempotency-Key` is still running: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description `If-Match` names no current version of the item (`precondition_failed`): it changed since it was read; nothing was written */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not valid, or names rows that do not exist, or (POST) the `Idempotency-Key` was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` is required (`precondition_required`, REQUIRE_IF_MATCH is on): send the item's `ETag` */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API is read-only for maintenance (`read_only`): writes are paused; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying the write */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listUserIdentities: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                sort?: "created_at" | "issuer" | "-created_at" | "-issuer";
                count?: "true" | "false";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The items, with the list's meta (its cursor when paged) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["UserIdentity"][];
                        meta: components["schemas"]["ListMeta"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createUserIdentity: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries of this POST safe: the first answer (below 500) for this caller and key is stored for 24 hours and returned to every retry with `Idempotency-Replayed: true`, without running the request again. The same key with another request answers 422; while the first request runs, 409 with `Retry-After: 1`. 1 to 255 visible ASCII characters, e.g. a UUID. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserIdentity"];
            };
        };
        responses: {
            /** @description The created item */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["UserIdentity"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A conflict with the current state or with another row, or (POST) a request with the same `Idempotency-Key` still running: retry after `Retry-After` seconds for its answer */
            409: {
                headers: {
                    /** @description Present when a request with the same `Idempotency-Key` is still running: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not valid, or names rows that do not exist, or (POST) the `Idempotency-Key` was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API is read-only for maintenance (`read_only`): writes are paused; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying the write */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteUserIdentity: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags of the item (or `*`) the write is based on: when none is its current version, 412 and nothing is written. Required when REQUIRE_IF_MATCH is on (428 without it) */
                "if-match"?: string;
            };
            path: {
                id: string;
                identityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A conflict with the current state or with another row, or (POST) a request with the same `Idempotency-Key` still running: retry after `Retry-After` seconds for its answer */
            409: {
                headers: {
                    /** @description Present when a request with the same `Idempotency-Key` is still running: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description `If-Match` names no current version of the item (`precondition_failed`): it changed since it was read; nothing was written */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` is required (`precondition_required`, REQUIRE_IF_MATCH is on): send the item's `ETag` */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API is read-only for maintenance (`read_only`): writes are paused; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying the write */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listOrganizations: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                sort?: "created_at" | "name" | "slug" | "-created_at" | "-name" | "-slug";
                count?: "true" | "false";
                /** @description Rows whose name or slug contains this text, case-insensitively (on D1 for ASCII letters only): 1 to 200 characters of any Unicode text; % and _ match themselves. Control characters (U+0000–U+001F, U+007F–U+009F) are refused with 400. */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The items, with the list's meta (its cursor when paged) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Organization"][];
                        meta: components["schemas"]["ListMeta"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createOrganization: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries of this POST safe: the first answer (below 500) for this caller and key is stored for 24 hours and returned to every retry with `Idempotency-Replayed: true`, without running the request again. The same key with another request answers 422; while the first request runs, 409 with `Retry-After: 1`. 1 to 255 visible ASCII characters, e.g. a UUID. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrganization"];
            };
        };
        responses: {
            /** @description The created item */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Organization"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A conflict with the current state or with another row, or (POST) a request with the same `Idempotency-Key` still running: retry after `Retry-After` seconds for its answer */
            409: {
                headers: {
                    /** @description Present when a request with the same `Idempotency-Key` is still running: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not valid, or names rows that do not exist, or (POST) the `Idempotency-Key` was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API is read-only for maintenance (`read_only`): writes are paused; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying the write */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOrganization: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags of the item the caller holds (or `*`): when one is current, 304 with no body */
                "if-none-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The item */
            200: {
                headers: {
                    /** @description The item's strong entity tag: its version and a digest of this answer. Send it back in `If-None-Match` (304 when unchanged) or `If-Match` (on its conditional writes) */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Organization"];
                    };
                };
            };
            /** @description Not modified: `If-None-Match` names the current ETag */
            304: {
                headers: {
                    /** @description The item's strong entity tag: its version and a digest of this answer. Send it back in `If-None-Match` (304 when unchanged) or `If-Match` (on its conditional writes) */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteOrganization: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags of the item (or `*`) the write is based on: when none is its current version, 412 and nothing is written. Required when REQUIRE_IF_MATCH is on (428 without it) */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A conflict with the current state or with another row, or (POST) a request with the same `Idempotency-Key` still running: retry after `Retry-After` seconds for its answer */
            409: {
                headers: {
                    /** @description Present when a request with the same `Idempotency-Key` is still running: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description `If-Match` names no current version of the item (`precondition_failed`): it changed since it was read; nothing was written */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` is required (`precondition_required`, REQUIRE_IF_MATCH is on): send the item's `ETag` */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API is read-only for maintenance (`read_only`): writes are paused; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying the write */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateOrganization: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags of the item (or `*`) the write is based on: when none is its current version, 412 and nothing is written. Required when REQUIRE_IF_MATCH is on (428 without it) */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOrganization"];
            };
        };
        responses: {
            /** @description The updated item */
            200: {
                headers: {
                    /** @description The item's strong entity tag: its version and a digest of this answer. Send it back in `If-None-Match` (304 when unchanged) or `If-Match` (on its conditional writes) */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Organization"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A conflict with the current state or with another row, or (POST) a request with the same `Idempotency-Key` still running: retry after `Retry-After` seconds for its answer */
            409: {
                headers: {
                    /** @description Present when a request with the same `Idempotency-Key` is still running: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description `If-Match` names no current version of the item (`precondition_failed`): it changed since it was read; nothing was written */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not valid, or names rows that do not exist, or (POST) the `Idempotency-Key` was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` is required (`precondition_required`, REQUIRE_IF_MATCH is on): send the item's `ETag` */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API is read-only for maintenance (`read_only`): writes are paused; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying the write */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listApiKeys: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                sort?: "created_at" | "name" | "-created_at" | "-name";
                count?: "true" | "false";
                subject_type?: ("user" | "organization" | "workspace")[];
                subject_id?: string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The items, with the list's meta (its cursor when paged) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ApiKey"][];
                        meta: components["schemas"]["ListMeta"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKey"];
            };
        };
        responses: {
            /** @description The created item */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CreatedApiKey"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A conflict with the current state or with another row, or (POST) a request with the same `Idempotency-Key` still running: retry after `Retry-After` seconds for its answer */
            409: {
                headers: {
                    /** @description Present when a request with the same `Idempotency-Key` is still running: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not valid, or names rows that do not exist, or (POST) the `Idempotency-Key` was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API is read-only for maintenance (`read_only`): writes are paused; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying the write */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags of the item the caller holds (or `*`): when one is current, 304 with no body */
                "if-none-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The item */
            200: {
                headers: {
                    /** @description The item's strong entity tag: its version and a digest of this answer. Send it back in `If-None-Match` (304 when unchanged) or `If-Match` (on its conditional writes) */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ApiKey"];
                    };
                };
            };
            /** @description Not modified: `If-None-Match` names the current ETag */
            304: {
                headers: {
                    /** @description The item's strong entity tag: its version and a digest of this answer. Send it back in `If-None-Match` (304 when unchanged) or `If-Match` (on its conditional writes) */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags of the item (or `*`) the write is based on: when none is its current version, 412 and nothing is written. Required when REQUIRE_IF_MATCH is on (428 without it) */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A conflict with the current state or with another row, or (POST) a request with the same `Idempotency-Key` still running: retry after `Retry-After` seconds for its answer */
            409: {
                headers: {
                    /** @description Present when a request with the same `Idempotency-Key` is still running: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description `If-Match` names no current version of the item (`precondition_failed`): it changed since it was read; nothing was written */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` is required (`precondition_required`, REQUIRE_IF_MATCH is on): send the item's `ETag` */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API is read-only for maintenance (`read_only`): writes are paused; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying the write */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listPermissionActions: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                sort?: "slug" | "created_at" | "-slug" | "-created_at";
                count?: "true" | "false";
                /** @description Rows whose category contains this text, case-insensitively (on D1 for ASCII letters only): 1 to 200 characters of any Unicode text; % and _ match themselves. Control characters (U+0000–U+001F, U+007F–U+009F) are refused with 400. */
                category?: string;
                /** @description Rows whose slug or name contains this text, case-insensitively (on D1 for ASCII letters only): 1 to 200 characters of any Unicode text; % and _ match themselves. Control characters (U+0000–U+001F, U+007F–U+009F) are refused with 400. */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The items, with the list's meta (its cursor when paged) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["PermissionAction"][];
                        meta: components["schemas"]["ListMeta"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createPermissionAction: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries of this POST safe: the first answer (below 500) for this caller and key is stored for 24 hours and returned to every retry with `Idempotency-Replayed: true`, without running the request again. The same key with another request answers 422; while the first request runs, 409 with `Retry-After: 1`. 1 to 255 visible ASCII characters, e.g. a UUID. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePermissionAction"];
            };
        };
        responses: {
            /** @description The created item */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["PermissionAction"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A conflict with the current state or with another row, or (POST) a request with the same `Idempotency-Key` still running: retry after `Retry-After` seconds for its answer */
            409: {
                headers: {
                    /** @description Present when a request with the same `Idempotency-Key` is still running: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not valid, or names rows that do not exist, or (POST) the `Idempotency-Key` was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API is read-only for maintenance (`read_only`): writes are paused; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying the write */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPermissionAction: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags of the item the caller holds (or `*`): when one is current, 304 with no body */
                "if-none-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The item */
            200: {
                headers: {
                    /** @description The item's strong entity tag: its version and a digest of this answer. Send it back in `If-None-Match` (304 when unchanged) or `If-Match` (on its conditional writes) */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["PermissionAction"];
                    };
                };
            };
            /** @description Not modified: `If-None-Match` names the current ETag */
            304: {
                headers: {
                    /** @description The item's strong entity tag: its version and a digest of this answer. Send it back in `If-None-Match` (304 when unchanged) or `If-Match` (on its conditional writes) */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deletePermissionAction: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags of the item (or `*`) the write is based on: when none is its current version, 412 and nothing is written. Required when REQUIRE_IF_MATCH is on (428 without it) */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A conflict with the current state or with another row, or (POST) a request with the same `Idempotency-Key` still running: retry after `Retry-After` seconds for its answer */
            409: {
                headers: {
                    /** @description Present when a request with the same `Idempotency-Key` is still running: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description `If-Match` names no current version of the item (`precondition_failed`): it changed since it was read; nothing was written */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` is required (`precondition_required`, REQUIRE_IF_MATCH is on): send the item's `ETag` */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API is read-only for maintenance (`read_only`): writes are paused; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying the write */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updatePermissionAction: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags of the item (or `*`) the write is based on: when none is its current version, 412 and nothing is written. Required when REQUIRE_IF_MATCH is on (428 without it) */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePermissionAction"];
            };
        };
        responses: {
            /** @description The updated item */
            200: {
                headers: {
                    /** @description The item's strong entity tag: its version and a digest of this answer. Send it back in `If-None-Match` (304 when unchanged) or `If-Match` (on its conditional writes) */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["PermissionAction"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A conflict with the current state or with another row, or (POST) a request with the same `Idempotency-Key` still running: retry after `Retry-After` seconds for its answer */
            409: {
                headers: {
                    /** @description Present when a request with the same `Idempotency-Key` is still running: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description `If-Match` names no current version of the item (`precondition_failed`): it changed since it was read; nothing was written */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not valid, or names rows that do not exist, or (POST) the `Idempotency-Key` was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` is required (`precondition_required`, REQUIRE_IF_MATCH is on): send the item's `ETag` */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API is read-only for maintenance (`read_only`): writes are paused; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying the write */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listPermissions: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                sort?: "created_at" | "-created_at";
                count?: "true" | "false";
                subject_type?: ("user" | "team" | "organization" | "static")[];
                object_type?: ("workspace" | "resource" | "organization" | "collection")[];
                object_id?: string[];
                value?: ("allow" | "deny" | "unset")[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The items, with the list's meta (its cursor when paged) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Permission"][];
                        meta: components["schemas"]["ListMeta"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    writePermission: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries of this POST safe: the first answer (below 500) for this caller and key is stored for 24 hours and returned to every retry with `Idempotency-Replayed: true`, without running the request again. The same key with another request answers 422; while the first request runs, 409 with `Retry-After: 1`. 1 to 255 visible ASCII characters, e.g. a UUID. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WritePermission"];
            };
        };
        responses: {
            /** @description The existing item */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Permission"];
                    };
                };
            };
            /** @description The created item */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Permission"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A conflict with the current state or with another row, or (POST) a request with the same `Idempotency-Key` still running: retry after `Retry-After` seconds for its answer */
            409: {
                headers: {
                    /** @description Present when a request with the same `Idempotency-Key` is still running: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not valid, or names rows that do not exist, or (POST) the `Idempotency-Key` was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API is read-only for maintenance (`read_only`): writes are paused; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying the write */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPermission: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags of the item the caller holds (or `*`): when one is current, 304 with no body */
                "if-none-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The item */
            200: {
                headers: {
                    /** @description The item's strong entity tag: its version and a digest of this answer. Send it back in `If-None-Match` (304 when unchanged) or `If-Match` (on its conditional writes) */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Permission"];
                    };
                };
            };
            /** @description Not modified: `If-None-Match` names the current ETag */
            304: {
                headers: {
                    /** @description The item's strong entity tag: its version and a digest of this answer. Send it back in `If-None-Match` (304 when unchanged) or `If-Match` (on its conditional writes) */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deletePermission: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags of the item (or `*`) the write is based on: when none is its current version, 412 and nothing is written. Required when REQUIRE_IF_MATCH is on (428 without it) */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A conflict with the current state or with another row, or (POST) a request with the same `Idempotency-Key` still running: retry after `Retry-After` seconds for its answer */
            409: {
                headers: {
                    /** @description Present when a request with the same `Idempotency-Key` is still running: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description `If-Match` names no current version of the item (`precondition_failed`): it changed since it was read; nothing was written */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` is required (`precondition_required`, REQUIRE_IF_MATCH is on): send the item's `ETag` */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API is read-only for maintenance (`read_only`): writes are paused; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying the write */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updatePermission: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags of the item (or `*`) the write is based on: when none is its current version, 412 and nothing is written. Required when REQUIRE_IF_MATCH is on (428 without it) */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePermission"];
            };
        };
        responses: {
            /** @description The updated item */
            200: {
                headers: {
                    /** @description The item's strong entity tag: its version and a digest of this answer. Send it back in `If-None-Match` (304 when unchanged) or `If-Match` (on its conditional writes) */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Permission"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A conflict with the current state or with another row, or (POST) a request with the same `Idempotency-Key` still running: retry after `Retry-After` seconds for its answer */
            409: {
                headers: {
                    /** @description Present when a request with the same `Idempotency-Key` is still running: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description `If-Match` names no current version of the item (`precondition_failed`): it changed since it was read; nothing was written */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not valid, or names rows that do not exist, or (POST) the `Idempotency-Key` was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` is required (`precondition_required`, REQUIRE_IF_MATCH is on): send the item's `ETag` */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API is read-only for maintenance (`read_only`): writes are paused; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying the write */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listCollections: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                sort?: "created_at" | "name" | "-created_at" | "-name";
                count?: "true" | "false";
                type?: ("static" | "manual")[];
                kind?: ("resources" | "following" | "reposts" | "likes" | "bookmarks" | "subscriptions" | "comments")[];
                status?: ("LISTED" | "UNLISTED")[];
                owner_type?: ("user" | "workspace")[];
                owner_id?: string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The items, with the list's meta (its cursor when paged) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Collection"][];
                        meta: components["schemas"]["ListMeta"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createCollection: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries of this POST safe: the first answer (below 500) for this caller and key is stored for 24 hours and returned to every retry with `Idempotency-Replayed: true`, without running the request again. The same key with another request answers 422; while the first request runs, 409 with `Retry-After: 1`. 1 to 255 visible ASCII characters, e.g. a UUID. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCollection"];
            };
        };
        responses: {
            /** @description The created item */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Collection"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A conflict with the current state or with another row, or (POST) a request with the same `Idempotency-Key` still running: retry after `Retry-After` seconds for its answer */
            409: {
                headers: {
                    /** @description Present when a request with the same `Idempotency-Key` is still running: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not valid, or names rows that do not exist, or (POST) the `Idempotency-Key` was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API is read-only for maintenance (`read_only`): writes are paused; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying the write */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCollection: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags of the item the caller holds (or `*`): when one is current, 304 with no body */
                "if-none-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The item */
            200: {
                headers: {
                    /** @description The item's strong entity tag: its version and a digest of this answer. Send it back in `If-None-Match` (304 when unchanged) or `If-Match` (on its conditional writes) */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Collection"];
                    };
                };
            };
            /** @description Not modified: `If-None-Match` names the current ETag */
            304: {
                headers: {
                    /** @description The item's strong entity tag: its version and a digest of this answer. Send it back in `If-None-Match` (304 when unchanged) or `If-Match` (on its conditional writes) */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteCollection: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags of the item (or `*`) the write is based on: when none is its current version, 412 and nothing is written. Required when REQUIRE_IF_MATCH is on (428 without it) */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A conflict with the current state or with another row, or (POST) a request with the same `Idempotency-Key` still running: retry after `Retry-After` seconds for its answer */
            409: {
                headers: {
                    /** @description Present when a request with the same `Idempotency-Key` is still running: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description `If-Match` names no current version of the item (`precondition_failed`): it changed since it was read; nothing was written */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` is required (`precondition_required`, REQUIRE_IF_MATCH is on): send the item's `ETag` */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API is read-only for maintenance (`read_only`): writes are paused; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying the write */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateCollection: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags of the item (or `*`) the write is based on: when none is its current version, 412 and nothing is written. Required when REQUIRE_IF_MATCH is on (428 without it) */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCollection"];
            };
        };
        responses: {
            /** @description The updated item */
            200: {
                headers: {
                    /** @description The item's strong entity tag: its version and a digest of this answer. Send it back in `If-None-Match` (304 when unchanged) or `If-Match` (on its conditional writes) */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Collection"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A conflict with the current state or with another row, or (POST) a request with the same `Idempotency-Key` still running: retry after `Retry-After` seconds for its answer */
            409: {
                headers: {
                    /** @description Present when a request with the same `Idempotency-Key` is still running: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description `If-Match` names no current version of the item (`precondition_failed`): it changed since it was read; nothing was written */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not valid, or names rows that do not exist, or (POST) the `Idempotency-Key` was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` is required (`precondition_required`, REQUIRE_IF_MATCH is on): send the item's `ETag` */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API is read-only for maintenance (`read_only`): writes are paused; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying the write */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listUserCollections: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                sort?: "created_at" | "name" | "-created_at" | "-name";
                count?: "true" | "false";
                type?: ("static" | "manual")[];
                kind?: ("resources" | "following" | "reposts" | "likes" | "bookmarks" | "subscriptions" | "comments")[];
                status?: ("LISTED" | "UNLISTED")[];
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The items, with the list's meta (its cursor when paged) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Collection"][];
                        meta: components["schemas"]["ListMeta"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listWorkspaceCollections: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                sort?: "created_at" | "name" | "-created_at" | "-name";
                count?: "true" | "false";
                type?: ("static" | "manual")[];
                kind?: ("resources" | "following" | "reposts" | "likes" | "bookmarks" | "subscriptions" | "comments")[];
                status?: ("LISTED" | "UNLISTED")[];
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The items, with the list's meta (its cursor when paged) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Collection"][];
                        meta: components["schemas"]["ListMeta"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listCollectionItems: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The items, with the list's meta (its cursor when paged) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CollectionItem"][];
                        meta: components["schemas"]["ListMeta"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    addCollectionItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries of this POST safe: the first answer (below 500) for this caller and key is stored for 24 hours and returned to every retry with `Idempotency-Replayed: true`, without running the request again. The same key with another request answers 422; while the first request runs, 409 with `Retry-After: 1`. 1 to 255 visible ASCII characters, e.g. a UUID. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddCollectionItem"];
            };
        };
        responses: {
            /** @description The created item */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CollectionItem"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A conflict with the current state or with another row, or (POST) a request with the same `Idempotency-Key` still running: retry after `Retry-After` seconds for its answer */
            409: {
                headers: {
                    /** @description Present when a request with the same `Idempotency-Key` is still running: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not valid, or names rows that do not exist, or (POST) the `Idempotency-Key` was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API is read-only for maintenance (`read_only`): writes are paused; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying the write */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    reorderCollectionItems: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReorderCollectionItems"];
            };
        };
        responses: {
            /** @description Reordered */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A conflict with the current state or with another row, or (POST) a request with the same `Idempotency-Key` still running: retry after `Retry-After` seconds for its answer */
            409: {
                headers: {
                    /** @description Present when a request with the same `Idempotency-Key` is still running: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not valid, or names rows that do not exist, or (POST) the `Idempotency-Key` was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API is read-only for maintenance (`read_only`): writes are paused; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying the write */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    removeCollectionItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags of the item (or `*`) the write is based on: when none is its current version, 412 and nothing is written. Required when REQUIRE_IF_MATCH is on (428 without it) */
                "if-match"?: string;
            };
            path: {
                id: string;
                itemId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A conflict with the current state or with another row, or (POST) a request with the same `Idempotency-Key` still running: retry after `Retry-After` seconds for its answer */
            409: {
                headers: {
                    /** @description Present when a request with the same `Idempotency-Key` is still running: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description `If-Match` names no current version of the item (`precondition_failed`): it changed since it was read; nothing was written */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` is required (`precondition_required`, REQUIRE_IF_MATCH is on): send the item's `ETag` */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API is read-only for maintenance (`read_only`): writes are paused; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying the write */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listCollectionFilters: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                sort?: "created_at" | "-created_at";
                count?: "true" | "false";
                mode?: ("shown" | "hidden")[];
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The items, with the list's meta (its cursor when paged) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CollectionItemFilter"][];
                        meta: components["schemas"]["ListMeta"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createCollectionFilter: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries of this POST safe: the first answer (below 500) for this caller and key is stored for 24 hours and returned to every retry with `Idempotency-Replayed: true`, without running the request again. The same key with another request answers 422; while the first request runs, 409 with `Retry-After: 1`. 1 to 255 visible ASCII characters, e.g. a UUID. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCollectionItemFilter"];
            };
        };
        responses: {
            /** @description The created item */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CollectionItemFilter"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A conflict with the current state or with another row, or (POST) a request with the same `Idempotency-Key` still running: retry after `Retry-After` seconds for its answer */
            409: {
                headers: {
                    /** @description Present when a request with the same `Idempotency-Key` is still running: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not valid, or names rows that do not exist, or (POST) the `Idempotency-Key` was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API is read-only for maintenance (`read_only`): writes are paused; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying the write */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteCollectionFilter: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags of the item (or `*`) the write is based on: when none is its current version, 412 and nothing is written. Required when REQUIRE_IF_MATCH is on (428 without it) */
                "if-match"?: string;
            };
            path: {
                id: string;
                filterId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A conflict with the current state or with another row, or (POST) a request with the same `Idempotency-Key` still running: retry after `Retry-After` seconds for its answer */
            409: {
                headers: {
                    /** @description Present when a request with the same `Idempotency-Key` is still running: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description `If-Match` names no current version of the item (`precondition_failed`): it changed since it was read; nothing was written */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` is required (`precondition_required`, REQUIRE_IF_MATCH is on): send the item's `ETag` */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API is read-only for maintenance (`read_only`): writes are paused; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying the write */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listResources: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                sort?: "created_at" | "title" | "-created_at" | "-title" | "relevance";
                count?: "true" | "false";
                include?: ("post" | "authors" | "links" | "counts")[];
                type?: ("post" | "song" | "album" | "status")[];
                status?: ("LISTED" | "UNLISTED")[];
                created_at_from?: string;
                created_at_to?: string;
                /** @description Full-text search in title and excerpt: rows holding every word of the text, the last one also as the start of a word (`ha` finds "harbor"). Case, accents and compatibility forms are ignored (`Cafe` finds "Café", `strasse` "Straße"); words are runs of letters and digits, so punctuation, symbols and emoji separate words and are not searched (a text without a word matches nothing); each Han, Hiragana, Katakana or Hangul character is a word of its own; words are compared on their first 32 characters. 1 to 200 characters, at most 16 different words; control characters (U+0000–U+001F, U+007F–U+009F) are refused with 400. With `sort=relevance`, rows score the sum over the words of their occurrences (the last word: of words starting with it), title counting 3 and other text 1; highest first, then newest first. */
                q?: string;
                owner_type?: ("user" | "organization" | "workspace")[];
                owner_id?: string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The items, with the list's meta (its cursor when paged) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Resource"][];
                        meta: components["schemas"]["ListMeta"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createResource: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries of this POST safe: the first answer (below 500) for this caller and key is stored for 24 hours and returned to every retry with `Idempotency-Replayed: true`, without running the request again. The same key with another request answers 422; while the first request runs, 409 with `Retry-After: 1`. 1 to 255 visible ASCII characters, e.g. a UUID. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateResource"];
            };
        };
        responses: {
            /** @description The created item */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Resource"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A conflict with the current state or with another row, or (POST) a request with the same `Idempotency-Key` still running: retry after `Retry-After` seconds for its answer */
            409: {
                headers: {
                    /** @description Present when a request with the same `Idempotency-Key` is still running: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not valid, or names rows that do not exist, or (POST) the `Idempotency-Key` was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API is read-only for maintenance (`read_only`): writes are paused; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying the write */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getResource: {
        parameters: {
            query?: {
                include?: ("post" | "authors" | "links" | "counts")[];
            };
            header?: {
                /** @description ETags of the item the caller holds (or `*`): when one is current, 304 with no body */
                "if-none-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The item */
            200: {
                headers: {
                    /** @description The item's strong entity tag: its version and a digest of this answer. Send it back in `If-None-Match` (304 when unchanged) or `If-Match` (on its conditional writes) */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Resource"];
                    };
                };
            };
            /** @description Not modified: `If-None-Match` names the current ETag */
            304: {
                headers: {
                    /** @description The item's strong entity tag: its version and a digest of this answer. Send it back in `If-None-Match` (304 when unchanged) or `If-Match` (on its conditional writes) */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteResource: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags of the item (or `*`) the write is based on: when none is its current version, 412 and nothing is written. Required when REQUIRE_IF_MATCH is on (428 without it) */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A conflict with the current state or with another row, or (POST) a request with the same `Idempotency-Key` still running: retry after `Retry-After` seconds for its answer */
            409: {
                headers: {
                    /** @description Present when a request with the same `Idempotency-Key` is still running: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description `If-Match` names no current version of the item (`precondition_failed`): it changed since it was read; nothing was written */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` is required (`precondition_required`, REQUIRE_IF_MATCH is on): send the item's `ETag` */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API is read-only for maintenance (`read_only`): writes are paused; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying the write */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateResource: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags of the item (or `*`) the write is based on: when none is its current version, 412 and nothing is written. Required when REQUIRE_IF_MATCH is on (428 without it) */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateResource"];
            };
        };
        responses: {
            /** @description The updated item */
            200: {
                headers: {
                    /** @description The item's strong entity tag: its version and a digest of this answer. Send it back in `If-None-Match` (304 when unchanged) or `If-Match` (on its conditional writes) */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Resource"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A conflict with the current state or with another row, or (POST) a request with the same `Idempotency-Key` still running: retry after `Retry-After` seconds for its answer */
            409: {
                headers: {
                    /** @description Present when a request with the same `Idempotency-Key` is still running: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description `If-Match` names no current version of the item (`precondition_failed`): it changed since it was read; nothing was written */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not valid, or names rows that do not exist, or (POST) the `Idempotency-Key` was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` is required (`precondition_required`, REQUIRE_IF_MATCH is on): send the item's `ETag` */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API is read-only for maintenance (`read_only`): writes are paused; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying the write */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getResourcePost: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags of the item the caller holds (or `*`): when one is current, 304 with no body */
                "if-none-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The item */
            200: {
                headers: {
                    /** @description The item's strong entity tag: its version and a digest of this answer. Send it back in `If-None-Match` (304 when unchanged) or `If-Match` (on its conditional writes) */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Post"];
                    };
                };
            };
            /** @description Not modified: `If-None-Match` names the current ETag */
            304: {
                headers: {
                    /** @description The item's strong entity tag: its version and a digest of this answer. Send it back in `If-None-Match` (304 when unchanged) or `If-Match` (on its conditional writes) */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putResourcePost: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags of the item (or `*`) the write is based on: when none is its current version, 412 and nothing is written. Required when REQUIRE_IF_MATCH is on (428 without it) */
                "if-match"?: string;
                /** @description `*`: only create: when the item exists, 412 and nothing is written. Meets REQUIRE_IF_MATCH for a create. No other value is accepted (400) */
                "if-none-match"?: "*";
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WritePost"];
            };
        };
        responses: {
            /** @description The replaced item */
            200: {
                headers: {
                    /** @description The item's strong entity tag: its version and a digest of this answer. Send it back in `If-None-Match` (304 when unchanged) or `If-Match` (on its conditional writes) */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Post"];
                    };
                };
            };
            /** @description The created item */
            201: {
                headers: {
                    /** @description The item's strong entity tag: its version and a digest of this answer. Send it back in `If-None-Match` (304 when unchanged) or `If-Match` (on its conditional writes) */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Post"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A conflict with the current state or with another row, or (POST) a request with the same `Idempotency-Key` still running: retry after `Retry-After` seconds for its answer */
            409: {
                headers: {
                    /** @description Present when a request with the same `Idempotency-Key` is still running: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description `If-Match` names no current version of the item (`precondition_failed`): it changed since it was read; nothing was written */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not valid, or names rows that do not exist, or (POST) the `Idempotency-Key` was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` is required (`precondition_required`, REQUIRE_IF_MATCH is on): send the item's `ETag` */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API is read-only for maintenance (`read_only`): writes are paused; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying the write */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteResourcePost: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags of the item (or `*`) the write is based on: when none is its current version, 412 and nothing is written. Required when REQUIRE_IF_MATCH is on (428 without it) */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A conflict with the current state or with another row, or (POST) a request with the same `Idempotency-Key` still running: retry after `Retry-After` seconds for its answer */
            409: {
                headers: {
                    /** @description Present when a request with the same `Idempotency-Key` is still running: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description `If-Match` names no current version of the item (`precondition_failed`): it changed since it was read; nothing was written */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` is required (`precondition_required`, REQUIRE_IF_MATCH is on): send the item's `ETag` */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API is read-only for maintenance (`read_only`): writes are paused; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying the write */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listResourceAuthors: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                sort?: "created_at" | "-created_at";
                count?: "true" | "false";
                type?: ("user" | "workspace")[];
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The items, with the list's meta (its cursor when paged) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ResourceAuthor"][];
                        meta: components["schemas"]["ListMeta"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    addResourceAuthor: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries of this POST safe: the first answer (below 500) for this caller and key is stored for 24 hours and returned to every retry with `Idempotency-Replayed: true`, without running the request again. The same key with another request answers 422; while the first request runs, 409 with `Retry-After: 1`. 1 to 255 visible ASCII characters, e.g. a UUID. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddAuthor"];
            };
        };
        responses: {
            /** @description The created item */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ResourceAuthor"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A conflict with the current state or with another row, or (POST) a request with the same `Idempotency-Key` still running: retry after `Retry-After` seconds for its answer */
            409: {
                headers: {
                    /** @description Present when a request with the same `Idempotency-Key` is still running: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not valid, or names rows that do not exist, or (POST) the `Idempotency-Key` was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API is read-only for maintenance (`read_only`): writes are paused; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying the write */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    removeResourceAuthor: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags of the item (or `*`) the write is based on: when none is its current version, 412 and nothing is written. Required when REQUIRE_IF_MATCH is on (428 without it) */
                "if-match"?: string;
            };
            path: {
                id: string;
                authorId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A conflict with the current state or with another row, or (POST) a request with the same `Idempotency-Key` still running: retry after `Retry-After` seconds for its answer */
            409: {
                headers: {
                    /** @description Present when a request with the same `Idempotency-Key` is still running: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description `If-Match` names no current version of the item (`precondition_failed`): it changed since it was read; nothing was written */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` is required (`precondition_required`, REQUIRE_IF_MATCH is on): send the item's `ETag` */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API is read-only for maintenance (`read_only`): writes are paused; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying the write */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listMyResources: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                sort?: "created_at" | "title" | "-created_at" | "-title" | "relevance";
                count?: "true" | "false";
                include?: ("post" | "authors" | "links" | "counts")[];
                type?: ("post" | "song" | "album" | "status")[];
                status?: ("LISTED" | "UNLISTED")[];
                created_at_from?: string;
                created_at_to?: string;
                /** @description Full-text search in title and excerpt: rows holding every word of the text, the last one also as the start of a word (`ha` finds "harbor"). Case, accents and compatibility forms are ignored (`Cafe` finds "Café", `strasse` "Straße"); words are runs of letters and digits, so punctuation, symbols and emoji separate words and are not searched (a text without a word matches nothing); each Han, Hiragana, Katakana or Hangul character is a word of its own; words are compared on their first 32 characters. 1 to 200 characters, at most 16 different words; control characters (U+0000–U+001F, U+007F–U+009F) are refused with 400. With `sort=relevance`, rows score the sum over the words of their occurrences (the last word: of words starting with it), title counting 3 and other text 1; highest first, then newest first. */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The items, with the list's meta (its cursor when paged) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Resource"][];
                        meta: components["schemas"]["ListMeta"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listWorkspaceResources: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                sort?: "created_at" | "title" | "-created_at" | "-title" | "relevance";
                count?: "true" | "false";
                include?: ("post" | "authors" | "links" | "counts")[];
                type?: ("post" | "song" | "album" | "status")[];
                status?: ("LISTED" | "UNLISTED")[];
                created_at_from?: string;
                created_at_to?: string;
                /** @description Full-text search in title and excerpt: rows holding every word of the text, the last one also as the start of a word (`ha` finds "harbor"). Case, accents and compatibility forms are ignored (`Cafe` finds "Café", `strasse` "Straße"); words are runs of letters and digits, so punctuation, symbols and emoji separate words and are not searched (a text without a word matches nothing); each Han, Hiragana, Katakana or Hangul character is a word of its own; words are compared on their first 32 characters. 1 to 200 characters, at most 16 different words; control characters (U+0000–U+001F, U+007F–U+009F) are refused with 400. With `sort=relevance`, rows score the sum over the words of their occurrences (the last word: of words starting with it), title counting 3 and other text 1; highest first, then newest first. */
                q?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The items, with the list's meta (its cursor when paged) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Resource"][];
                        meta: components["schemas"]["ListMeta"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listWorkspaces: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                sort?: "created_at" | "name" | "slug" | "-created_at" | "-name" | "-slug" | "relevance";
                count?: "true" | "false";
                owner_type?: ("user" | "organization")[];
                owner_id?: string[];
                visibility?: ("public" | "private")[];
                /** @description Full-text search in name and slug: rows holding every word of the text, the last one also as the start of a word (`ha` finds "harbor"). Case, accents and compatibility forms are ignored (`Cafe` finds "Café", `strasse` "Straße"); words are runs of letters and digits, so punctuation, symbols and emoji separate words and are not searched (a text without a word matches nothing); each Han, Hiragana, Katakana or Hangul character is a word of its own; words are compared on their first 32 characters. 1 to 200 characters, at most 16 different words; control characters (U+0000–U+001F, U+007F–U+009F) are refused with 400. With `sort=relevance`, rows score the sum over the words of their occurrences (the last word: of words starting with it), name counting 3 and other text 1; highest first, then newest first. */
                q?: string;
                created_at_from?: string;
                created_at_to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The items, with the list's meta (its cursor when paged) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Workspace"][];
                        meta: components["schemas"]["ListMeta"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createWorkspace: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries of this POST safe: the first answer (below 500) for this caller and key is stored for 24 hours and returned to every retry with `Idempotency-Replayed: true`, without running the request again. The same key with another request answers 422; while the first request runs, 409 with `Retry-After: 1`. 1 to 255 visible ASCII characters, e.g. a UUID. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWorkspace"];
            };
        };
        responses: {
            /** @description The created item */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Workspace"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A conflict with the current state or with another row, or (POST) a request with the same `Idempotency-Key` still running: retry after `Retry-After` seconds for its answer */
            409: {
                headers: {
                    /** @description Present when a request with the same `Idempotency-Key` is still running: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not valid, or names rows that do not exist, or (POST) the `Idempotency-Key` was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API is read-only for maintenance (`read_only`): writes are paused; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying the write */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWorkspace: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags of the item the caller holds (or `*`): when one is current, 304 with no body */
                "if-none-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The item */
            200: {
                headers: {
                    /** @description The item's strong entity tag: its version and a digest of this answer. Send it back in `If-None-Match` (304 when unchanged) or `If-Match` (on its conditional writes) */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Workspace"];
                    };
                };
            };
            /** @description Not modified: `If-None-Match` names the current ETag */
            304: {
                headers: {
                    /** @description The item's strong entity tag: its version and a digest of this answer. Send it back in `If-None-Match` (304 when unchanged) or `If-Match` (on its conditional writes) */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteWorkspace: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags of the item (or `*`) the write is based on: when none is its current version, 412 and nothing is written. Required when REQUIRE_IF_MATCH is on (428 without it) */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A conflict with the current state or with another row, or (POST) a request with the same `Idempotency-Key` still running: retry after `Retry-After` seconds for its answer */
            409: {
                headers: {
                    /** @description Present when a request with the same `Idempotency-Key` is still running: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description `If-Match` names no current version of the item (`precondition_failed`): it changed since it was read; nothing was written */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` is required (`precondition_required`, REQUIRE_IF_MATCH is on): send the item's `ETag` */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API is read-only for maintenance (`read_only`): writes are paused; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying the write */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateWorkspace: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags of the item (or `*`) the write is based on: when none is its current version, 412 and nothing is written. Required when REQUIRE_IF_MATCH is on (428 without it) */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWorkspace"];
            };
        };
        responses: {
            /** @description The updated item */
            200: {
                headers: {
                    /** @description The item's strong entity tag: its version and a digest of this answer. Send it back in `If-None-Match` (304 when unchanged) or `If-Match` (on its conditional writes) */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Workspace"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A conflict with the current state or with another row, or (POST) a request with the same `Idempotency-Key` still running: retry after `Retry-After` seconds for its answer */
            409: {
                headers: {
                    /** @description Present when a request with the same `Idempotency-Key` is still running: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description `If-Match` names no current version of the item (`precondition_failed`): it changed since it was read; nothing was written */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not valid, or names rows that do not exist, or (POST) the `Idempotency-Key` was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` is required (`precondition_required`, REQUIRE_IF_MATCH is on): send the item's `ETag` */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API is read-only for maintenance (`read_only`): writes are paused; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying the write */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listWorkspaceLinks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The items, with the list's meta (its cursor when paged) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Link"][];
                        meta: components["schemas"]["ListMeta"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createWorkspaceLink: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries of this POST safe: the first answer (below 500) for this caller and key is stored for 24 hours and returned to every retry with `Idempotency-Replayed: true`, without running the request again. The same key with another request answers 422; while the first request runs, 409 with `Retry-After: 1`. 1 to 255 visible ASCII characters, e.g. a UUID. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateLink"];
            };
        };
        responses: {
            /** @description The created item */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Link"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A conflict with the current state or with another row, or (POST) a request with the same `Idempotency-Key` still running: retry after `Retry-After` seconds for its answer */
            409: {
                headers: {
                    /** @description Present when a request with the same `Idempotency-Key` is still running: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not valid, or names rows that do not exist, or (POST) the `Idempotency-Key` was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API is read-only for maintenance (`read_only`): writes are paused; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying the write */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    reorderWorkspaceLinks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkOrder"];
            };
        };
        responses: {
            /** @description The items in their new order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Link"][];
                        meta: components["schemas"]["ListMeta"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A conflict with the current state or with another row, or (POST) a request with the same `Idempotency-Key` still running: retry after `Retry-After` seconds for its answer */
            409: {
                headers: {
                    /** @description Present when a request with the same `Idempotency-Key` is still running: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not valid, or names rows that do not exist, or (POST) the `Idempotency-Key` was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API is read-only for maintenance (`read_only`): writes are paused; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying the write */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listResourceLinks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The items, with the list's meta (its cursor when paged) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Link"][];
                        meta: components["schemas"]["ListMeta"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createResourceLink: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries of this POST safe: the first answer (below 500) for this caller and key is stored for 24 hours and returned to every retry with `Idempotency-Replayed: true`, without running the request again. The same key with another request answers 422; while the first request runs, 409 with `Retry-After: 1`. 1 to 255 visible ASCII characters, e.g. a UUID. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateLink"];
            };
        };
        responses: {
            /** @description The created item */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Link"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A conflict with the current state or with another row, or (POST) a request with the same `Idempotency-Key` still running: retry after `Retry-After` seconds for its answer */
            409: {
                headers: {
                    /** @description Present when a request with the same `Idempotency-Key` is still running: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not valid, or names rows that do not exist, or (POST) the `Idempotency-Key` was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API is read-only for maintenance (`read_only`): writes are paused; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying the write */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    reorderResourceLinks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkOrder"];
            };
        };
        responses: {
            /** @description The items in their new order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Link"][];
                        meta: components["schemas"]["ListMeta"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A conflict with the current state or with another row, or (POST) a request with the same `Idempotency-Key` still running: retry after `Retry-After` seconds for its answer */
            409: {
                headers: {
                    /** @description Present when a request with the same `Idempotency-Key` is still running: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not valid, or names rows that do not exist, or (POST) the `Idempotency-Key` was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API is read-only for maintenance (`read_only`): writes are paused; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying the write */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteLink: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags of the item (or `*`) the write is based on: when none is its current version, 412 and nothing is written. Required when REQUIRE_IF_MATCH is on (428 without it) */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A conflict with the current state or with another row, or (POST) a request with the same `Idempotency-Key` still running: retry after `Retry-After` seconds for its answer */
            409: {
                headers: {
                    /** @description Present when a request with the same `Idempotency-Key` is still running: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description `If-Match` names no current version of the item (`precondition_failed`): it changed since it was read; nothing was written */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` is required (`precondition_required`, REQUIRE_IF_MATCH is on): send the item's `ETag` */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API is read-only for maintenance (`read_only`): writes are paused; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying the write */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateLink: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags of the item (or `*`) the write is based on: when none is its current version, 412 and nothing is written. Required when REQUIRE_IF_MATCH is on (428 without it) */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateLink"];
            };
        };
        responses: {
            /** @description The updated item */
            200: {
                headers: {
                    /** @description The item's strong entity tag: its version and a digest of this answer. Send it back in `If-None-Match` (304 when unchanged) or `If-Match` (on its conditional writes) */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Link"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A conflict with the current state or with another row, or (POST) a request with the same `Idempotency-Key` still running: retry after `Retry-After` seconds for its answer */
            409: {
                headers: {
                    /** @description Present when a request with the same `Idempotency-Key` is still running: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description `If-Match` names no current version of the item (`precondition_failed`): it changed since it was read; nothing was written */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not valid, or names rows that do not exist, or (POST) the `Idempotency-Key` was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` is required (`precondition_required`, REQUIRE_IF_MATCH is on): send the item's `ETag` */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API is read-only for maintenance (`read_only`): writes are paused; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying the write */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createEngagement: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries of this POST safe: the first answer (below 500) for this caller and key is stored for 24 hours and returned to every retry with `Idempotency-Replayed: true`, without running the request again. The same key with another request answers 422; while the first request runs, 409 with `Retry-After: 1`. 1 to 255 visible ASCII characters, e.g. a UUID. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEngagement"];
            };
        };
        responses: {
            /** @description The existing item */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Engagement"];
                    };
                };
            };
            /** @description The created item */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Engagement"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A conflict with the current state or with another row, or (POST) a request with the same `Idempotency-Key` still running: retry after `Retry-After` seconds for its answer */
            409: {
                headers: {
                    /** @description Present when a request with the same `Idempotency-Key` is still running: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not valid, or names rows that do not exist, or (POST) the `Idempotency-Key` was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API is read-only for maintenance (`read_only`): writes are paused; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying the write */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getEngagement: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags of the item the caller holds (or `*`): when one is current, 304 with no body */
                "if-none-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The item */
            200: {
                headers: {
                    /** @description The item's strong entity tag: its version and a digest of this answer. Send it back in `If-None-Match` (304 when unchanged) or `If-Match` (on its conditional writes) */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Engagement"];
                    };
                };
            };
            /** @description Not modified: `If-None-Match` names the current ETag */
            304: {
                headers: {
                    /** @description The item's strong entity tag: its version and a digest of this answer. Send it back in `If-None-Match` (304 when unchanged) or `If-Match` (on its conditional writes) */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteEngagement: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags of the item (or `*`) the write is based on: when none is its current version, 412 and nothing is written. Required when REQUIRE_IF_MATCH is on (428 without it) */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A conflict with the current state or with another row, or (POST) a request with the same `Idempotency-Key` still running: retry after `Retry-After` seconds for its answer */
            409: {
                headers: {
                    /** @description Present when a request with the same `Idempotency-Key` is still running: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description `If-Match` names no current version of the item (`precondition_failed`): it changed since it was read; nothing was written */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` is required (`precondition_required`, REQUIRE_IF_MATCH is on): send the item's `ETag` */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API is read-only for maintenance (`read_only`): writes are paused; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying the write */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateEngagement: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags of the item (or `*`) the write is based on: when none is its current version, 412 and nothing is written. Required when REQUIRE_IF_MATCH is on (428 without it) */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeEngagement"];
            };
        };
        responses: {
            /** @description The updated item */
            200: {
                headers: {
                    /** @description The item's strong entity tag: its version and a digest of this answer. Send it back in `If-None-Match` (304 when unchanged) or `If-Match` (on its conditional writes) */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Engagement"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A conflict with the current state or with another row, or (POST) a request with the same `Idempotency-Key` still running: retry after `Retry-After` seconds for its answer */
            409: {
                headers: {
                    /** @description Present when a request with the same `Idempotency-Key` is still running: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description `If-Match` names no current version of the item (`precondition_failed`): it changed since it was read; nothing was written */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not valid, or names rows that do not exist, or (POST) the `Idempotency-Key` was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` is required (`precondition_required`, REQUIRE_IF_MATCH is on): send the item's `ETag` */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API is read-only for maintenance (`read_only`): writes are paused; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying the write */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listMyEngagements: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                sort?: "created_at" | "-created_at";
                count?: "true" | "false";
                action?: ("like" | "comment" | "repost" | "follow" | "subscribe" | "mention" | "bookmark")[];
                object_type?: ("resource" | "workspace" | "collection" | "user")[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The items, with the list's meta (its cursor when paged) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Engagement"][];
                        meta: components["schemas"]["ListMeta"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    countResourceEngagements: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags of the item the caller holds (or `*`): when one is current, 304 with no body */
                "if-none-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The item */
            200: {
                headers: {
                    /** @description The item's strong entity tag: its version and a digest of this answer. Send it back in `If-None-Match` (304 when unchanged) or `If-Match` (on its conditional writes) */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["EngagementCounts"];
                    };
                };
            };
            /** @description Not modified: `If-None-Match` names the current ETag */
            304: {
                headers: {
                    /** @description The item's strong entity tag: its version and a digest of this answer. Send it back in `If-None-Match` (304 when unchanged) or `If-Match` (on its conditional writes) */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listUserMadeEngagements: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                sort?: "created_at" | "-created_at";
                count?: "true" | "false";
                action?: ("like" | "comment" | "repost" | "follow" | "subscribe" | "mention" | "bookmark")[];
                object_type?: ("resource" | "workspace" | "collection" | "user")[];
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The items, with the list's meta (its cursor when paged) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Engagement"][];
                        meta: components["schemas"]["ListMeta"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listResourceEngagements: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                sort?: "created_at" | "-created_at";
                count?: "true" | "false";
                action?: ("like" | "comment" | "repost" | "follow" | "subscribe" | "mention" | "bookmark")[];
                subject_type?: ("user" | "workspace")[];
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The items, with the list's meta (its cursor when paged) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Engagement"][];
                        meta: components["schemas"]["ListMeta"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listWorkspaceEngagements: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                sort?: "created_at" | "-created_at";
                count?: "true" | "false";
                action?: ("like" | "comment" | "repost" | "follow" | "subscribe" | "mention" | "bookmark")[];
                subject_type?: ("user" | "workspace")[];
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The items, with the list's meta (its cursor when paged) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Engagement"][];
                        meta: components["schemas"]["ListMeta"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listCollectionEngagements: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                sort?: "created_at" | "-created_at";
                count?: "true" | "false";
                action?: ("like" | "comment" | "repost" | "follow" | "subscribe" | "mention" | "bookmark")[];
                subject_type?: ("user" | "workspace")[];
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The items, with the list's meta (its cursor when paged) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Engagement"][];
                        meta: components["schemas"]["ListMeta"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listUserEngagements: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                sort?: "created_at" | "-created_at";
                count?: "true" | "false";
                action?: ("like" | "comment" | "repost" | "follow" | "subscribe" | "mention" | "bookmark")[];
                subject_type?: ("user" | "workspace")[];
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The items, with the list's meta (its cursor when paged) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Engagement"][];
                        meta: components["schemas"]["ListMeta"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listFeatures: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                sort?: "slug" | "created_at" | "base_price_cents" | "-slug" | "-created_at" | "-base_price_cents";
                count?: "true" | "false";
                /** @description Rows whose category contains this text, case-insensitively (on D1 for ASCII letters only): 1 to 200 characters of any Unicode text; % and _ match themselves. Control characters (U+0000–U+001F, U+007F–U+009F) are refused with 400. */
                category?: string;
                /** @description Rows whose slug or name contains this text, case-insensitively (on D1 for ASCII letters only): 1 to 200 characters of any Unicode text; % and _ match themselves. Control characters (U+0000–U+001F, U+007F–U+009F) are refused with 400. */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The items, with the list's meta (its cursor when paged) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Feature"][];
                        meta: components["schemas"]["ListMeta"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createFeature: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries of this POST safe: the first answer (below 500) for this caller and key is stored for 24 hours and returned to every retry with `Idempotency-Replayed: true`, without running the request again. The same key with another request answers 422; while the first request runs, 409 with `Retry-After: 1`. 1 to 255 visible ASCII characters, e.g. a UUID. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateFeature"];
            };
        };
        responses: {
            /** @description The created item */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Feature"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A conflict with the current state or with another row, or (POST) a request with the same `Idempotency-Key` still running: retry after `Retry-After` seconds for its answer */
            409: {
                headers: {
                    /** @description Present when a request with the same `Idempotency-Key` is still running: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not valid, or names rows that do not exist, or (POST) the `Idempotency-Key` was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API is read-only for maintenance (`read_only`): writes are paused; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying the write */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getFeature: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags of the item the caller holds (or `*`): when one is current, 304 with no body */
                "if-none-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The item */
            200: {
                headers: {
                    /** @description The item's strong entity tag: its version and a digest of this answer. Send it back in `If-None-Match` (304 when unchanged) or `If-Match` (on its conditional writes) */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Feature"];
                    };
                };
            };
            /** @description Not modified: `If-None-Match` names the current ETag */
            304: {
                headers: {
                    /** @description The item's strong entity tag: its version and a digest of this answer. Send it back in `If-None-Match` (304 when unchanged) or `If-Match` (on its conditional writes) */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteFeature: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags of the item (or `*`) the write is based on: when none is its current version, 412 and nothing is written. Required when REQUIRE_IF_MATCH is on (428 without it) */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A conflict with the current state or with another row, or (POST) a request with the same `Idempotency-Key` still running: retry after `Retry-After` seconds for its answer */
            409: {
                headers: {
                    /** @description Present when a request with the same `Idempotency-Key` is still running: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description `If-Match` names no current version of the item (`precondition_failed`): it changed since it was read; nothing was written */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` is required (`precondition_required`, REQUIRE_IF_MATCH is on): send the item's `ETag` */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API is read-only for maintenance (`read_only`): writes are paused; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying the write */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateFeature: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags of the item (or `*`) the write is based on: when none is its current version, 412 and nothing is written. Required when REQUIRE_IF_MATCH is on (428 without it) */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateFeature"];
            };
        };
        responses: {
            /** @description The updated item */
            200: {
                headers: {
                    /** @description The item's strong entity tag: its version and a digest of this answer. Send it back in `If-None-Match` (304 when unchanged) or `If-Match` (on its conditional writes) */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Feature"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A conflict with the current state or with another row, or (POST) a request with the same `Idempotency-Key` still running: retry after `Retry-After` seconds for its answer */
            409: {
                headers: {
                    /** @description Present when a request with the same `Idempotency-Key` is still running: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description `If-Match` names no current version of the item (`precondition_failed`): it changed since it was read; nothing was written */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not valid, or names rows that do not exist, or (POST) the `Idempotency-Key` was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` is required (`precondition_required`, REQUIRE_IF_MATCH is on): send the item's `ETag` */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API is read-only for maintenance (`read_only`): writes are paused; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying the write */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getFeaturePrice: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags of the item the caller holds (or `*`): when one is current, 304 with no body */
                "if-none-match"?: string;
            };
            path: {
                id: string;
                cycle: "monthly" | "yearly";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The item */
            200: {
                headers: {
                    /** @description The item's strong entity tag: its version and a digest of this answer. Send it back in `If-None-Match` (304 when unchanged) or `If-Match` (on its conditional writes) */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["FeaturePrice"];
                    };
                };
            };
            /** @description Not modified: `If-None-Match` names the current ETag */
            304: {
                headers: {
                    /** @description The item's strong entity tag: its version and a digest of this answer. Send it back in `If-None-Match` (304 when unchanged) or `If-Match` (on its conditional writes) */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    setFeaturePrice: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags of the item (or `*`) the write is based on: when none is its current version, 412 and nothing is written. Required when REQUIRE_IF_MATCH is on (428 without it) */
                "if-match"?: string;
                /** @description `*`: only create: when the item exists, 412 and nothing is written. Meets REQUIRE_IF_MATCH for a create. No other value is accepted (400) */
                "if-none-match"?: "*";
            };
            path: {
                id: string;
                cycle: "monthly" | "yearly";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetFeaturePrice"];
            };
        };
        responses: {
            /** @description The item as set */
            200: {
                headers: {
                    /** @description The item's strong entity tag: its version and a digest of this answer. Send it back in `If-None-Match` (304 when unchanged) or `If-Match` (on its conditional writes) */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["FeaturePrice"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A conflict with the current state or with another row, or (POST) a request with the same `Idempotency-Key` still running: retry after `Retry-After` seconds for its answer */
            409: {
                headers: {
                    /** @description Present when a request with the same `Idempotency-Key` is still running: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description `If-Match` names no current version of the item (`precondition_failed`): it changed since it was read; nothing was written */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not valid, or names rows that do not exist, or (POST) the `Idempotency-Key` was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` is required (`precondition_required`, REQUIRE_IF_MATCH is on): send the item's `ETag` */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API is read-only for maintenance (`read_only`): writes are paused; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying the write */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteFeaturePrice: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags of the item (or `*`) the write is based on: when none is its current version, 412 and nothing is written. Required when REQUIRE_IF_MATCH is on (428 without it) */
                "if-match"?: string;
            };
            path: {
                id: string;
                cycle: "monthly" | "yearly";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A conflict with the current state or with another row, or (POST) a request with the same `Idempotency-Key` still running: retry after `Retry-After` seconds for its answer */
            409: {
                headers: {
                    /** @description Present when a request with the same `Idempotency-Key` is still running: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description `If-Match` names no current version of the item (`precondition_failed`): it changed since it was read; nothing was written */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` is required (`precondition_required`, REQUIRE_IF_MATCH is on): send the item's `ETag` */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API is read-only for maintenance (`read_only`): writes are paused; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying the write */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listFeaturePresets: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                sort?: "sort_order" | "name" | "created_at" | "-sort_order" | "-name" | "-created_at";
                count?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The items, with the list's meta (its cursor when paged) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["FeaturePreset"][];
                        meta: components["schemas"]["ListMeta"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createFeaturePreset: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries of this POST safe: the first answer (below 500) for this caller and key is stored for 24 hours and returned to every retry with `Idempotency-Replayed: true`, without running the request again. The same key with another request answers 422; while the first request runs, 409 with `Retry-After: 1`. 1 to 255 visible ASCII characters, e.g. a UUID. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateFeaturePreset"];
            };
        };
        responses: {
            /** @description The created item */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["FeaturePreset"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A conflict with the current state or with another row, or (POST) a request with the same `Idempotency-Key` still running: retry after `Retry-After` seconds for its answer */
            409: {
                headers: {
                    /** @description Present when a request with the same `Idempotency-Key` is still running: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not valid, or names rows that do not exist, or (POST) the `Idempotency-Key` was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API is read-only for maintenance (`read_only`): writes are paused; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying the write */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getFeaturePreset: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags of the item the caller holds (or `*`): when one is current, 304 with no body */
                "if-none-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The item */
            200: {
                headers: {
                    /** @description The item's strong entity tag: its version and a digest of this answer. Send it back in `If-None-Match` (304 when unchanged) or `If-Match` (on its conditional writes) */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["FeaturePreset"];
                    };
                };
            };
            /** @description Not modified: `If-None-Match` names the current ETag */
            304: {
                headers: {
                    /** @description The item's strong entity tag: its version and a digest of this answer. Send it back in `If-None-Match` (304 when unchanged) or `If-Match` (on its conditional writes) */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteFeaturePreset: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags of the item (or `*`) the write is based on: when none is its current version, 412 and nothing is written. Required when REQUIRE_IF_MATCH is on (428 without it) */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A conflict with the current state or with another row, or (POST) a request with the same `Idempotency-Key` still running: retry after `Retry-After` seconds for its answer */
            409: {
                headers: {
                    /** @description Present when a request with the same `Idempotency-Key` is still running: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description `If-Match` names no current version of the item (`precondition_failed`): it changed since it was read; nothing was written */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` is required (`precondition_required`, REQUIRE_IF_MATCH is on): send the item's `ETag` */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API is read-only for maintenance (`read_only`): writes are paused; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying the write */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateFeaturePreset: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags of the item (or `*`) the write is based on: when none is its current version, 412 and nothing is written. Required when REQUIRE_IF_MATCH is on (428 without it) */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateFeaturePreset"];
            };
        };
        responses: {
            /** @description The updated item */
            200: {
                headers: {
                    /** @description The item's strong entity tag: its version and a digest of this answer. Send it back in `If-None-Match` (304 when unchanged) or `If-Match` (on its conditional writes) */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["FeaturePreset"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A conflict with the current state or with another row, or (POST) a request with the same `Idempotency-Key` still running: retry after `Retry-After` seconds for its answer */
            409: {
                headers: {
                    /** @description Present when a request with the same `Idempotency-Key` is still running: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description `If-Match` names no current version of the item (`precondition_failed`): it changed since it was read; nothing was written */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not valid, or names rows that do not exist, or (POST) the `Idempotency-Key` was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` is required (`precondition_required`, REQUIRE_IF_MATCH is on): send the item's `ETag` */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API is read-only for maintenance (`read_only`): writes are paused; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying the write */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listUserFeatures: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                sort?: "created_at" | "-created_at";
                count?: "true" | "false";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The items, with the list's meta (its cursor when paged) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["UserFeature"][];
                        meta: components["schemas"]["ListMeta"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    grantUserFeature: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags of the item (or `*`) the write is based on: when none is its current version, 412 and nothing is written. Required when REQUIRE_IF_MATCH is on (428 without it) */
                "if-match"?: string;
                /** @description `*`: only create: when the item exists, 412 and nothing is written. Meets REQUIRE_IF_MATCH for a create. No other value is accepted (400) */
                "if-none-match"?: "*";
            };
            path: {
                id: string;
                featureId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GrantFeature"];
            };
        };
        responses: {
            /** @description The item as set */
            200: {
                headers: {
                    /** @description The item's strong entity tag: its version and a digest of this answer. Send it back in `If-None-Match` (304 when unchanged) or `If-Match` (on its conditional writes) */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["UserFeature"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A conflict with the current state or with another row, or (POST) a request with the same `Idempotency-Key` still running: retry after `Retry-After` seconds for its answer */
            409: {
                headers: {
                    /** @description Present when a request with the same `Idempotency-Key` is still running: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description `If-Match` names no current version of the item (`precondition_failed`): it changed since it was read; nothing was written */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not valid, or names rows that do not exist, or (POST) the `Idempotency-Key` was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` is required (`precondition_required`, REQUIRE_IF_MATCH is on): send the item's `ETag` */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API is read-only for maintenance (`read_only`): writes are paused; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying the write */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    revokeUserFeature: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags of the item (or `*`) the write is based on: when none is its current version, 412 and nothing is written. Required when REQUIRE_IF_MATCH is on (428 without it) */
                "if-match"?: string;
            };
            path: {
                id: string;
                featureId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A conflict with the current state or with another row, or (POST) a request with the same `Idempotency-Key` still running: retry after `Retry-After` seconds for its answer */
            409: {
                headers: {
                    /** @description Present when a request with the same `Idempotency-Key` is still running: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description `If-Match` names no current version of the item (`precondition_failed`): it changed since it was read; nothing was written */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` is required (`precondition_required`, REQUIRE_IF_MATCH is on): send the item's `ETag` */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API is read-only for maintenance (`read_only`): writes are paused; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying the write */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listUserSubscriptions: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                sort?: "created_at" | "-created_at";
                count?: "true" | "false";
                active?: "true" | "false";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The items, with the list's meta (its cursor when paged) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Subscription"][];
                        meta: components["schemas"]["ListMeta"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createUserSubscription: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries of this POST safe: the first answer (below 500) for this caller and key is stored for 24 hours and returned to every retry with `Idempotency-Replayed: true`, without running the request again. The same key with another request answers 422; while the first request runs, 409 with `Retry-After: 1`. 1 to 255 visible ASCII characters, e.g. a UUID. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSubscription"];
            };
        };
        responses: {
            /** @description The created item */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Subscription"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A conflict with the current state or with another row, or (POST) a request with the same `Idempotency-Key` still running: retry after `Retry-After` seconds for its answer */
            409: {
                headers: {
                    /** @description Present when a request with the same `Idempotency-Key` is still running: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not valid, or names rows that do not exist, or (POST) the `Idempotency-Key` was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API is read-only for maintenance (`read_only`): writes are paused; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying the write */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSubscription: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags of the item the caller holds (or `*`): when one is current, 304 with no body */
                "if-none-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The item */
            200: {
                headers: {
                    /** @description The item's strong entity tag: its version and a digest of this answer. Send it back in `If-None-Match` (304 when unchanged) or `If-Match` (on its conditional writes) */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Subscription"];
                    };
                };
            };
            /** @description Not modified: `If-None-Match` names the current ETag */
            304: {
                headers: {
                    /** @description The item's strong entity tag: its version and a digest of this answer. Send it back in `If-None-Match` (304 when unchanged) or `If-Match` (on its conditional writes) */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteSubscription: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags of the item (or `*`) the write is based on: when none is its current version, 412 and nothing is written. Required when REQUIRE_IF_MATCH is on (428 without it) */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A conflict with the current state or with another row, or (POST) a request with the same `Idempotency-Key` still running: retry after `Retry-After` seconds for its answer */
            409: {
                headers: {
                    /** @description Present when a request with the same `Idempotency-Key` is still running: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description `If-Match` names no current version of the item (`precondition_failed`): it changed since it was read; nothing was written */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` is required (`precondition_required`, REQUIRE_IF_MATCH is on): send the item's `ETag` */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API is read-only for maintenance (`read_only`): writes are paused; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying the write */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateSubscription: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags of the item (or `*`) the write is based on: when none is its current version, 412 and nothing is written. Required when REQUIRE_IF_MATCH is on (428 without it) */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSubscription"];
            };
        };
        responses: {
            /** @description The updated item */
            200: {
                headers: {
                    /** @description The item's strong entity tag: its version and a digest of this answer. Send it back in `If-None-Match` (304 when unchanged) or `If-Match` (on its conditional writes) */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Subscription"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A conflict with the current state or with another row, or (POST) a request with the same `Idempotency-Key` still running: retry after `Retry-After` seconds for its answer */
            409: {
                headers: {
                    /** @description Present when a request with the same `Idempotency-Key` is still running: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description `If-Match` names no current version of the item (`precondition_failed`): it changed since it was read; nothing was written */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not valid, or names rows that do not exist, or (POST) the `Idempotency-Key` was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` is required (`precondition_required`, REQUIRE_IF_MATCH is on): send the item's `ETag` */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API is read-only for maintenance (`read_only`): writes are paused; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying the write */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listUserEntitlements: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags of the item the caller holds (or `*`): when one is current, 304 with no body */
                "if-none-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The item */
            200: {
                headers: {
                    /** @description The item's strong entity tag: its version and a digest of this answer. Send it back in `If-None-Match` (304 when unchanged) or `If-Match` (on its conditional writes) */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Entitlement"][];
                    };
                };
            };
            /** @description Not modified: `If-None-Match` names the current ETag */
            304: {
                headers: {
                    /** @description The item's strong entity tag: its version and a digest of this answer. Send it back in `If-None-Match` (304 when unchanged) or `If-Match` (on its conditional writes) */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    quotePrice: {
        parameters: {
            query?: {
                features?: string[];
                preset?: string;
                cycle?: "monthly" | "yearly";
                user_id?: string;
            };
            header?: {
                /** @description ETags of the item the caller holds (or `*`): when one is current, 304 with no body */
                "if-none-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The item */
            200: {
                headers: {
                    /** @description The item's strong entity tag: its version and a digest of this answer. Send it back in `If-None-Match` (304 when unchanged) or `If-Match` (on its conditional writes) */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Quote"];
                    };
                };
            };
            /** @description Not modified: `If-None-Match` names the current ETag */
            304: {
                headers: {
                    /** @description The item's strong entity tag: its version and a digest of this answer. Send it back in `If-None-Match` (304 when unchanged) or `If-Match` (on its conditional writes) */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not valid, or names rows that do not exist, or (POST) the `Idempotency-Key` was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listTeams: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                sort?: "created_at" | "name" | "-created_at" | "-name";
                count?: "true" | "false";
                organization_id?: string[];
                /** @description Rows whose name contains this text, case-insensitively (on D1 for ASCII letters only): 1 to 200 characters of any Unicode text; % and _ match themselves. Control characters (U+0000–U+001F, U+007F–U+009F) are refused with 400. */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The items, with the list's meta (its cursor when paged) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Team"][];
                        meta: components["schemas"]["ListMeta"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createTeam: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries of this POST safe: the first answer (below 500) for this caller and key is stored for 24 hours and returned to every retry with `Idempotency-Replayed: true`, without running the request again. The same key with another request answers 422; while the first request runs, 409 with `Retry-After: 1`. 1 to 255 visible ASCII characters, e.g. a UUID. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTeam"];
            };
        };
        responses: {
            /** @description The created item */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Team"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A conflict with the current state or with another row, or (POST) a request with the same `Idempotency-Key` still running: retry after `Retry-After` seconds for its answer */
            409: {
                headers: {
                    /** @description Present when a request with the same `Idempotency-Key` is still running: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not valid, or names rows that do not exist, or (POST) the `Idempotency-Key` was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API is read-only for maintenance (`read_only`): writes are paused; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying the write */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getTeam: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags of the item the caller holds (or `*`): when one is current, 304 with no body */
                "if-none-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The item */
            200: {
                headers: {
                    /** @description The item's strong entity tag: its version and a digest of this answer. Send it back in `If-None-Match` (304 when unchanged) or `If-Match` (on its conditional writes) */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Team"];
                    };
                };
            };
            /** @description Not modified: `If-None-Match` names the current ETag */
            304: {
                headers: {
                    /** @description The item's strong entity tag: its version and a digest of this answer. Send it back in `If-None-Match` (304 when unchanged) or `If-Match` (on its conditional writes) */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteTeam: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags of the item (or `*`) the write is based on: when none is its current version, 412 and nothing is written. Required when REQUIRE_IF_MATCH is on (428 without it) */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A conflict with the current state or with another row, or (POST) a request with the same `Idempotency-Key` still running: retry after `Retry-After` seconds for its answer */
            409: {
                headers: {
                    /** @description Present when a request with the same `Idempotency-Key` is still running: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description `If-Match` names no current version of the item (`precondition_failed`): it changed since it was read; nothing was written */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` is required (`precondition_required`, REQUIRE_IF_MATCH is on): send the item's `ETag` */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API is read-only for maintenance (`read_only`): writes are paused; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying the write */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateTeam: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags of the item (or `*`) the write is based on: when none is its current version, 412 and nothing is written. Required when REQUIRE_IF_MATCH is on (428 without it) */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTeam"];
            };
        };
        responses: {
            /** @description The updated item */
            200: {
                headers: {
                    /** @description The item's strong entity tag: its version and a digest of this answer. Send it back in `If-None-Match` (304 when unchanged) or `If-Match` (on its conditional writes) */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Team"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A conflict with the current state or with another row, or (POST) a request with the same `Idempotency-Key` still running: retry after `Retry-After` seconds for its answer */
            409: {
                headers: {
                    /** @description Present when a request with the same `Idempotency-Key` is still running: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description `If-Match` names no current version of the item (`precondition_failed`): it changed since it was read; nothing was written */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not valid, or names rows that do not exist, or (POST) the `Idempotency-Key` was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` is required (`precondition_required`, REQUIRE_IF_MATCH is on): send the item's `ETag` */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API is read-only for maintenance (`read_only`): writes are paused; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying the write */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listTeamMembers: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                sort?: "created_at" | "-created_at";
                count?: "true" | "false";
                role?: ("owner" | "admin" | "member")[];
                user_id?: string[];
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The items, with the list's meta (its cursor when paged) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["TeamMember"][];
                        meta: components["schemas"]["ListMeta"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    addTeamMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries of this POST safe: the first answer (below 500) for this caller and key is stored for 24 hours and returned to every retry with `Idempotency-Replayed: true`, without running the request again. The same key with another request answers 422; while the first request runs, 409 with `Retry-After: 1`. 1 to 255 visible ASCII characters, e.g. a UUID. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddTeamMember"];
            };
        };
        responses: {
            /** @description The created item */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["TeamMember"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A conflict with the current state or with another row, or (POST) a request with the same `Idempotency-Key` still running: retry after `Retry-After` seconds for its answer */
            409: {
                headers: {
                    /** @description Present when a request with the same `Idempotency-Key` is still running: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not valid, or names rows that do not exist, or (POST) the `Idempotency-Key` was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API is read-only for maintenance (`read_only`): writes are paused; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying the write */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    removeTeamMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags of the item (or `*`) the write is based on: when none is its current version, 412 and nothing is written. Required when REQUIRE_IF_MATCH is on (428 without it) */
                "if-match"?: string;
            };
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A conflict with the current state or with another row, or (POST) a request with the same `Idempotency-Key` still running: retry after `Retry-After` seconds for its answer */
            409: {
                headers: {
                    /** @description Present when a request with the same `Idempotency-Key` is still running: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description `If-Match` names no current version of the item (`precondition_failed`): it changed since it was read; nothing was written */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` is required (`precondition_required`, REQUIRE_IF_MATCH is on): send the item's `ETag` */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API is read-only for maintenance (`read_only`): writes are paused; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying the write */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateTeamMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags of the item (or `*`) the write is based on: when none is its current version, 412 and nothing is written. Required when REQUIRE_IF_MATCH is on (428 without it) */
                "if-match"?: string;
            };
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTeamMember"];
            };
        };
        responses: {
            /** @description The updated item */
            200: {
                headers: {
                    /** @description The item's strong entity tag: its version and a digest of this answer. Send it back in `If-None-Match` (304 when unchanged) or `If-Match` (on its conditional writes) */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["TeamMember"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A conflict with the current state or with another row, or (POST) a request with the same `Idempotency-Key` still running: retry after `Retry-After` seconds for its answer */
            409: {
                headers: {
                    /** @description Present when a request with the same `Idempotency-Key` is still running: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description `If-Match` names no current version of the item (`precondition_failed`): it changed since it was read; nothing was written */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not valid, or names rows that do not exist, or (POST) the `Idempotency-Key` was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` is required (`precondition_required`, REQUIRE_IF_MATCH is on): send the item's `ETag` */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API is read-only for maintenance (`read_only`): writes are paused; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying the write */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listEvents: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                sort?: "sequence" | "-sequence";
                count?: "true" | "false";
                type?: ("organization.created" | "organization.updated" | "organization.deleted" | "user.created" | "user.updated" | "user.deleted" | "identity.created" | "identity.updated" | "identity.deleted" | "api_key.created" | "api_key.updated" | "api_key.deleted" | "workspace.created" | "workspace.updated" | "workspace.deleted" | "resource.created" | "resource.updated" | "resource.deleted" | "post.created" | "post.updated" | "post.deleted" | "author.created" | "author.updated" | "author.deleted" | "link.created" | "link.updated" | "link.deleted" | "permission.created" | "permission.updated" | "permission.deleted" | "permission_action.created" | "permission_action.updated" | "permission_action.deleted" | "team.created" | "team.updated" | "team.deleted" | "team_member.created" | "team_member.updated" | "team_member.deleted" | "engagement.created" | "engagement.updated" | "engagement.deleted" | "engagement_comment.created" | "engagement_comment.updated" | "engagement_comment.deleted" | "engagement_mention.created" | "engagement_mention.updated" | "engagement_mention.deleted" | "collection.created" | "collection.updated" | "collection.deleted" | "collection_item.created" | "collection_item.updated" | "collection_item.deleted" | "collection_filter.created" | "collection_filter.updated" | "collection_filter.deleted" | "feature.created" | "feature.updated" | "feature.deleted" | "feature_price.created" | "feature_price.updated" | "feature_price.deleted" | "feature_preset.created" | "feature_preset.updated" | "feature_preset.deleted" | "user_feature.created" | "user_feature.updated" | "user_feature.deleted" | "subscription.created" | "subscription.updated" | "subscription.deleted" | "webhook.created" | "webhook.updated" | "webhook.deleted")[];
                object_type?: ("organization" | "user" | "identity" | "api_key" | "workspace" | "resource" | "post" | "author" | "link" | "permission" | "permission_action" | "team" | "team_member" | "engagement" | "engagement_comment" | "engagement_mention" | "collection" | "collection_item" | "collection_filter" | "feature" | "feature_price" | "feature_preset" | "user_feature" | "subscription" | "webhook")[];
                object_id?: string[];
                created_at_from?: string;
                created_at_to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The items, with the list's meta (its cursor when paged) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Event"][];
                        meta: components["schemas"]["ListMeta"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listMyEvents: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                sort?: "sequence" | "-sequence";
                count?: "true" | "false";
                type?: ("organization.created" | "organization.updated" | "organization.deleted" | "user.created" | "user.updated" | "user.deleted" | "identity.created" | "identity.updated" | "identity.deleted" | "api_key.created" | "api_key.updated" | "api_key.deleted" | "workspace.created" | "workspace.updated" | "workspace.deleted" | "resource.created" | "resource.updated" | "resource.deleted" | "post.created" | "post.updated" | "post.deleted" | "author.created" | "author.updated" | "author.deleted" | "link.created" | "link.updated" | "link.deleted" | "permission.created" | "permission.updated" | "permission.deleted" | "permission_action.created" | "permission_action.updated" | "permission_action.deleted" | "team.created" | "team.updated" | "team.deleted" | "team_member.created" | "team_member.updated" | "team_member.deleted" | "engagement.created" | "engagement.updated" | "engagement.deleted" | "engagement_comment.created" | "engagement_comment.updated" | "engagement_comment.deleted" | "engagement_mention.created" | "engagement_mention.updated" | "engagement_mention.deleted" | "collection.created" | "collection.updated" | "collection.deleted" | "collection_item.created" | "collection_item.updated" | "collection_item.deleted" | "collection_filter.created" | "collection_filter.updated" | "collection_filter.deleted" | "feature.created" | "feature.updated" | "feature.deleted" | "feature_price.created" | "feature_price.updated" | "feature_price.deleted" | "feature_preset.created" | "feature_preset.updated" | "feature_preset.deleted" | "user_feature.created" | "user_feature.updated" | "user_feature.deleted" | "subscription.created" | "subscription.updated" | "subscription.deleted" | "webhook.created" | "webhook.updated" | "webhook.deleted")[];
                object_type?: ("organization" | "user" | "identity" | "api_key" | "workspace" | "resource" | "post" | "author" | "link" | "permission" | "permission_action" | "team" | "team_member" | "engagement" | "engagement_comment" | "engagement_mention" | "collection" | "collection_item" | "collection_filter" | "feature" | "feature_price" | "feature_preset" | "user_feature" | "subscription" | "webhook")[];
                object_id?: string[];
                created_at_from?: string;
                created_at_to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The items, with the list's meta (its cursor when paged) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Event"][];
                        meta: components["schemas"]["ListMeta"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listWorkspaceEvents: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                sort?: "sequence" | "-sequence";
                count?: "true" | "false";
                type?: ("organization.created" | "organization.updated" | "organization.deleted" | "user.created" | "user.updated" | "user.deleted" | "identity.created" | "identity.updated" | "identity.deleted" | "api_key.created" | "api_key.updated" | "api_key.deleted" | "workspace.created" | "workspace.updated" | "workspace.deleted" | "resource.created" | "resource.updated" | "resource.deleted" | "post.created" | "post.updated" | "post.deleted" | "author.created" | "author.updated" | "author.deleted" | "link.created" | "link.updated" | "link.deleted" | "permission.created" | "permission.updated" | "permission.deleted" | "permission_action.created" | "permission_action.updated" | "permission_action.deleted" | "team.created" | "team.updated" | "team.deleted" | "team_member.created" | "team_member.updated" | "team_member.deleted" | "engagement.created" | "engagement.updated" | "engagement.deleted" | "engagement_comment.created" | "engagement_comment.updated" | "engagement_comment.deleted" | "engagement_mention.created" | "engagement_mention.updated" | "engagement_mention.deleted" | "collection.created" | "collection.updated" | "collection.deleted" | "collection_item.created" | "collection_item.updated" | "collection_item.deleted" | "collection_filter.created" | "collection_filter.updated" | "collection_filter.deleted" | "feature.created" | "feature.updated" | "feature.deleted" | "feature_price.created" | "feature_price.updated" | "feature_price.deleted" | "feature_preset.created" | "feature_preset.updated" | "feature_preset.deleted" | "user_feature.created" | "user_feature.updated" | "user_feature.deleted" | "subscription.created" | "subscription.updated" | "subscription.deleted" | "webhook.created" | "webhook.updated" | "webhook.deleted")[];
                object_type?: ("organization" | "user" | "identity" | "api_key" | "workspace" | "resource" | "post" | "author" | "link" | "permission" | "permission_action" | "team" | "team_member" | "engagement" | "engagement_comment" | "engagement_mention" | "collection" | "collection_item" | "collection_filter" | "feature" | "feature_price" | "feature_preset" | "user_feature" | "subscription" | "webhook")[];
                object_id?: string[];
                created_at_from?: string;
                created_at_to?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The items, with the list's meta (its cursor when paged) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Event"][];
                        meta: components["schemas"]["ListMeta"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listOrganizationEvents: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                sort?: "sequence" | "-sequence";
                count?: "true" | "false";
                type?: ("organization.created" | "organization.updated" | "organization.deleted" | "user.created" | "user.updated" | "user.deleted" | "identity.created" | "identity.updated" | "identity.deleted" | "api_key.created" | "api_key.updated" | "api_key.deleted" | "workspace.created" | "workspace.updated" | "workspace.deleted" | "resource.created" | "resource.updated" | "resource.deleted" | "post.created" | "post.updated" | "post.deleted" | "author.created" | "author.updated" | "author.deleted" | "link.created" | "link.updated" | "link.deleted" | "permission.created" | "permission.updated" | "permission.deleted" | "permission_action.created" | "permission_action.updated" | "permission_action.deleted" | "team.created" | "team.updated" | "team.deleted" | "team_member.created" | "team_member.updated" | "team_member.deleted" | "engagement.created" | "engagement.updated" | "engagement.deleted" | "engagement_comment.created" | "engagement_comment.updated" | "engagement_comment.deleted" | "engagement_mention.created" | "engagement_mention.updated" | "engagement_mention.deleted" | "collection.created" | "collection.updated" | "collection.deleted" | "collection_item.created" | "collection_item.updated" | "collection_item.deleted" | "collection_filter.created" | "collection_filter.updated" | "collection_filter.deleted" | "feature.created" | "feature.updated" | "feature.deleted" | "feature_price.created" | "feature_price.updated" | "feature_price.deleted" | "feature_preset.created" | "feature_preset.updated" | "feature_preset.deleted" | "user_feature.created" | "user_feature.updated" | "user_feature.deleted" | "subscription.created" | "subscription.updated" | "subscription.deleted" | "webhook.created" | "webhook.updated" | "webhook.deleted")[];
                object_type?: ("organization" | "user" | "identity" | "api_key" | "workspace" | "resource" | "post" | "author" | "link" | "permission" | "permission_action" | "team" | "team_member" | "engagement" | "engagement_comment" | "engagement_mention" | "collection" | "collection_item" | "collection_filter" | "feature" | "feature_price" | "feature_preset" | "user_feature" | "subscription" | "webhook")[];
                object_id?: string[];
                created_at_from?: string;
                created_at_to?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The items, with the list's meta (its cursor when paged) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Event"][];
                        meta: components["schemas"]["ListMeta"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listWebhooks: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                sort?: "created_at" | "-created_at";
                count?: "true" | "false";
                status?: ("enabled" | "disabled")[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The items, with the list's meta (its cursor when paged) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Webhook"][];
                        meta: components["schemas"]["ListMeta"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhook"];
            };
        };
        responses: {
            /** @description The created item */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["WebhookWithSecret"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A conflict with the current state or with another row, or (POST) a request with the same `Idempotency-Key` still running: retry after `Retry-After` seconds for its answer */
            409: {
                headers: {
                    /** @description Present when a request with the same `Idempotency-Key` is still running: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not valid, or names rows that do not exist, or (POST) the `Idempotency-Key` was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API is read-only for maintenance (`read_only`): writes are paused; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying the write */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listWorkspaceWebhooks: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                sort?: "created_at" | "-created_at";
                count?: "true" | "false";
                status?: ("enabled" | "disabled")[];
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The items, with the list's meta (its cursor when paged) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Webhook"][];
                        meta: components["schemas"]["ListMeta"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createWorkspaceWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhook"];
            };
        };
        responses: {
            /** @description The created item */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["WebhookWithSecret"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A conflict with the current state or with another row, or (POST) a request with the same `Idempotency-Key` still running: retry after `Retry-After` seconds for its answer */
            409: {
                headers: {
                    /** @description Present when a request with the same `Idempotency-Key` is still running: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not valid, or names rows that do not exist, or (POST) the `Idempotency-Key` was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API is read-only for maintenance (`read_only`): writes are paused; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying the write */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listOrganizationWebhooks: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                sort?: "created_at" | "-created_at";
                count?: "true" | "false";
                status?: ("enabled" | "disabled")[];
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The items, with the list's meta (its cursor when paged) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Webhook"][];
                        meta: components["schemas"]["ListMeta"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createOrganizationWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhook"];
            };
        };
        responses: {
            /** @description The created item */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["WebhookWithSecret"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A conflict with the current state or with another row, or (POST) a request with the same `Idempotency-Key` still running: retry after `Retry-After` seconds for its answer */
            409: {
                headers: {
                    /** @description Present when a request with the same `Idempotency-Key` is still running: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not valid, or names rows that do not exist, or (POST) the `Idempotency-Key` was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API is read-only for maintenance (`read_only`): writes are paused; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying the write */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags of the item the caller holds (or `*`): when one is current, 304 with no body */
                "if-none-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The item */
            200: {
                headers: {
                    /** @description The item's strong entity tag: its version and a digest of this answer. Send it back in `If-None-Match` (304 when unchanged) or `If-Match` (on its conditional writes) */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Webhook"];
                    };
                };
            };
            /** @description Not modified: `If-None-Match` names the current ETag */
            304: {
                headers: {
                    /** @description The item's strong entity tag: its version and a digest of this answer. Send it back in `If-None-Match` (304 when unchanged) or `If-Match` (on its conditional writes) */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags of the item (or `*`) the write is based on: when none is its current version, 412 and nothing is written. Required when REQUIRE_IF_MATCH is on (428 without it) */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A conflict with the current state or with another row, or (POST) a request with the same `Idempotency-Key` still running: retry after `Retry-After` seconds for its answer */
            409: {
                headers: {
                    /** @description Present when a request with the same `Idempotency-Key` is still running: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description `If-Match` names no current version of the item (`precondition_failed`): it changed since it was read; nothing was written */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` is required (`precondition_required`, REQUIRE_IF_MATCH is on): send the item's `ETag` */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API is read-only for maintenance (`read_only`): writes are paused; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying the write */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags of the item (or `*`) the write is based on: when none is its current version, 412 and nothing is written. Required when REQUIRE_IF_MATCH is on (428 without it) */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWebhook"];
            };
        };
        responses: {
            /** @description The updated item */
            200: {
                headers: {
                    /** @description The item's strong entity tag: its version and a digest of this answer. Send it back in `If-None-Match` (304 when unchanged) or `If-Match` (on its conditional writes) */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Webhook"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A conflict with the current state or with another row, or (POST) a request with the same `Idempotency-Key` still running: retry after `Retry-After` seconds for its answer */
            409: {
                headers: {
                    /** @description Present when a request with the same `Idempotency-Key` is still running: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description `If-Match` names no current version of the item (`precondition_failed`): it changed since it was read; nothing was written */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not valid, or names rows that do not exist, or (POST) the `Idempotency-Key` was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` is required (`precondition_required`, REQUIRE_IF_MATCH is on): send the item's `ETag` */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API is read-only for maintenance (`read_only`): writes are paused; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying the write */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    rotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new secret */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["RotatedSecret"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A conflict with the current state or with another row, or (POST) a request with the same `Idempotency-Key` still running: retry after `Retry-After` seconds for its answer */
            409: {
                headers: {
                    /** @description Present when a request with the same `Idempotency-Key` is still running: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not valid, or names rows that do not exist, or (POST) the `Idempotency-Key` was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API is read-only for maintenance (`read_only`): writes are paused; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying the write */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                sort?: "created_at" | "-created_at";
                count?: "true" | "false";
                status?: ("pending" | "delivered" | "failed" | "dead")[];
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The items, with the list's meta (its cursor when paged) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["WebhookDelivery"][];
                        meta: components["schemas"]["ListMeta"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWebhookDelivery: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags of the item the caller holds (or `*`): when one is current, 304 with no body */
                "if-none-match"?: string;
            };
            path: {
                id: string;
                delivery_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The item */
            200: {
                headers: {
                    /** @description The item's strong entity tag: its version and a digest of this answer. Send it back in `If-None-Match` (304 when unchanged) or `If-Match` (on its conditional writes) */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["WebhookDeliveryWithAttempts"];
                    };
                };
            };
            /** @description Not modified: `If-None-Match` names the current ETag */
            304: {
                headers: {
                    /** @description The item's strong entity tag: its version and a digest of this answer. Send it back in `If-None-Match` (304 when unchanged) or `If-Match` (on its conditional writes) */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    redeliverWebhookDelivery: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries of this POST safe: the first answer (below 500) for this caller and key is stored for 24 hours and returned to every retry with `Idempotency-Replayed: true`, without running the request again. The same key with another request answers 422; while the first request runs, 409 with `Retry-After: 1`. 1 to 255 visible ASCII characters, e.g. a UUID. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
                delivery_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The delivery, queued */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["WebhookDelivery"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A conflict with the current state or with another row, or (POST) a request with the same `Idempotency-Key` still running: retry after `Retry-After` seconds for its answer */
            409: {
                headers: {
                    /** @description Present when a request with the same `Idempotency-Key` is still running: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not valid, or names rows that do not exist, or (POST) the `Idempotency-Key` was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API is read-only for maintenance (`read_only`): writes are paused; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying the write */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getTransferStatus: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags of the item the caller holds (or `*`): when one is current, 304 with no body */
                "if-none-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The item */
            200: {
                headers: {
                    /** @description The item's strong entity tag: its version and a digest of this answer. Send it back in `If-None-Match` (304 when unchanged) or `If-Match` (on its conditional writes) */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["TransferStatus"];
                    };
                };
            };
            /** @description Not modified: `If-None-Match` names the current ETag */
            304: {
                headers: {
                    /** @description The item's strong entity tag: its version and a digest of this answer. Send it back in `If-None-Match` (304 when unchanged) or `If-Match` (on its conditional writes) */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    exportTransferRows: {
        parameters: {
            query?: {
                /** @description The primary key of the last row already read (none: from the start) */
                after?: string;
                limit?: number;
            };
            header?: never;
            path: {
                /** @description A table of the schema, by its SQL name */
                table: "api_keys" | "collections" | "collection_item_filters" | "collection_items" | "engagements" | "engagement_comments" | "engagement_mentions" | "events" | "event_sequence" | "external_links" | "feature_presets" | "features" | "feature_pricing" | "feed_positions" | "organizations" | "permission_actions" | "permissions" | "resources" | "posts" | "resource_authors" | "users" | "teams" | "team_members" | "user_features" | "user_identities" | "user_subscriptions" | "workspaces" | "webhooks" | "webhook_deliveries" | "webhook_attempts";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rows, one canonical row per line (no lines: none left) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": string;
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    importTransferRows: {
        parameters: {
            query?: {
                /** @description What a row whose primary key exists does: fail the batch, or be skipped */
                on_duplicate?: "fail" | "skip";
            };
            header?: {
                /** @description Makes retries of this POST safe: the first answer (below 500) for this caller and key is stored for 24 hours and returned to every retry with `Idempotency-Replayed: true`, without running the request again. The same key with another request answers 422; while the first request runs, 409 with `Retry-After: 1`. 1 to 255 visible ASCII characters, e.g. a UUID. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A table of the schema, by its SQL name */
                table: "api_keys" | "collections" | "collection_item_filters" | "collection_items" | "engagements" | "engagement_comments" | "engagement_mentions" | "events" | "event_sequence" | "external_links" | "feature_presets" | "features" | "feature_pricing" | "feed_positions" | "organizations" | "permission_actions" | "permissions" | "resources" | "posts" | "resource_authors" | "users" | "teams" | "team_members" | "user_features" | "user_identities" | "user_subscriptions" | "workspaces" | "webhooks" | "webhook_deliveries" | "webhook_attempts";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-ndjson": string;
            };
        };
        responses: {
            /** @description The rows were written */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["TransferWrite"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A conflict with the current state or with another row, or (POST) a request with the same `Idempotency-Key` still running: retry after `Retry-After` seconds for its answer */
            409: {
                headers: {
                    /** @description Present when a request with the same `Idempotency-Key` is still running: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not valid, or names rows that do not exist, or (POST) the `Idempotency-Key` was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API is read-only for maintenance (`read_only`): writes are paused; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying the write */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    linkTransferRows: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries of this POST safe: the first answer (below 500) for this caller and key is stored for 24 hours and returned to every retry with `Idempotency-Replayed: true`, without running the request again. The same key with another request answers 422; while the first request runs, 409 with `Retry-After: 1`. 1 to 255 visible ASCII characters, e.g. a UUID. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A table of the schema, by its SQL name */
                table: "api_keys" | "collections" | "collection_item_filters" | "collection_items" | "engagements" | "engagement_comments" | "engagement_mentions" | "events" | "event_sequence" | "external_links" | "feature_presets" | "features" | "feature_pricing" | "feed_positions" | "organizations" | "permission_actions" | "permissions" | "resources" | "posts" | "resource_authors" | "users" | "teams" | "team_members" | "user_features" | "user_identities" | "user_subscriptions" | "workspaces" | "webhooks" | "webhook_deliveries" | "webhook_attempts";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-ndjson": string;
            };
        };
        responses: {
            /** @description The rows were linked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["TransferWrite"];
                    };
                };
            };
            /** @description Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing credentials where they are needed, or an unusable Authorization header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A missing scope (`insufficient_scope`) or permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not readable by the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A conflict with the current state or with another row, or (POST) a request with the same `Idempotency-Key` still running: retry after `Retry-After` seconds for its answer */
            409: {
                headers: {
                    /** @description Present when a request with the same `Idempotency-Key` is still running: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not valid, or names rows that do not exist, or (POST) the `Idempotency-Key` was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying: the budget's whole period (when its window ends is not known) */
                    "Retry-After"?: 10 | 60;
                    /** @description The budget that was spent (`reads`, `writes`, `key-minting`, `failed-auth`), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10) */
                    "RateLimit-Policy"?: string;
                    /** @description Nothing left (`r=0`) for the next `t` seconds at most */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API is read-only for maintenance (`read_only`): writes are paused; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying the write */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
