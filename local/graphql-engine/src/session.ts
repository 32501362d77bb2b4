// A request's resolved identity, as Hasura sees it: the role it runs as and its session variables.
export interface Session {
  /** The role the request runs as ('admin' for the admin secret without x-hasura-role). */
  role: string;
  /** True when the request carried the admin secret: permissions are bypassed only for role 'admin'. */
  isAdmin: boolean;
  /** Session variables, keys lower-cased with their x-hasura- prefix (e.g. 'x-hasura-user-id'). */
  variables: Record<string, string>;
}
