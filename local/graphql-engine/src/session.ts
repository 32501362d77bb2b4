// A request's resolved identity, as Hasura sees it: the role it runs as and its session variables.
export interface Session {
  /**
   * The role the request runs as ('admin' for the admin secret without x-hasura-role). As in Hasura, the role
   * alone decides permissions: 'admin' bypasses them however it was obtained (admin secret, or a JWT whose
   * role is admin); any other role gets its permissions, even when the admin secret was sent.
   */
  role: string;
  /**
   * The admin secret was sent, or none is configured (Hasura's UAdminSecretSent / UAuthNotSet). It grants no
   * permissions by itself; it only allows x-hasura-use-backend-only-permissions (backend_only mutations).
   */
  adminSecretSent: boolean;
  /** Session variables, keys lower-cased with their x-hasura- prefix (e.g. 'x-hasura-user-id'). */
  variables: Record<string, string>;
}
